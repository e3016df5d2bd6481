package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

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
	mustNotContain(t, screen(m), "open URL") // issue 16, 12: no "enter open URL" where there is none
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
	m = press(m, "esc", "G", "s", "?")
	s = screen(m)
	mustContain(t, s, "open URL", "open archive", "copy URL", "events citing it")
	mustNotContain(t, s, " search")
	m = press(m, "?")
	if m.focus != FocusSources {
		t.Fatalf("? closes help back to sources, got %v", m.focus)
	}
	m = press(m, "?")
	if _, cmd := m.Update(keyMsg("q")); cmd == nil || !isQuit(cmd()) {
		t.Fatal("q in the help quits, as everywhere outside a text prompt")
	}
}

func isQuit(msg tea.Msg) bool {
	_, ok := msg.(tea.QuitMsg)
	return ok
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
