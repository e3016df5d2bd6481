package export

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/annals-tui/annals/model"
)

// formats is every writer a user can pick, plus the list table.
func formats(t *testing.T) map[string]Writer {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	out := map[string]Writer{"list": WriteList}
	for _, f := range Formats() {
		w, err := Lookup(f)
		if err != nil {
			t.Fatal(err)
		}
		out[f] = w
	}
	return out
}

func TestFormatsAreAllRegistered(t *testing.T) {
	want := []string{"csv", "html", "ics", "json", "markwhen", "md", "mermaid", "timelinejs"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Fatalf("Formats() = %v, want %v", got, want)
	}
	if _, err := Lookup("MD"); err != nil {
		t.Errorf("Lookup is case-insensitive: %v", err)
	}
	if _, err := Lookup("pdf"); err == nil || !strings.Contains(err.Error(), "timelinejs") {
		t.Errorf("Lookup(pdf) = %v, want an error naming the formats", err)
	}
}

// Every format writes exactly the events it is given: a filter that keeps
// events 3 and 7 shows those two and none of the others.
func TestEveryFormatHonoursTheFilter(t *testing.T) {
	tl := fixture()
	keep := []int{2, 6} // MARK3, MARK7
	for name, w := range formats(t) {
		t.Run(name, func(t *testing.T) {
			out := writeString(t, w, tl, keep)
			if name == "list" || name == "mermaid" {
				// the list and a diagram show summaries, not sentences
				for _, s := range []string{"Relations grow", "Zhu Rongji visits"} {
					if !strings.Contains(out, s) {
						t.Errorf("missing kept event %q:\n%s", s, out)
					}
				}
				if strings.Contains(out, "Caesar") || strings.Contains(out, "Étienne") {
					t.Errorf("list shows events the filter dropped:\n%s", out)
				}
				return
			}
			for i := 1; i <= 8; i++ {
				mark := fmt.Sprintf("MARK%d", i)
				if got, want := strings.Contains(out, mark), i == 3 || i == 7; got != want {
					t.Errorf("%s present = %v, want %v", mark, got, want)
				}
			}
		})
	}
}

// No format lets a control character through (the fixture has ESC and BEL)
// or a bidi override; CR appears only in CRLF line ends.
func TestNoFormatEmitsControlCharacters(t *testing.T) {
	tl := fixture()
	for name, w := range formats(t) {
		t.Run(name, func(t *testing.T) {
			out := writeString(t, w, tl, all(tl))
			for i, r := range out {
				switch {
				case r == '\n':
				case r == '\r' && strings.HasPrefix(out[i:], "\r\n"):
				case unicode.IsControl(r), r == '\u202e', r == '\u202c':
					t.Fatalf("control character %U at byte %d: %q", r, i, out[max(0, i-20):min(len(out), i+20)])
				}
			}
		})
	}
}

func TestEveryFormatIsDeterministicAndHandlesNoEvents(t *testing.T) {
	tl := fixture()
	for name, w := range formats(t) {
		t.Run(name, func(t *testing.T) {
			a, b := writeString(t, w, tl, all(tl)), writeString(t, w, tl, all(tl))
			if a != b {
				t.Error("two exports of the same timeline differ")
			}
			if err := w(&bytes.Buffer{}, tl, nil); err != nil {
				t.Errorf("no events: %v", err)
			}
			if err := w(&bytes.Buffer{}, &model.Timeline{}, nil); err != nil {
				t.Errorf("empty timeline: %v", err)
			}
		})
	}
}
