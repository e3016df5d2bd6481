package tui

import (
	"fmt"
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/annals-tui/annals/model"
)

// TestGolden snapshots every pane at two sizes on light and dark
// backgrounds. `go test ./tui -update` rewrites the files in testdata/;
// review every diff.
func TestGolden(t *testing.T) {
	panes := []struct {
		name string
		keys []string
	}{
		{"timeline", []string{"j", "j", "j", "j"}},
		{"detail", []string{"G", "k", "k", "k", "enter"}},
		{"sources", []string{"G", "k", "k", "k", "s"}},
		{"cited", []string{"j", "j", "j", "j", "s", "e"}},
		{"deadlink", []string{"j", "j", "j", "s", "j"}}, // 1980s: [9]'s URL is dead, enter opens its archive
		{"book", []string{"s"}},                         // 19th c.: [2] is a book with author, publisher and page
		{"search", []string{"/", "v", "i", "s", "i", "t"}},
		{"ranked", []string{"/", "b", "e", "l", "g", "i", "u", "m", "enter", "ctrl+s"}}, // best matches first, no year headings
		{"year", []string{"y", "s", "o", "o", "n", "enter"}},
		{"people", []string{"p", "q", "i"}},
		{"help", []string{"?"}},
		{"nomatch", []string{"/", "z", "z", "enter"}},
	}
	sizes := [][2]int{{100, 30}, {40, 12}}
	themes := map[string]color.Color{"dark": color.Black, "light": color.White}
	for _, p := range panes {
		for _, sz := range sizes {
			for theme, bg := range themes {
				name := fmt.Sprintf("%s_%dx%d_%s", p.name, sz[0], sz[1], theme)
				t.Run(name, func(t *testing.T) {
					m := New(sampleTimeline(), model.Query{}, Options{Open: func(string) error { return nil }})
					m = update(m, tea.BackgroundColorMsg{Color: bg})
					m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
					m = press(m, p.keys...)
					golden.RequireEqual(t, m.View().Content)
				})
			}
		}
	}
}
