package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// panicky is a model that panics where a test tells it to.
type panicky struct{ in string }

func (p panicky) Init() tea.Cmd { return nil }
func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch p.in {
	case "update":
		panic("boom in update")
	case "cmd":
		return p, func() tea.Msg { panic("boom in a command") }
	case "batch":
		return p, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in a batch") })
	}
	return p, nil
}
func (p panicky) View() tea.View {
	if p.in == "view" {
		panic("boom in view")
	}
	return tea.NewView("ok")
}

func TestGuardTurnsPanicsIntoOneError(t *testing.T) {
	for _, where := range []string{"update", "cmd", "batch", "view"} {
		state := &panicState{}
		quit := make(chan bool, 1)
		state.quit = func() { quit <- true }
		g := guard{inner: panicky{in: where}, state: state}
		next, cmd := g.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
		var msgs []tea.Msg
		if where == "view" {
			if v := next.View(); v.Content != "" {
				t.Errorf("%s: a panicking view draws %q", where, v.Content)
			}
		} else {
			msgs = runCmd(cmd)
		}
		for _, m := range msgs {
			if _, ok := m.(panicMsg); ok {
				_, cmd = next.Update(m)
				msgs = runCmd(cmd)
			}
		}
		quits := false
		if where == "view" { // View asks the program to quit through state.quit
			quits = <-quit
		}
		for _, m := range msgs {
			if _, ok := m.(tea.QuitMsg); ok {
				quits = true
			}
		}
		if !quits {
			t.Errorf("%s: the program does not quit after the panic (messages %v)", where, msgs)
		}
		err := state.err()
		if err == nil || !strings.Contains(err.Error(), "boom") {
			t.Fatalf("%s: error %v", where, err)
		}
		if strings.Count(err.Error(), "\n") != 0 {
			t.Errorf("%s: the error is not one line: %q", where, err)
		}
	}
}
