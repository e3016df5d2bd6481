package tui

import (
	"context"
	"errors"
	"image/color"
	"strings"
	"testing"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// newLoadingModel builds the browser with a loader at w×h, before the
// loader has answered.
func newLoadingModel(t *testing.T, load Loader, w, h int) Model {
	t.Helper()
	m := New(nil, model.Query{Text: "jinping"}, Options{Open: func(string) error { return nil },
		Load: load, Loading: "Reading big.txt…", Note: "cached, revision 42"})
	return update(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// loadMsg runs the loader the way Init starts it and returns its message.
func loadMsg(t *testing.T, m Model) tea.Msg {
	t.Helper()
	for _, msg := range runCmd(m.Init()) {
		switch msg.(type) {
		case loadedMsg, loadFailedMsg:
			return msg
		}
	}
	t.Fatal("Init did not start the loader")
	return nil
}

func TestLoadingShowsProgressThenTimeline(t *testing.T) {
	m := newLoadingModel(t, func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil }, 100, 30)
	s := screen(m)
	mustContain(t, s, "annals · loading", "Reading big.txt…", "q quit")
	if got := m.View().WindowTitle; got != "annals · loading" {
		t.Errorf("window title %q while loading", got)
	}
	m = press(m, "j", "/") // nothing to move through or search yet
	mustContain(t, screen(m), "Reading big.txt…")

	m = update(m, loadMsg(t, m))
	s = screen(m)
	mustContain(t, s, "Belgium–China relations", "1 of 10 events", "Xi Jinping visits Belgium", "cached, revision 42")
	mustNotContain(t, s, "Reading big.txt")
	if m.query.Text != "jinping" || len(m.results) != 1 {
		t.Fatalf("after loading, query %q keeps %d events; want the --grep filter kept", m.query.Text, len(m.results))
	}
	m = press(m, "x", "j") // clearing keeps Xi Jinping's visit (7) selected
	if selectedID(m) != 8 {
		t.Fatalf("keys after loading: selected %d, want 8", selectedID(m))
	}
}

func TestLoadingKeepsLightTheme(t *testing.T) {
	m := newLoadingModel(t, func(context.Context) (*model.Timeline, error) { return sampleTimeline(), nil }, 100, 30)
	m = update(m, tea.BackgroundColorMsg{Color: color.White})
	m = update(m, loadMsg(t, m))
	if m.isDark {
		t.Fatal("the light background seen while loading was forgotten once loaded")
	}
}

func TestLoadingSpinnerTurns(t *testing.T) {
	m := newLoadingModel(t, func(context.Context) (*model.Timeline, error) { return nil, nil }, 100, 30)
	before := screen(m)
	var tick tea.Msg
	for _, msg := range runCmd(m.Init()) {
		if _, ok := msg.(spinner.TickMsg); ok {
			tick = msg
		}
	}
	next, cmd := m.Update(tick)
	if cmd == nil {
		t.Fatal("a spinner tick did not ask for the next one")
	}
	if screen(next.(Model)) == before {
		t.Fatal("the spinner did not move")
	}
}

func TestLoadFailedSaysWhyAndHowToQuit(t *testing.T) {
	fail := errors.New("wiki:Nowhere: no such article on en.wikipedia.org called \"Nowhere\" (check the spelling: titles are case-sensitive after the first letter)")
	for _, sz := range [][2]int{{100, 30}, {40, 12}} {
		m := newLoadingModel(t, func(context.Context) (*model.Timeline, error) { return nil, fail }, sz[0], sz[1])
		m = update(m, loadMsg(t, m))
		s := screen(m)
		mustContain(t, s, "could not load", "wiki:Nowhere: no such", "q quits")
		mustNotContain(t, s, "Reading big.txt")
		if lines := strings.Split(s, "\n"); len(lines) != sz[1] {
			t.Fatalf("%dx%d: the error screen has %d lines", sz[0], sz[1], len(lines))
		}
		m = press(m, "j", "enter")
		mustContain(t, screen(m), "q quits")
		next, cmd := m.Update(keyMsg("q"))
		if cmd == nil || cmd() != tea.Quit() {
			t.Fatal("q on the error screen did not quit")
		}
		if err := next.(Model).load.err; !errors.Is(err, fail) {
			t.Fatalf("final model's load error %v, want %v", err, fail)
		}
	}
}

// TestQuitWhileLoadingCancelsTheLoad checks that q (and ctrl+c) stop a
// loader that waits on the network.
func TestQuitWhileLoadingCancelsTheLoad(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		waiting := func(ctx context.Context) (*model.Timeline, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}
		m := newLoadingModel(t, waiting, 100, 30)
		done := make(chan tea.Msg, 1)
		go func() { done <- loadCmd(m.load.ctx, waiting)() }()
		next, cmd := m.Update(keyMsg(k))
		if cmd == nil || cmd() != tea.Quit() {
			t.Fatalf("%s while loading did not quit", k)
		}
		msg := <-done // returns only once the loader saw the cancel
		if f, ok := msg.(loadFailedMsg); !ok || !errors.Is(f.err, context.Canceled) {
			t.Fatalf("%s: the loader ended with %#v, want context.Canceled", k, msg)
		}
		if next.(Model).load.err != nil {
			t.Fatalf("%s: quitting is not a load error", k)
		}
	}
}

func TestLoadedEmptyTimeline(t *testing.T) {
	m := newLoadingModel(t, func(context.Context) (*model.Timeline, error) { return nil, nil }, 40, 12)
	m = update(m, loadMsg(t, m))
	mustContain(t, screen(m), "No dated events found")
}
