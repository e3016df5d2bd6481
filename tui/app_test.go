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
	mustContain(t, screen(m), "1971 Oct 25", "1991 Apr", "2019 ", "1980s", "19th c.", "1912–2008",
		"── 2009 ─", "── 1980s ─", "── 19th century ─")
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
	if m.query.Text != "De Croo [2J" || len(m.results) != 0 && selectedID(m) != 10 {
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

func TestSourcesPane(t *testing.T) {
	m, o := newTestModel(t, 120, 36)
	m = press(m, "j", "j", "j", "j", "j", "j", "s") // 2009 Oct, cites [5] [6]
	if m.focus != FocusSources {
		t.Fatalf("s: focus %v", m.focus)
	}
	mustContain(t, screen(m), "Sources of 2009 Oct · 2 cited", "[5] Xi Jinping visits Brussels", "Reuters · 2009-10-10",
		"http://example.org/xi", "archive https://archive.example.org/xi", "[6] A script link")
	m = press(m, "enter")
	if !slices.Equal(o.urls, []string{"http://example.org/xi"}) {
		t.Fatalf("enter opened %v", o.urls)
	}
	mustContain(t, screen(m), "opened http://example.org/xi in your browser")
	m = press(m, "j", "enter")
	if len(o.urls) != 1 {
		t.Fatalf("a javascript: URL was handed to the browser: %v", o.urls)
	}
	mustContain(t, screen(m), "not opened: javascript:alert(1) is not an http(s) address")
	m = press(m, "esc")
	if m.focus != FocusTimeline {
		t.Fatalf("esc from sources: %v", m.focus)
	}
}

func TestSourcesCopyUsesOSC52(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "G", "s")
	_, cmd := m.Update(keyMsg("y"))
	msgs := runCmd(cmd)
	if len(msgs) != 1 || fmt.Sprintf("%T", msgs[0]) != "tea.setClipboardMsg" || fmt.Sprint(msgs[0]) != "https://example.org/decroo" {
		t.Fatalf("y sent %#v, want a clipboard request for the URL", msgs)
	}
	m = press(m, "y")
	mustContain(t, screen(m), "copied URL of [15] to the clipboard")
	m = press(m, "esc", "k", "k", "s", "y") // 2019: [7] has only text
	mustContain(t, screen(m), "copied reference text of [7]")
	m = press(m, "enter")
	mustContain(t, screen(m), "[7] has no URL in this article")
}

func TestSourcesListsEventsCitingTheSameSource(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "j", "j", "j", "j", "s", "e") // 1991 Apr cites [1]
	mustContain(t, screen(m), "Events citing [1] · 3", "Relations improve", "Qian Qichen visits")
	m = press(m, "j", "enter")
	if selectedID(m) != 6 || m.focus != FocusTimeline {
		t.Fatalf("jump: selected %d focus %v, want event 6 in the timeline", selectedID(m), m.focus)
	}
}

func TestJumpToCitingEventClearsHidingFilters(t *testing.T) {
	m := New(sampleTimeline(), model.Query{Text: "zhu"}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "s", "e", "k", "enter")
	if selectedID(m) != 4 || !m.query.IsEmpty() {
		t.Fatalf("jump to a hidden event: selected %d, query %+v", selectedID(m), m.query)
	}
	mustContain(t, screen(m), "filters cleared to show that event")
}

func TestSourcesOfEventWithoutCitations(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "j", "s")
	mustContain(t, screen(m), "This event cites no sources.")
	m = press(m, "j", "k", "enter", "y", "e") // nothing to do, nothing breaks
	if m.focus != FocusSources || m.sources.showCited {
		t.Fatalf("keys on an event without sources: focus %v, cited list %v", m.focus, m.sources.showCited)
	}
}

func TestHelpShowsLiveKeysGrouped(t *testing.T) {
	m, _ := newTestModel(t, 120, 36)
	m = press(m, "?")
	if m.focus != FocusHelp {
		t.Fatalf("?: focus %v", m.focus)
	}
	s := screen(m)
	mustContain(t, s, "Keys", "Move", "Filter", "previous year", "search", "person", "General")
	mustNotContain(t, s, "open URL", "clear filters")
	m = press(m, "esc", "s", "?")
	s = screen(m)
	mustContain(t, s, "open URL", "copy URL", "events citing it")
	mustNotContain(t, s, " search")
	m = press(m, "q")
	if m.focus != FocusSources {
		t.Fatalf("q closes help back to sources, got %v", m.focus)
	}
}

func TestFooterHintAlwaysShown(t *testing.T) {
	m, _ := newTestModel(t, 100, 30)
	for _, keys := range [][]string{{}, {"/"}, {"esc", "y"}, {"esc", "p"}, {"esc", "s"}, {"esc", "?"}} {
		m = press(m, keys...)
		lines := strings.Split(screen(m), "\n")
		if last := lines[len(lines)-1]; !strings.Contains(last, "•") {
			t.Errorf("after %v the last line is not a key hint: %q", keys, last)
		}
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m, _ := newTestModel(t, 100, 30)
		_, cmd := m.Update(keyMsg(k))
		if msgs := runCmd(cmd); len(msgs) != 1 || msgs[0] != (tea.QuitMsg{}) {
			t.Errorf("%s sent %v, want quit", k, msgs)
		}
	}
	m, _ := newTestModel(t, 100, 30)
	m = press(m, "/")
	_, cmd := m.Update(keyMsg("q"))
	if msgs := runCmd(cmd); slices.Contains(msgs, tea.Msg(tea.QuitMsg{})) {
		t.Error("q in the search prompt quit instead of typing")
	}
}

func TestMouseWheelAndClick(t *testing.T) {
	m, _ := newTestModel(t, 40, 12)
	m = update(m, tea.MouseWheelMsg{X: 5, Y: 4, Button: tea.MouseWheelDown})
	if m.timeline.top == 0 || selectedID(m) == 1 {
		t.Fatalf("wheel down: top %d, selected %d", m.timeline.top, selectedID(m))
	}
	m = update(m, tea.MouseWheelMsg{X: 5, Y: 4, Button: tea.MouseWheelUp})
	if m.timeline.top != 0 {
		t.Fatalf("wheel up: top %d", m.timeline.top)
	}
	l := m.layout
	m = update(m, tea.MouseClickMsg{X: 3, Y: l.list.y + 2, Button: tea.MouseLeft})
	if selectedID(m) != 3 {
		t.Fatalf("click on the third row selected %d", selectedID(m))
	}
	w, _ := newTestModel(t, 120, 36)
	w = update(w, tea.MouseClickMsg{X: w.layout.side.x + 2, Y: w.layout.side.y + 1, Button: tea.MouseLeft})
	if w.focus != FocusDetail {
		t.Fatalf("click on the detail pane: focus %v", w.focus)
	}
	w = update(w, tea.MouseWheelMsg{X: w.layout.side.x + 2, Y: w.layout.side.y + 1, Button: tea.MouseWheelDown})
}

func TestResizeNeverBreaks(t *testing.T) {
	sizes := [][2]int{{0, 0}, {1, 1}, {5, 2}, {29, 7}, {30, 8}, {40, 12}, {60, 20}, {99, 30}, {100, 30}, {120, 36}, {250, 80}}
	for _, sz := range sizes {
		for _, keys := range [][]string{{}, {"enter"}, {"s"}, {"?"}, {"p"}, {"/"}, {"y", "b", "a", "d", "enter"}} {
			m, _ := newTestModel(t, 100, 30)
			m = press(m, keys...)
			m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			s := screen(m)
			lines := strings.Split(s, "\n")
			if sz[0] > 0 && len(lines) > max(1, sz[1]) {
				t.Errorf("%dx%d after %v: %d lines", sz[0], sz[1], keys, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%dx%d after %v: line %d wide: %q", sz[0], sz[1], keys, w, l)
				}
			}
		}
	}
	m, _ := newTestModel(t, 20, 5)
	mustContain(t, screen(m), "terminal too small")
}

func TestLayoutSideBySideOrStacked(t *testing.T) {
	wide, _ := newTestModel(t, 120, 36)
	if !wide.layout.wide || wide.layout.side.w == 0 {
		t.Fatalf("120 wide should put detail beside the list: %+v", wide.layout)
	}
	tall, _ := newTestModel(t, 80, 40)
	if tall.layout.wide || tall.layout.side.h == 0 || tall.layout.side.y <= tall.layout.list.y {
		t.Fatalf("80x40 should stack detail under the list: %+v", tall.layout)
	}
	small, _ := newTestModel(t, 40, 12)
	if small.layout.side.h != 0 {
		t.Fatalf("40x12 should show one pane: %+v", small.layout)
	}
	small = press(small, "enter")
	mustContain(t, screen(small), "Detail · 1 of 10", "19th century, century precision")
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
	tl.References[5].URL = "https://example.org/\x1b[31mx"
	m := New(tl, model.Query{}, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 36})
	m = press(m, "G", "s")
	v := m.View()
	for _, bad := range []string{"\x07", "\x1b]0", "\x1b[31m", "\x1b[2J", "\r", "\u202e"} {
		if strings.Contains(v.Content, bad) || strings.Contains(v.WindowTitle, bad) {
			t.Errorf("view carries %q from the article", bad)
		}
	}
	mustContain(t, ansi.Strip(v.Content), "Evil ]0;pwned  title", "Bell  Man")
	m = press(m, "enter")
	mustContain(t, screen(m), "is not an http(s) address")
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
