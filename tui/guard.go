package tui

import (
	"fmt"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// guard wraps the root model so that a panic in Update, View or a command
// ends the program normally: Bubble Tea restores the terminal, and Run
// returns one error instead of a stack trace printed over the screen (which
// Bubble Tea does for panics in batched commands before it restores).
type guard struct {
	inner tea.Model
	state *panicState
}

// panicState records the first panic; commands run on other goroutines.
type panicState struct {
	mu    sync.Mutex
	value any
	quit  func() // asks the program to quit, for panics outside Update
}

func (s *panicState) record(v any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.value == nil {
		s.value = v
	}
}

func (s *panicState) err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.value == nil {
		return nil
	}
	return fmt.Errorf("internal error in the timeline browser: %v", s.value)
}

// panicMsg tells Update that a command panicked.
type panicMsg struct{}

func (g guard) Init() tea.Cmd { return g.wrap(g.inner.Init()) }

func (g guard) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if _, ok := msg.(panicMsg); ok {
		return g, tea.Quit
	}
	defer func() {
		if v := recover(); v != nil {
			g.state.record(v)
			model, cmd = g, tea.Quit
		}
	}()
	next, cmd := g.inner.Update(msg)
	g.inner = next
	return g, g.wrap(cmd)
}

func (g guard) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r)
			if g.state.quit != nil {
				go g.state.quit()
			}
			v = tea.NewView("")
		}
	}()
	return g.inner.View()
}

// wrap makes a command report a panic as a message instead of crashing,
// and does the same for the commands of a batch it returns.
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if v := recover(); v != nil {
				g.state.record(v)
				msg = panicMsg{}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
