package tui

import (
	"errors"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/annals-tui/annals/model"
)

// The tests of issue 16's defects, one or more each, named by number.

func TestPromptReopensSelectedSoTypingReplaces(t *testing.T) { // 3
	m, _ := newTestModel(t, 100, 30)
	m = typeText(press(m, "/"), "Xi")
	m = press(m, "enter", "/")
	m = typeText(m, "Jinping")
	if m.query.Text != "Jinping" {
		t.Errorf("search %q after reopening and typing Jinping, want Jinping", m.query.Text)
	}
	m = press(m, "enter", "y")
	m = typeText(m, "2019")
	m = press(m, "enter", "y")
	m = typeText(m, "2009")
	m = press(m, "enter")
	if !m.query.HasYears || m.query.Years.String() != "2009" {
		t.Errorf("year %q after reopening and typing 2009", m.query.Years.String())
	}
	m = press(m, "y", "backspace", "enter")
	if m.query.HasYears {
		t.Errorf("backspace on the selected year should remove it, got %q", m.query.Years.String())
	}
}

func TestPromptHistoryWalksEarlierQueries(t *testing.T) { // 3
	m, _ := newTestModel(t, 100, 30)
	m = typeText(press(m, "/"), "Xi")
	m = press(m, "enter", "/", "backspace", "esc", "/", "backspace")
	m = typeText(m, "Brotchi")
	m = press(m, "enter", "/", "up")
	if got := m.filter.Value(); got != "Xi" {
		t.Fatalf("↑ shows %q, want the query before the last (Xi)", got)
	}
	if m.query.Text != "Xi" {
		t.Errorf("the recalled query filters live: %q", m.query.Text)
	}
	m = press(m, "down", "down")
	if got := m.filter.Value(); got != "" {
		t.Errorf("↓ past the newest shows %q, want an empty prompt", got)
	}
}

func TestDensityStripFillsTheWidth(t *testing.T) { // 6
	for _, w := range []int{90, 100, 120} {
		m, _ := newTestModel(t, w, 30)
		strip := strings.Split(screen(m), "\n")[1]
		if strings.Contains(strip, "  2023") || !strings.HasSuffix(strip, " 2023") {
			t.Errorf("at %d columns the bars stop short of the end year: %q", w, strip)
		}
	}
}

// threeSources is the sample timeline as if merged from three files.
func threeSources() *model.Timeline {
	t := sampleTimeline()
	t.Title = "Belgium–China relations; China–Sweden relations; Denmark–China relations"
	paths := []string{"/work/shared/eval/corpus/belgium-china.txt", "/work/shared/eval/corpus/china-sweden.txt", "/tmp/denmark-china.wiki"}
	for i := range t.Events {
		t.Events[i].Source = paths[i%3]
	}
	return t
}

func TestSeveralSourcesHeaderAndColumn(t *testing.T) { // 7
	m := update(New(threeSources(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 120, Height: 36})
	lines := strings.Split(screen(m), "\n")
	mustContain(t, lines[0], "3 sources", "10 events", "1800–2023")
	mustNotContain(t, lines[0], "Denmark–China")
	mustContain(t, screen(m), "belgium-china", "china-sweden", "denmark-china")
}

func TestDetailWrapsPathsAtSeparators(t *testing.T) { // 7
	m := update(New(threeSources(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "enter")
	s := screen(m)
	if !strings.Contains(s, "From  /work/shared/eval/corpus/") || !strings.Contains(s, "belgium-china.txt") {
		t.Errorf("the From line should break after a /, keeping the file name whole:\n%s", s)
	}
}

// crowded is a timeline whose rows are long, name people and carry a wide
// date label.
func crowded() *model.Timeline {
	long := "Qian Xiuling (1912–2008), or Siou-Ling Tsien de Perlinghi, was an immigrant to Belgium from the Republic of…"
	t := &model.Timeline{Title: "Crowded", Source: "crowded.txt", Events: []model.Event{
		event(1, model.Between(model.CenturyDate(15), model.CenturyDate(16)), "Contacts grew in the 16th and 17th centuries.", "", "Contacts grew in the 16th and 17th centuries", nil),
		event(2, model.YearDate(1912), long, "1912", long, []string{"Qian Xiuling"}),
		event(3, model.MonthDate(1992, 3), "Vice-premier Qian Qichen visited in March 1992.", "in March 1992", "Vice-premier Qian Qichen visited in March 1992 and signed a long list of agreements on trade", []string{"Qian Qichen"}),
		event(4, model.YearDate(2000), "Nothing much.", "2000", "A year without anyone named in it, told at some length to fill the row", nil),
	}}
	t.BuildEntities()
	return t
}

func TestRowsKeepPeopleInTheirOwnColumn(t *testing.T) { // 9
	m := update(New(crowded(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screen(m)
	if strings.Contains(s, "……") {
		t.Errorf("double ellipsis:\n%s", s)
	}
	col := -1
	for _, line := range strings.Split(s, "\n") {
		for _, name := range []string{"Qian Xiuling", "Qian Qichen"} {
			i := strings.LastIndex(line, name)
			if i < 0 || i < 40 {
				continue
			}
			at := utf8.RuneCountInString(line[:i])
			if col >= 0 && at != col {
				t.Errorf("people start at column %d and %d:\n%s", col, at, s)
			}
			col = at
			if !strings.Contains(line[:i], "…  ") {
				t.Errorf("the summary should end in an ellipsis before the people column: %q", line)
			}
		}
	}
	if col < 0 {
		t.Fatalf("no people column at 80 columns:\n%s", s)
	}
	mustContain(t, s, "16th–17th c. ? Contacts grew")
}

func TestNarrowRowsDropThePeopleColumn(t *testing.T) { // 9
	m := update(New(crowded(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 40, Height: 12})
	for _, line := range strings.Split(screen(m), "\n") {
		if !strings.HasPrefix(line, "  1") && !strings.HasPrefix(line, "▸ ") {
			continue // not a row
		}
		if strings.HasSuffix(strings.TrimSpace(line), " …") {
			t.Errorf("a column of a lone ellipsis: %q", line)
		}
	}
}

func TestOfflineNoteStaysInTheStatusLine(t *testing.T) { // 11
	note := "offline: showing the cached revision 1234 of 2026-11-30"
	m := update(New(sampleTimeline(), model.Query{}, Options{Note: note}), tea.WindowSizeMsg{Width: 100, Height: 30})
	mustContain(t, screen(m), note)
	m = press(m, "j", "j")
	mustContain(t, screen(m), note)
}

func TestSelectedRowHasAMarkerWithoutColour(t *testing.T) { // 16
	m := update(New(sampleTimeline(), model.Query{}, Options{NoColor: true}), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = press(m, "j")
	var marked []string
	for _, line := range strings.Split(screen(m), "\n") {
		if strings.HasPrefix(line, "▸ ") {
			marked = append(marked, line)
		}
	}
	if len(marked) != 1 || !strings.Contains(marked[0], "1912–2008") {
		t.Errorf("want one ▸ row, the second event's; got %q", marked)
	}
}

func TestLongSummaryUsesAWideRow(t *testing.T) { // 2
	m := update(New(crowded(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 200, Height: 30})
	mustContain(t, screen(m), "signed a long list of agr")
}

func TestYearPromptTakesOpenRangesMonthsAndWords(t *testing.T) { // 10
	for in, want := range map[string]int{"2019-": 3, "-1912": 2, "2019-05": 1, "nineteenth century": 1, "300 BC-1800": 1} {
		m, _ := newTestModel(t, 100, 30)
		m = typeText(press(m, "y"), in)
		m = press(m, "enter")
		if m.filter.err != "" || len(m.results) != want {
			t.Errorf("year %q: %d events (error %q), want %d", in, len(m.results), m.filter.err, want)
		}
	}
}

func TestNoBrowserSaysWhatToDo(t *testing.T) { // 4
	m := New(sampleTimeline(), model.Query{}, Options{Open: func(string) error { return errors.New("exit status 3") }})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "G", "s", "enter")
	s := screen(m)
	mustContain(t, s, "no browser could open https://example.org/decroo", "$BROWSER", "y to copy")
	mustNotContain(t, s, "exit status")
}

func TestArchiveKeyOpensTheArchivedCopy(t *testing.T) { // 5
	m, o := newTestModel(t, 120, 36)
	m = press(m, "G", "s", "a")
	if len(o.urls) != 1 || o.urls[0] != "https://archive.example.org/decroo" {
		t.Fatalf("a opened %q, want the archive URL", o.urls)
	}
	m = press(m, "esc", "g", "s")
	mustNotContain(t, screen(m), "open archive", "open URL")
}

func TestSourcesPaneKeepsWrappedLinesIndented(t *testing.T) { // 12
	m, _ := newTestModel(t, 34, 30)
	m = press(m, "j", "j", "j", "j", "s") // 1991: [1] has a long title
	var title []string
	for _, line := range strings.Split(screen(m), "\n") {
		if strings.Contains(line, "[1] Belgium-China") {
			title = append(title, line)
		} else if len(title) == 1 {
			title = append(title, line)
		}
	}
	if len(title) < 2 || !strings.HasPrefix(title[1], "      ") {
		t.Errorf("a wrapped title should keep the indent of its reference: %q", title)
	}
}

func TestHelpGoesToItsEndAndSaysWhere(t *testing.T) { // 13
	m, _ := newTestModel(t, 40, 12)
	m = press(m, "?", "G")
	s := screen(m)
	mustContain(t, s, "100%", "quit")
	m = press(m, "g")
	mustNotContain(t, screen(m), "100%")
}

// busy is a timeline of single events in sparse years and one busy year.
func busy() *model.Timeline {
	t := &model.Timeline{Title: "Busy", Source: "busy.txt"}
	add := func(d model.Date, s string) {
		t.Events = append(t.Events, event(len(t.Events)+1, d, s+".", "", s, nil))
	}
	add(model.YearDate(1900), "A lone event of 1900")
	add(model.YearDate(1950), "A lone event of 1950")
	for i := 1; i <= 12; i++ {
		add(model.MonthDate(2000, i), "Busy month "+model.MonthName(i))
	}
	add(model.YearDate(2010), "A lone event of 2010")
	return t
}

func TestSparseYearsHaveNoHeadingsAndABusyOneStaysPinned(t *testing.T) { // 8
	m := update(New(busy(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screen(m)
	mustNotContain(t, s, "── 1900", "── 1950")
	mustContain(t, s, "── 2000 ")
	m = press(m, "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
	body := strings.Split(screen(m), "\n")[2]
	if !strings.HasPrefix(body, "── 2000 ") {
		t.Errorf("scrolled into 2000, its heading should stay at the top; the first line is %q", body)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestFooterHintsAreReadableInBothThemes(t *testing.T) { // 15
	for _, dark := range []bool{true, false} {
		bg := color.Color(color.White)
		if dark {
			bg = color.Black
		}
		h := NewStyles(dark, false).Bubbles.Help
		for name, st := range map[string]lipgloss.Style{"key": h.ShortKey, "description": h.ShortDesc} {
			if r := contrast(st.GetForeground(), bg); r < 4.5 {
				t.Errorf("dark=%v: the footer's %s colour is %.1f:1 on its background, want 4.5:1", dark, name, r)
			}
		}
	}
}

func TestEscUndoesTheLastFilterAndCtrlOJumpsBack(t *testing.T) { // 14
	m, _ := newTestModel(t, 120, 36)
	m = typeText(press(m, "y"), "1990-2010")
	m = press(m, "enter", "/")
	m = typeText(m, "visit")
	m = press(m, "enter")
	if m.query.Text != "visit" || !m.query.HasYears {
		t.Fatalf("query %+v", m.query)
	}
	m = press(m, "esc")
	if m.query.Text != "" || !m.query.HasYears {
		t.Errorf("esc should undo the search only: %+v", m.query)
	}
	m = press(m, "esc")
	if !m.query.IsEmpty() {
		t.Errorf("a second esc should undo the year too: %+v", m.query)
	}
	m = press(m, "g", "j", "j", "j", "j", "s", "e", "j", "enter") // from 1991 to the 1992 event citing [1]
	if selectedID(m) != 6 {
		t.Fatalf("jump went to %d", selectedID(m))
	}
	m = update(m, tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	if selectedID(m) != 5 {
		t.Errorf("ctrl+o should return to event 5, the jump's start; at %d", selectedID(m))
	}
}

func TestExportWritesTheViewAndSaysTheCommand(t *testing.T) { // beyond: E
	dir := t.TempDir()
	m, _ := newTestModel(t, 120, 36)
	m = typeText(press(m, "y"), "2000-")
	m = press(m, "enter", "E")
	mustContain(t, screen(m), "export this view to: belgium-china-relations.md")
	path := filepath.Join(dir, "view.mw")
	m = typeText(m, path)
	next, cmd := m.Update(keyMsg("enter"))
	m = next.(Model)
	for _, msg := range runCmd(cmd) {
		m = update(m, msg)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(regexp.MustCompile(`(?m)^[0-9/-]+: `).FindAll(b, -1)); got != 5 {
		t.Errorf("the file holds %d events, want the view's 5:\n%s", got, b)
	}
	flat := strings.Join(strings.Fields(screen(m)), " ")
	mustContain(t, flat, "wrote 5 events to "+path, "same as: annals export -o "+path+" --year 2000- belgium-china.txt")
}

func TestExportRefusesAnUnknownExtension(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "E")
	m = typeText(m, filepath.Join(t.TempDir(), "view.pdf"))
	next, cmd := m.Update(keyMsg("enter"))
	m = next.(Model)
	for _, msg := range runCmd(cmd) {
		m = update(m, msg)
	}
	mustContain(t, screen(m), "export failed", ".mw")
}

func TestSearchIsFuzzyAccentFoldedAndSmartCase(t *testing.T) { // 19
	m, _ := newTestModel(t, 120, 36)
	m = typeText(press(m, "/"), "belgum")
	if len(m.results) == 0 || !slices.Contains(m.timeline.words, "belgium") {
		t.Fatalf("belgum: %d rows, marking %q", len(m.results), m.timeline.words)
	}
	m = press(m, "esc", "/")
	m = typeText(m, "xi")
	if len(m.results) != 2 {
		t.Errorf("xi kept %d rows, want Xi Jinping's and Qian Xiuling's", len(m.results))
	}
	m = typeText(press(m, "backspace", "backspace"), "XI")
	if len(m.results) != 0 {
		t.Errorf("XI (smart case: capitals match as typed) kept %d rows", len(m.results))
	}
	tl := sampleTimeline()
	tl.Events[2].Summary = "Nils Kiöping visits"
	m = update(New(tl, model.Query{Text: "kioping"}, Options{}), tea.WindowSizeMsg{Width: 120, Height: 36})
	mustContain(t, screen(m), "Nils Kiöping visits")
	if len(m.results) != 1 {
		t.Errorf("kioping kept %d rows", len(m.results))
	}
}

func TestUncitedEventsCarryABadgeAndFilter(t *testing.T) { // beyond: fact-check
	m, _ := newTestModel(t, 120, 36)
	mustContain(t, screen(m), "? Qian Xiuling saves Belgians")
	mustNotContain(t, screen(m), "? Zhu Rongji visits")
	m = press(m, "!")
	if len(m.results) != 1 || selectedID(m) != 2 {
		t.Errorf("! kept %d rows, want the one event citing nothing", len(m.results))
	}
	mustContain(t, screen(m), "uncited only (!)")
	m = press(m, "!")
	if len(m.results) != 10 {
		t.Errorf("! again should show all, got %d", len(m.results))
	}
}

func TestZFoldsByDecadeAndEnterUnfolds(t *testing.T) { // beyond: zoom out
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "z")
	s := screen(m)
	mustContain(t, s, "1990s", "2 events", "Qian Qichen, Zhu Rongji", "2020s", "1 event ", "Alexander De Croo, Frank Creyelman")
	mustNotContain(t, s, "Zhu Rongji visits")
	m = press(m, "g", "j", "j", "j", "j", "j", "enter") // the 2000s
	if m.folded || selectedID(m) != 7 {
		t.Errorf("enter on the 2000s: folded %v, selected %d, want event 7", m.folded, selectedID(m))
	}
	mustContain(t, screen(m), "Xi Jinping visits Belgium")
}

func TestStripSpanFiltersLiveWithHAndLAndAClick(t *testing.T) { // 6
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "G", "l") // the bucket of the selection: the 2020s
	if !m.query.HasYears || m.query.Years.From > 2023 || m.query.Years.To < 2023 || len(m.results) != 2 {
		t.Fatalf("l: years %v, %d rows", m.query.Years, len(m.results))
	}
	m = press(m, "h")
	if m.query.Years.To >= 2020 || len(m.results) == 0 {
		t.Errorf("h should move to the bucket before: %v", m.query.Years)
	}
	m, _ = newTestModel(t, 100, 30)
	m = update(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 5, Y: 1}) // the strip's first column
	if !m.query.HasYears || m.query.Years.From > 1800 || len(m.results) != 1 {
		t.Errorf("a click on the strip's start: years %v, %d rows", m.query.Years, len(m.results))
	}
}

func TestSourceFilterPicksSources(t *testing.T) { // 7
	m := update(New(threeSources(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "f")
	mustContain(t, screen(m), "Sources", "china-sweden.txt")
	m = typeText(m, "sweden")
	m = press(m, "enter")
	if len(m.query.Sources) != 1 || len(m.results) != 3 {
		t.Fatalf("source filter %q kept %d rows, want the 3 of china-sweden", m.query.Sources, len(m.results))
	}
	mustContain(t, screen(m), "(f)")
}

func TestNarrowRowsKeepTheDatesPhrase(t *testing.T) { // 2
	tl := crowded()
	tl.Events[2].Summary = "The diplomatic relationship began to improve … Vice-premier Qian Qichen in March 1992"
	m := update(New(tl, model.Query{}, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, screen(m), "Vice-premier Qian Qichen in March 1992")
}

func TestStackedDetailSaysThereIsMoreAndGetsRoom(t *testing.T) { // 13
	m := update(New(crowded(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 60, Height: 20})
	m = press(m, "j")
	before := m.layout.side.h
	m = press(m, "enter")
	if m.layout.side.h <= before {
		t.Errorf("the focused detail pane keeps %d lines, had %d", m.layout.side.h, before)
	}
	m = update(New(crowded(), model.Query{}, Options{}), tea.WindowSizeMsg{Width: 40, Height: 16})
	m = press(m, "j", "enter")
	mustContain(t, screen(m), "% ↓ more")
}
