package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/annals-tui/annals/model"
)

// TestSmoke runs the browser as a program: it draws the timeline, searches
// as the user types, and quits on q.
func TestSmoke(t *testing.T) {
	m := New(sampleTimeline(), model.Query{}, Options{Open: func(string) error { return nil }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "Belgium–China relations", "Zhu Rongji visits")
	tm.Type("/jinping")
	waitFor(t, tm, "(/)") // the search chip
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	final := tm.FinalModel(t).(Model)
	if final.query.Text != "jinping" || len(final.results) != 1 {
		t.Fatalf("final query %q with %d events", final.query.Text, len(final.results))
	}
}

// waitFor waits until the output written since the last wait holds every text.
func waitFor(t *testing.T, tm *teatest.TestModel, texts ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, s := range texts {
			if !bytes.Contains(b, []byte(s)) {
				return false
			}
		}
		return true
	},
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}
