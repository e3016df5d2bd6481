package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// Loader reads and parses the timeline once the browser is on screen, so
// that a large file or a Wikipedia fetch shows progress instead of a blank
// terminal. It should give up when ctx is cancelled (the user quit).
type Loader func(ctx context.Context) (*model.Timeline, error)

// loadedMsg carries the timeline the loader made, and its search index.
type loadedMsg struct {
	t     *model.Timeline
	index *model.Index
}

// loadFailedMsg says why the loader could not make one.
type loadFailedMsg struct{ err error }

// loading is the state of the browser while its loader runs, and after it
// failed: a spinner with what is being read, or the error.
type loading struct {
	active  bool
	text    string // "Reading big.txt…"
	spinner spinner.Model
	ctx     context.Context
	cancel  context.CancelFunc
	err     error
}

func newLoading(text string) loading {
	ctx, cancel := context.WithCancel(context.Background())
	if text == "" {
		text = "Loading…"
	}
	return loading{active: true, text: text, spinner: spinner.New(spinner.WithSpinner(spinner.Dot)), ctx: ctx, cancel: cancel}
}

// loadCmd runs the loader off the update loop.
func loadCmd(ctx context.Context, load Loader) tea.Cmd {
	return func() tea.Msg {
		t, err := load(ctx)
		if err != nil {
			return loadFailedMsg{err: err}
		}
		if t == nil {
			t = &model.Timeline{}
		}
		// here, off the update loop, not on the first keystroke of a search
		return loadedMsg{t: t, index: model.NewIndex(t)}
	}
}

// stop cancels the loader, if it still runs.
func (l *loading) stop() {
	if l.cancel != nil {
		l.cancel()
	}
}

// updateLoading handles a message while the loader runs or after it failed:
// only q and ctrl+c do anything, and they cancel the load.
func (m Model) updateLoading(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.setTheme(msg.IsDark())
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit, m.keys.ForceQuit) {
			m.load.stop()
			return m, tea.Quit
		}
	case spinner.TickMsg:
		if m.load.err == nil {
			var cmd tea.Cmd
			m.load.spinner, cmd = m.load.spinner.Update(msg)
			return m, cmd
		}
	case loadedMsg:
		return m.loaded(msg.t, msg.index), nil
	case loadFailedMsg:
		if m.chooser.merging {
			return m.fetchFailed(msg.err), nil // tui/history.go
		}
		m.load.stop()
		m.load.err = msg.err
	}
	return m, nil
}

// loaded builds the browser over the timeline the loader made, at the size
// and in the colours already known, with the note (if any) in the status line.
func (m Model) loaded(t *model.Timeline, idx *model.Index) Model {
	m.load.stop()
	opts := m.opts
	opts.Load, opts.Loading = nil, ""
	if opts.LoadNote != nil {
		if n := opts.LoadNote(); n != "" {
			opts.Note = n
		}
	}
	next := newModel(t, idx, m.query, opts)
	if !m.isDark {
		next.setTheme(false)
	}
	next.width, next.height = m.width, m.height
	next.chooser.history = m.chooser.history
	if opts.Note != "" {
		next.setStatus(opts.Note, false)
	}
	next.updateKeys()
	next.relayout()
	return next
}

// loadingView is the screen while loading: a title line, the progress line
// (or the error, wrapped, with how to get out) and the quit key.
func (m Model) loadingView() string {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		return tooSmallView(w, h)
	}
	st := m.styles
	title := renderSegs([]seg{{"annals", st.Header.Title}, {" · " + m.loadingLabel(), st.Header.Meta}}, w, st.Header.Meta)
	var body []string
	if m.load.err != nil {
		msg := clean(firstLine(m.load.err.Error())) + " · q quits"
		body = wrapSegs([]seg{{msg, st.Status.Error}}, w)
	} else {
		body = []string{renderSegs([]seg{{m.load.spinner.View() + " ", st.Status.Info}, {clean(m.load.text), st.Status.Info}}, w, st.Status.Info)}
	}
	footer := fitBlock(m.help.ShortHelpView([]key.Binding{m.keys.Quit}), w, 1)
	return strings.Join([]string{title, fitBlock(strings.Join(body, "\n"), w, h-2), footer}, "\n")
}

func (m Model) loadingLabel() string {
	if m.load.err != nil {
		return "could not load"
	}
	return "loading"
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
