// Package tui is the timeline browser: a Bubble Tea program that shows a
// model.Timeline as a scrollable, filterable list with a detail pane, the
// sources each event cites, a people picker and a density strip.
package tui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/cli/browser"

	"github.com/annals-tui/annals/model"
)

// Focus is the part of the browser that gets the keys.
type Focus int

// The panes, prompts and overlays that can have the focus.
const (
	FocusTimeline Focus = iota
	FocusDetail
	FocusSources
	FocusSearch
	FocusYear
	FocusPicker
	FocusHelp
	FocusExport
)

var focusNames = [...]string{"timeline", "detail", "sources", "search", "year", "picker", "help", "export"}

func (f Focus) String() string {
	if int(f) < len(focusNames) {
		return focusNames[f]
	}
	return "unknown"
}

// isPane reports whether f is one of the three panes rather than a prompt or overlay.
func (f Focus) isPane() bool { return f <= FocusSources }

// Options tune the browser.
type Options struct {
	// NoColor draws without colour (NO_COLOR), using bold, underline and reverse video.
	NoColor bool
	// Open shows a web address in the user's browser; nil uses github.com/cli/browser.
	Open func(url string) error
	// Output is where Run draws; nil is standard output. It must be a terminal.
	Output io.Writer
	// Load, when set, makes the timeline after the browser has started, with
	// Loading ("Reading big.txt…") as the progress line meanwhile; the
	// timeline given to New or Run is then not used.
	Load    Loader
	Loading string
	// Note is shown in the status line once the timeline is on screen,
	// and again whenever no other message is: what the loader has to say
	// about where the timeline came from ("offline: showing the cached
	// revision 123 of 2024-05-01").
	Note string
	// Follow fetches linked articles, lists the library and searches
	// titles (tui/links.go); its nil funcs turn their keys off.
	Follow Follow
	// LoadNote, when set, is asked once Load has finished for what only the
	// load could tell ("offline: showing the cached revision 123 of …");
	// when not empty it is shown instead of Note.
	LoadNote func() string
}

// ErrNotTerminal is returned by Run when the output is not a terminal.
var ErrNotTerminal = errors.New("the timeline browser needs a terminal: use `annals list` to print the timeline instead")

// Model is the root of the browser: it holds the timeline, the query and
// the panes, routes messages to the focused pane and lays the panes out.
type Model struct {
	t      *model.Timeline
	index  *model.Index // what searches of t look through, built once per timeline
	opts   Options
	keys   KeyMap
	styles *Styles
	isDark bool

	width, height int
	layout        layout
	headerStr     string
	footerStr     string

	query     model.Query
	results   []int      // indices into t.Events the query keeps
	rowBufs   *[2][]int  // the arrays results alternate between (see setQuery)
	rowBuf    int        // which of them results uses
	byRank    bool       // a search lists its best matches first (ctrl+s)
	rankBuf   []int      // the rows in that order
	search    lastSearch // what n and N look for (tui/matches.go)
	span      string     // "1912–2023", measured once
	anchor    int        // the last selected event, kept while a filter hides everything
	hasPlaces bool
	nSources  int           // how many sources the events come from
	people    []model.Facet // every person, counted once on first use
	places    []model.Facet

	focus      Focus
	back       Focus // the pane a prompt or overlay returns to
	timeline   timelinePane
	fold       foldPane
	folded     bool // the timeline is zoomed out (z)
	detail     detailPane
	sources    sourcesPane
	filter     filterBar
	picker     picker
	helpPane   helpPane
	help       help.Model
	strip      densityStrip
	status     string
	statusErr  bool
	note       string        // Options.Note, shown when there is no status
	lastExport string        // the file E wrote last
	undo       []model.Query // the queries before each filter change, for esc
	jumps      []jump        // where each jump left from, for ctrl+o
	load       loading       // while Options.Load runs, or after it failed
	chooser    chooser       // linked articles, the open palette, the way back (tui/links.go)
}

// New builds the browser over t, starting with the filters of q.
func New(t *model.Timeline, q model.Query, opts Options) Model { return newModel(t, nil, q, opts) }

// newModel is New over a timeline whose search index may already be built
// (by the loader, off the update loop, or for a timeline shown before);
// nil builds it.
func newModel(t *model.Timeline, idx *model.Index, q model.Query, opts Options) Model {
	if t == nil || opts.Load != nil {
		t, idx = &model.Timeline{}, nil
	}
	if idx == nil || idx.Timeline() != t {
		idx = model.NewIndex(t)
	}
	if opts.Open == nil {
		opts.Open = browser.OpenURL
	}
	st := NewStyles(true, opts.NoColor)
	m := Model{t: t, index: idx, opts: opts, keys: DefaultKeyMap(), styles: &st, isDark: true, help: help.New(),
		rowBufs: new([2][]int)}
	m.timeline = timelinePane{t: t, st: m.styles}
	m.detail = newDetailPane(t, m.styles)
	m.sources = sourcesPane{t: t, st: m.styles, event: -1}
	m.filter = newFilterBar(m.styles)
	m.picker = newPicker(m.styles)
	m.helpPane = helpPane{st: m.styles}
	m.help.Styles = st.Bubbles.Help
	m.note = clean(opts.Note)
	m.chooser.keys = defaultLinkKeys()
	if opts.Load != nil {
		m.load, m.query = newLoading(opts.Loading), q
		return m
	}
	m.strip = newDensityStrip(t, m.styles)
	m.span = spanText(t)
	m.scanEvents()
	m.setQuery(q)
	m.setFocus(FocusTimeline)
	m.updateKeys()
	m.relayout()
	return m
}

// scanEvents notes, once, what the events hold: places (for the P key),
// people (for their column) and how many sources they come from.
func (m *Model) scanEvents() {
	seen := map[string]bool{}
	for i := range m.t.Events {
		e := &m.t.Events[i]
		m.hasPlaces = m.hasPlaces || len(e.Places) > 0
		m.timeline.hasPeople = m.timeline.hasPeople || len(e.People) > 0
		seen[e.Source] = true
	}
	m.nSources = len(seen)
	m.timeline.multiSource = m.nSources > 1
}

// jump is a place in the browser to come back to.
type jump struct {
	query model.Query
	event int
}

// changeQuery is setQuery for a change the user made to the filters: the
// query before it is kept, so that esc can undo it.
func (m *Model) changeQuery(q model.Query, before model.Query) {
	if !sameQuery(q, before) {
		m.undo = append(m.undo, before)
	}
	m.setQuery(q)
}

func sameQuery(a, b model.Query) bool { return a.Narrows(b) && b.Narrows(a) && a.Text == b.Text }

// Run shows the browser until the user quits. It needs a terminal.
func Run(t *model.Timeline, q model.Query, opts Options) error {
	if opts.Output == nil {
		opts.Output = os.Stdout
	}
	f, ok := opts.Output.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return ErrNotTerminal
	}
	if opts.Open == nil {
		// The browser launcher must not write over the screen.
		browser.Stdout, browser.Stderr = io.Discard, io.Discard
		opts.Open = browser.OpenURL
	}
	// Frames are written on a ticker: at 120 a second rather than the default
	// 60, the first frame and each keystroke's reach the screen 8 ms sooner.
	popts := []tea.ProgramOption{tea.WithOutput(f), tea.WithFPS(120)}
	if opts.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	state := &panicState{}
	prog := tea.NewProgram(guard{inner: New(t, q, opts), state: state}, popts...)
	state.quit = prog.Quit
	final, err := prog.Run()
	if perr := state.err(); perr != nil {
		return perr
	}
	if g, ok := final.(guard); ok {
		final = g.inner
	}
	if fm, ok := final.(Model); ok {
		fm.load.stop()
		if err == nil && fm.load.err != nil {
			return fm.load.err
		}
	}
	if err != nil {
		return fmt.Errorf("timeline browser: %w", err)
	}
	return nil
}

// Init asks the terminal for its background colour, to pick light or dark
// styles, and starts the loader when there is one.
func (m Model) Init() tea.Cmd {
	if m.load.active {
		return tea.Batch(tea.RequestBackgroundColor, m.load.spinner.Tick, loadCmd(m.load.ctx, m.opts.Load))
	}
	return tea.RequestBackgroundColor
}

// Update handles one message: it hands off to a handler per kind.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.load.active {
		return m.updateLoading(msg)
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.setTheme(msg.IsDark())
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.PasteMsg:
		cmd = m.handlePaste(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	case openedMsg:
		m.handleOpened(msg)
	case exportedMsg:
		m.handleExported(msg)
	case searchedMsg:
		m.handleSearched(msg)
	default:
		cmd = m.forwardToInput(msg)
	}
	m.updateKeys()
	m.relayout()
	return m, cmd
}

// View draws the browser at the size of the last WindowSizeMsg.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "annals · " + m.title()
	return v
}

func (m Model) title() string {
	if m.load.active {
		return m.loadingLabel()
	}
	if s := clean(strings.TrimSpace(m.t.Title)); s != "" {
		return s
	}
	return clean(m.t.Source)
}

func (m Model) render() string {
	if m.load.active {
		return m.loadingView()
	}
	l := m.layout
	if l.tooSmall {
		return tooSmallView(m.width, m.height)
	}
	st := stripState{years: m.query.Years, hasYears: m.query.HasYears, filtered: !m.query.IsEmpty()}
	if sel := m.timeline.Selected(); sel >= 0 {
		st.selYear, st.hasSel = int(m.t.Events[sel].Date.Start.Year), true
	}
	return strings.Join([]string{m.headerStr, m.strip.View(st), m.bodyView(), m.footerStr}, "\n")
}

func (m Model) bodyView() string {
	l := m.layout
	if m.chooser.active {
		return m.chooser.View(m.styles, l.body.w, l.body.h)
	}
	switch m.focus {
	case FocusPicker:
		return m.picker.View()
	case FocusHelp:
		return m.helpPane.View(m.helpGroups())
	}
	if m.folded {
		return m.fold.View()
	}
	side := m.detail.View()
	if m.paneFocus() == FocusSources {
		side = m.sources.View()
	}
	switch {
	case l.wide:
		rule := fitBlock(strings.TrimSuffix(strings.Repeat("│\n", l.rule.h), "\n"), 1, l.rule.h)
		return lipgloss.JoinHorizontal(lipgloss.Top, m.timeline.View(), m.styles.Rule.Render(rule), side)
	case l.list.h > 0 && l.side.h > 0:
		rule := m.styles.Rule.Render(strings.Repeat("─", l.rule.w))
		return m.timeline.View() + "\n" + rule + "\n" + side
	case l.side.h > 0:
		return side
	}
	return m.timeline.View()
}

// paneFocus is the pane that has the focus, or that a prompt will return to.
func (m Model) paneFocus() Focus {
	if m.focus.isPane() {
		return m.focus
	}
	return m.back
}

// relayout measures header and footer and gives each pane its size.
func (m *Model) relayout() {
	w := max(0, m.width)
	m.help.SetWidth(w)
	m.filter.SetWidth(w)
	m.headerStr = headerView(m.styles, m.t, m.nSources, m.span, m.query, len(m.results), w, m.timeline.ranked)
	m.footerStr = m.footerView(w)
	hh, fh := lipgloss.Height(m.headerStr), lipgloss.Height(m.footerStr)
	if hh+fh+2 > m.height && hh > 1 { // keep room for the strip and one body line
		m.headerStr, hh = strings.SplitN(m.headerStr, "\n", 2)[0], 1
	}
	if extra := hh + fh + 2 - m.height; extra > 0 && fh > 1 {
		lines := strings.Split(m.footerStr, "\n")
		m.footerStr = strings.Join(lines[min(extra, fh-1):], "\n")
		fh = lipgloss.Height(m.footerStr)
	}
	side := m.paneFocus() != FocusTimeline
	m.strip.width, m.strip.ticks = w, m.height >= tickHeight
	m.layout = computeLayout(m.width, m.height, hh, m.strip.Height(), fh, side)
	l := m.layout
	m.timeline.SetSize(l.list.w, l.list.h)
	m.detail.SetSize(l.side.w, l.side.h)
	m.sources.SetSize(l.side.w, l.side.h)
	m.picker.SetSize(l.body.w, l.body.h)
	m.fold.SetSize(l.body.w, l.body.h)
	m.helpPane.SetSize(l.body.w, l.body.h)
}

func (m *Model) footerView(w int) string {
	if w <= 0 {
		return ""
	}
	var lines []string
	if status := m.status; status != "" || m.note != "" {
		style := m.styles.Status.Info
		if status == "" {
			status = m.note
		}
		if m.statusErr {
			style = m.styles.Status.Error
		}
		// a long message (an export's command line) wraps onto a few lines
		wrapped := wrapSegs([]seg{{status, style}}, w)
		if len(wrapped) > 3 {
			wrapped = append(wrapped[:2], renderSegs([]seg{{strings.Join(strings.Fields(ansi.Strip(strings.Join(wrapped[2:], " "))), " "), style}}, w, lipgloss.NewStyle()))
		}
		lines = append(lines, wrapped...)
	}
	if m.filter.Active() {
		lines = append(lines, m.filter.View())
	}
	lines = append(lines, fitBlock(m.help.ShortHelpView(m.ShortHelp()), w, 1))
	return strings.Join(lines, "\n")
}

// setTheme rebuilds every style for a light or dark background.
func (m *Model) setTheme(isDark bool) {
	st := NewStyles(isDark, m.opts.NoColor)
	m.isDark, m.styles = isDark, &st
	m.timeline.st, m.detail.st, m.sources.st = m.styles, m.styles, m.styles
	m.filter.st, m.picker.st, m.helpPane.st, m.strip.st = m.styles, m.styles, m.styles, m.styles
	m.filter.input.SetStyles(st.Bubbles.Input)
	m.picker.input.SetStyles(st.Bubbles.Input)
	m.help.Styles = st.Bubbles.Help
	m.detail.refresh(false)
}

func (m *Model) setStatus(s string, isErr bool) { m.status, m.statusErr = clean(s), isErr }

// syncSelection shows the selected event in the detail and sources panes.
func (m *Model) syncSelection() {
	sel := m.timeline.Selected()
	if sel >= 0 {
		m.anchor = sel
	}
	m.detail.SetEvent(sel, m.timeline.words)
	m.detail.SetPosition(m.timeline.cursor+1, len(m.timeline.rows))
	m.sources.SetEvent(sel)
	if sel < 0 && (m.focus == FocusDetail || m.focus == FocusSources) {
		m.setFocus(FocusTimeline)
	}
}

func (m *Model) setFocus(f Focus) {
	if (f == FocusDetail || f == FocusSources) && m.timeline.Selected() < 0 {
		f = FocusTimeline
	}
	if f.isPane() {
		m.sources.showCited = m.sources.showCited && f == FocusSources
	} else if m.focus.isPane() {
		m.back = m.focus
	}
	m.focus = f
	pane := m.paneFocus()
	m.timeline.focused = pane == FocusTimeline
	m.detail.focused = pane == FocusDetail
	m.sources.focused = pane == FocusSources
}

// closeOverlay returns from a prompt or overlay to the pane it came from.
func (m *Model) closeOverlay() {
	m.filter.Close()
	m.picker.Close()
	m.setFocus(m.back)
}
