package tui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

func TestMoveKeys(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	steps := []struct {
		key  string
		want int
	}{
		{"j", 2}, {"down", 3}, {"k", 2}, {"up", 1}, {"k", 1},
		{"G", 10}, {"g", 1}, {"end", 10}, {"home", 1},
		{"pgdown", 10}, {"pgup", 1}, {"space", 10},
	}
	for _, s := range steps {
		m = press(m, s.key)
		if got := selectedID(m); got != s.want {
			t.Fatalf("after %q selected event %d, want %d", s.key, got, s.want)
		}
	}
	mustContain(t, screen(m), "In December 2023, Belgian Prime", "December 2023, month precision", "Detail · 10 of 10")
}

func TestPageKeysMoveByAScreen(t *testing.T) {
	m, _ := newTestModel(t, 40, 12)
	m = press(m, "pgdown")
	if got := selectedID(m); got <= 2 || got == 10 {
		t.Fatalf("pgdown in a short window selected event %d, want a page further but not the end", got)
	}
	mustContain(t, screen(m), fmt.Sprint(gutterDate(m.t.Events[m.timeline.Selected()].Date)))
	m = press(m, "pgup")
	if got := selectedID(m); got != 1 {
		t.Fatalf("pgup went to event %d, want 1", got)
	}
}

func TestDateGutterShowsEachPrecision(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	mustContain(t, screen(m), "1971 Oct 25", "1991 Apr", "2019 ", "1980s", "19th c.", "1912–2008")
}

func TestHeaderAndStrip(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	lines := strings.Split(screen(m), "\n")
	mustContain(t, lines[0], "Belgium–China relations", "10 events", "1800–2023")
	mustContain(t, lines[1], "1800", "2023", "█")
}

func TestEnterFocusesDetailAndEscReturns(t *testing.T) {
	m, _ := newTestModel(t, 100, 14)
	m = press(m, "j", "j", "j", "j", "j", "j", "enter")
	if m.focus != FocusDetail {
		t.Fatalf("enter: focus %v, want detail", m.focus)
	}
	s := screen(m)
	mustContain(t, s, "October 2009, month precision", "China's Vice President Xi Jinping",
		"People  Xi Jinping", "Places  Belgium", "Sources  [5] [6]", "[5] Xi Jinping visits Brussels")
	before := selectedID(m)
	m = press(m, "j", "j", "j")
	if selectedID(m) != before {
		t.Fatal("j in the detail pane moved the timeline selection; it should scroll the detail")
	}
	if m.detail.vp.YOffset() == 0 {
		t.Fatal("j in the detail pane did not scroll it")
	}
	m = press(m, "esc")
	if m.focus != FocusTimeline {
		t.Fatalf("esc: focus %v, want timeline", m.focus)
	}
}

func TestDetailHighlightsDatePhrase(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "j", "j", "j", "j") // April 1991
	raw := m.View().Content
	if !strings.Contains(raw, m.styles.Detail.Phrase.Render("in April 1991")) {
		t.Fatalf("the date phrase is not drawn in the phrase style:\n%q", raw)
	}
	mustContain(t, screen(m), "April 1991, month precision", "[1] Belgium-China relations in the")
}

func TestDetailSaysWhenReferenceHasNoDetails(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "j", "j") // 1971, cites [3], which the article does not list
	mustContain(t, screen(m), "[3] no details in this article")
	m = press(m, "k") // 1912–2008 cites nothing
	mustContain(t, screen(m), "Sources  none cited", "1912–2008, year precision")
}

func TestTabCyclesPanes(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	for _, want := range []Focus{FocusDetail, FocusSources, FocusTimeline} {
		m = press(m, "tab")
		if m.focus != want {
			t.Fatalf("tab: focus %v, want %v", m.focus, want)
		}
	}
}

func TestSearchIsLiveAndHighlights(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "/")
	if m.focus != FocusSearch {
		t.Fatalf("/: focus %v, want search", m.focus)
	}
	m = typeText(m, "jinping")
	if len(m.results) != 1 || selectedID(m) != 7 {
		t.Fatalf("live search for jinping kept %d events, selected %d; want 1, event 7", len(m.results), selectedID(m))
	}
	s := screen(m)
	mustContain(t, s, "1 of 10 events", `"jinping"`, "/jinping", "Xi Jinping visits Belgium")
	mustNotContain(t, s, "Zhu Rongji visits")
	raw := m.View().Content
	if !strings.Contains(raw, m.styles.List.Sel.Match.Render("Jinping")) {
		t.Fatal("the search match is not highlighted in the selected row")
	}
	m = press(m, "enter")
	if m.focus != FocusTimeline || m.query.Text != "jinping" {
		t.Fatalf("enter: focus %v text %q; want the search kept", m.focus, m.query.Text)
	}
	m = press(m, "/", "ctrl+u")
	m = update(m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if len(m.results) != 10 {
		t.Fatalf("erasing the search kept %d events, want 10", len(m.results))
	}
	m = typeText(m, "belgium hong")
	if len(m.results) != 1 {
		t.Fatalf("two words should both be required: %d events", len(m.results))
	}
	m = press(m, "esc")
	if m.query.Text != "jinping" || len(m.results) != 1 {
		t.Fatalf("esc should drop the edit and restore %q, got %q (%d events)", "jinping", m.query.Text, len(m.results))
	}
}

func TestSearchRefineMatchesApply(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "/")
	for _, r := range "qian x" {
		m = typeText(m, string(r))
		want := m.query.Apply(m.t)
		if !slices.Equal(m.results, want) {
			t.Fatalf("after %q results %v, want %v", m.query.Text, m.results, want)
		}
	}
}

func TestPasteIntoSearch(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "/")
	m = update(m, tea.PasteMsg{Content: "De Croo\x1b[2J"})
	if m.query.Text != "De Croo" || len(m.results) != 0 && selectedID(m) != 10 {
		t.Fatalf("paste: text %q, selected %d", m.query.Text, selectedID(m))
	}
}

func TestYearFilter(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "y")
	if m.focus != FocusYear {
		t.Fatalf("y: focus %v, want year prompt", m.focus)
	}
	m = typeText(m, "2019-2023")
	m = press(m, "enter")
	if !m.query.HasYears || m.query.Years != (model.YearRange{From: 2019, To: 2023}) || len(m.results) != 3 {
		t.Fatalf("year 2019-2023: %+v, %d events", m.query.Years, len(m.results))
	}
	mustContain(t, screen(m), "year 2019–2023", "3 of 10 events", "x clears all")

	cases := map[string]int{"1990s": 3, "19th century": 1, "2009": 1, "1912": 1}
	for in, want := range cases {
		m = press(m, "y")
		m = update(m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
		m = typeText(m, in)
		m = press(m, "enter")
		if len(m.results) != want {
			t.Errorf("year %q kept %d events, want %d", in, len(m.results), want)
		}
	}
}

func TestYearFilterRefusesBadEntry(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "y")
	m = typeText(m, "soon")
	m = press(m, "enter")
	if m.focus != FocusYear || m.query.HasYears || len(m.results) != 10 {
		t.Fatalf("a bad year changed something: focus %v, years %v, %d events", m.focus, m.query.HasYears, len(m.results))
	}
	mustContain(t, screen(m), `year "soon": want a year (2019)`, "year: soon")
	m = press(m, "esc")
	if m.focus != FocusTimeline {
		t.Fatalf("esc from the year prompt: focus %v", m.focus)
	}
	mustNotContain(t, screen(m), "want a year")
}

func TestEmptyYearEntryRemovesTheFilter(t *testing.T) {
	m := New(sampleTimeline(), model.Query{HasYears: true, Years: model.YearRange{From: 2019, To: 2019}}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = press(m, "y")
	mustContain(t, screen(m), "year: 2019")
	m = press(m, "backspace", "backspace", "backspace", "backspace", "enter")
	if m.query.HasYears || len(m.results) != 10 {
		t.Fatalf("empty year entry should remove the filter: %+v", m.query)
	}
}

func TestYearJumps(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "]")
	if selectedID(m) != 2 {
		t.Fatalf("] went to %d, want 2 (1912)", selectedID(m))
	}
	m = press(m, "]", "]", "]")
	if selectedID(m) != 5 {
		t.Fatalf("] ×4 went to %d, want 5 (1991)", selectedID(m))
	}
	m = press(m, "[")
	if selectedID(m) != 4 {
		t.Fatalf("[ went to %d, want 4 (1980s)", selectedID(m))
	}
	m = press(m, "G", "]")
	if selectedID(m) != 10 || !strings.Contains(screen(m), "no later year") {
		t.Fatalf("] at the end: selected %d, status %q", selectedID(m), m.status)
	}
	m = press(m, "g", "[")
	mustContain(t, screen(m), "no earlier year")
}

func TestPeoplePicker(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "p")
	if m.focus != FocusPicker {
		t.Fatalf("p: focus %v, want picker", m.focus)
	}
	mustContain(t, screen(m), "People · 7 of 7", "Alexander De Croo", "Zhu Rongji")
	m = typeText(m, "De Croo")
	s := screen(m)
	mustContain(t, s, "People · 1 of 7", "Alexander De Croo")
	mustNotContain(t, s, "Zhu Rongji")
	m = press(m, "enter")
	if !slices.Equal(m.query.People, []string{"Alexander De Croo"}) || len(m.results) != 1 || selectedID(m) != 10 {
		t.Fatalf("picking De Croo: people %v, %d events", m.query.People, len(m.results))
	}
	mustContain(t, screen(m), "person Alexander De Croo", "1 of 10 events")

	m = press(m, "p")
	m = typeText(m, "xi")
	m = press(m, "enter")
	if len(m.query.People) != 2 || len(m.results) != 2 {
		t.Fatalf("a second person should combine: %v, %d events", m.query.People, len(m.results))
	}
	m = press(m, "p")
	mustContain(t, screen(m), "✓ Alexander De Croo", "✓ Xi Jinping")
	m = press(m, "enter") // the first listed is an active one: enter removes it
	if len(m.query.People) != 1 {
		t.Fatalf("enter on a chosen person should remove them: %v", m.query.People)
	}
}

func TestPickerMarksSeveralWithTab(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "p", "tab", "tab", "down", "enter")
	if len(m.query.People) != 2 {
		t.Fatalf("tab, tab, enter: people %v, want the first two", m.query.People)
	}
	m = press(m, "p", "esc")
	if m.focus != FocusTimeline || len(m.query.People) != 2 {
		t.Fatalf("esc from the picker changed the filter: %v", m.query.People)
	}
}

func TestPlacesPicker(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "P")
	mustContain(t, screen(m), "Places · 1 of 1", "Belgium")
	m = press(m, "enter")
	if !slices.Equal(m.query.Places, []string{"Belgium"}) || len(m.results) != 2 {
		t.Fatalf("place Belgium: %v, %d events", m.query.Places, len(m.results))
	}
	mustContain(t, screen(m), "place Belgium")
}

func TestClearFilters(t *testing.T) {
	q := model.Query{People: []string{"Xi Jinping"}, Text: "belgium", HasYears: true, Years: model.YearRange{From: 2000, To: 2010}}
	m := New(sampleTimeline(), q, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	mustContain(t, screen(m), "year 2000–2010", "person Xi Jinping", `"belgium"`, "1 of 10 events")
	m = press(m, "x")
	if !m.query.IsEmpty() || len(m.results) != 10 || selectedID(m) != 7 {
		t.Fatalf("x: query %+v, %d events, selected %d (want the selection kept)", m.query, len(m.results), selectedID(m))
	}
	mustContain(t, screen(m), "filters cleared", "10 events")
}

func TestNoMatchesSaysHowToGetOut(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "/")
	m = typeText(m, "zebra")
	m = press(m, "enter")
	mustContain(t, screen(m), "No events match these filters.", "x clears them all")
	m = press(m, "enter", "s", "j")
	if m.focus != FocusTimeline {
		t.Fatalf("with no events, panes cannot take focus: %v", m.focus)
	}
	m = press(m, "x")
	mustNotContain(t, screen(m), "No events match")
}

func TestEmptyTimeline(t *testing.T) {
	m := New(&model.Timeline{Title: "Nothing"}, model.Query{}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 80, Height: 20})
	m = press(m, "j", "G", "]", "enter", "s", "p")
	mustContain(t, screen(m), "No people in this timeline")
	m = press(m, "esc")
	mustContain(t, screen(m), "No dated events found in this article.", "annals FILE", "0 events", "no dates to chart")
}

func TestNoColor(t *testing.T) {
	m := New(sampleTimeline(), model.Query{Text: "visit"}, Options{NoColor: true})
	m = update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, keys := range [][]string{{}, {"s"}, {"esc", "p"}, {"esc", "?"}, {"esc", "/"}} {
		m = press(m, keys...)
		if c := colourCode(m.View().Content); c != "" {
			t.Fatalf("NO_COLOR view after %v sets a colour: SGR %s", keys, c)
		}
	}
	mustContain(t, screen(m), "/visit")
}

// colourCode finds an SGR sequence that sets a colour and returns its parameters.
func colourCode(s string) string {
	for _, part := range strings.Split(s, "\x1b[")[1:] {
		end := strings.IndexByte(part, 'm')
		if end < 0 || strings.ContainsAny(part[:end], "?>=") {
			continue
		}
		for _, p := range strings.Split(part[:end], ";") {
			p, _, _ = strings.Cut(p, ":")
			var n int
			if _, err := fmt.Sscan(p, &n); err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return part[:end]
			}
		}
	}
	return ""
}

func TestBackgroundColorPicksLightOrDark(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	if got, want := fmt.Sprintf("%T", m.Init()()), fmt.Sprintf("%T", tea.RequestBackgroundColor()); got != want {
		t.Fatalf("Init sent %s, want a background colour request", got)
	}
	dark := m.View().Content
	m = update(m, tea.BackgroundColorMsg{Color: color.White})
	if m.isDark {
		t.Fatal("a white background should select light styles")
	}
	if m.View().Content == dark {
		t.Fatal("light styles draw the same as dark ones")
	}
	m = update(m, tea.BackgroundColorMsg{Color: color.Black})
	if !m.isDark || m.View().Content != dark {
		t.Fatal("a black background should bring the dark styles back")
	}
}

func TestUntrustedTextIsSanitized(t *testing.T) {
	tl := sampleTimeline()
	tl.Title = "Evil\x1b]0;pwned\x07 title"
	e := &tl.Events[9]
	e.Summary = "red \x1b[31malert\x1b[0m\u202etxt.exe"
	e.People = []string{"Bell\x07 Man"}
	e.Text = "In December 2023 \x1b[2J cleared\r the screen."
	e.Phrase = model.Span{Start: 0, End: len("In December 2023")}
	tl.References[len(tl.References)-1].Cite.URL = "https://example.org/\x1b[31mx"
	m := New(tl, model.Query{}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "G", "s")
	v := m.View()
	for _, bad := range []string{"\x07", "\x1b]0", "\x1b[31m", "\x1b[2J", "\r", "\u202e"} {
		if strings.Contains(v.Content, bad) || strings.Contains(v.WindowTitle, bad) {
			t.Errorf("view carries %q from the article", bad)
		}
	}
	mustContain(t, ansi.Strip(v.Content), "Evil title", "Bell Man")
	m = press(m, "enter")
	mustContain(t, screen(m), "not opened:", "is not an http(s) address")
}

func TestStartingQueryFromCommandLine(t *testing.T) {
	m := New(sampleTimeline(), model.Query{People: []string{"De Croo"}}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if len(m.results) != 1 || selectedID(m) != 10 {
		t.Fatalf("--person De Croo: %d events, selected %d", len(m.results), selectedID(m))
	}
	mustContain(t, screen(m), "person De Croo", "De Croo calls China hostile")
	m = press(m, "p")
	mustContain(t, screen(m), "✓ Alexander De Croo")
}

func TestDensityStripMarksSelectionAndRange(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "G")
	opening := func(st lipgloss.Style) string { return strings.Split(st.Render("X"), "X")[0] }
	strip := strings.Split(m.View().Content, "\n")[1]
	if !strings.Contains(strip, opening(m.styles.Strip.Mark)+"█") {
		t.Fatalf("the selected year is not marked in the strip: %q", strip)
	}
	m = press(m, "y")
	m = typeText(m, "1980-2000")
	m = press(m, "enter")
	strip = strings.Split(m.View().Content, "\n")[2] // the chips line comes first now
	if !strings.Contains(strip, opening(m.styles.Strip.Out)) || !strings.Contains(strip, opening(m.styles.Strip.In)) {
		t.Fatalf("the filtered range is not set apart in the strip: %q", strip)
	}
}

func TestSelectionSurvivesAnEmptyResult(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "j", "j", "j", "j", "j", "j", "y")
	m = typeText(m, "1700")
	m = press(m, "enter", "x")
	if selectedID(m) != 7 {
		t.Fatalf("after a search that matched nothing and x, selected %d, want 7 again", selectedID(m))
	}
}

// The header says which language a non-English article is read as.
func TestHeaderNamesTheLanguage(t *testing.T) {
	tl := sampleTimeline()
	tl.Lang = "fr"
	m := update(New(tl, model.Query{}, Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	if head := strings.SplitN(ansi.Strip(m.View().Content), "\n", 2)[0]; !strings.Contains(head, "français") {
		t.Errorf("header %q does not name the language", head)
	}
	tl.Lang = ""
	m = update(New(tl, model.Query{}, Options{}), tea.WindowSizeMsg{Width: 100, Height: 30})
	if head := strings.SplitN(ansi.Strip(m.View().Content), "\n", 2)[0]; strings.Contains(head, "·  ·") || strings.Contains(head, "English") {
		t.Errorf("an English article's header %q names a language", head)
	}
}

// Help lists the keys of following links too.
func TestHelpListsLinkKeys(t *testing.T) {
	m, _ := newTestModel(t, 120, 40)
	m = update(m, tea.KeyPressMsg{Code: '?', Text: "?"})
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "linked articles") || !strings.Contains(v, "Articles") {
		t.Errorf("help has no link keys:\n%s", v)
	}
}
