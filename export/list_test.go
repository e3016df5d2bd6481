package export

import (
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func listOf(t *testing.T, idx []int, opts ListOptions) string {
	t.Helper()
	var b strings.Builder
	if err := List(&b, fixture(), idx, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Piped, the table is plain: no header, no colour, nothing cut, columns
// aligned, no trailing spaces.
func TestListPlainWhenPiped(t *testing.T) {
	out := listOf(t, []int{0, 2, 5, 6}, ListOptions{})
	want := "18XX        Étienne travels           Étienne Lenoir\n" +
		"198X        Relations grow [1][2]\n" +
		"1971-10-25  =1+2                      @admin, +Plus, -Minus\n" +
		"1991-04     Zhu Rongji visits [1][3]  Zhu Rongji, Qian Qichen\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestListShowsSourceWhenSeveral(t *testing.T) {
	out := listOf(t, []int{6, 7}, ListOptions{})
	want := "1991-04     a.txt   Zhu Rongji visits [1][3]  Zhu Rongji, Qian Qichen\n" +
		"2019-06-04  b.wiki  Bevent from b [1]\n"
	if out != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

// On a terminal every line fits the width, long cells end in "…" with their
// citation marks kept, and a header names the columns.
func TestListFitsTheTerminal(t *testing.T) {
	tl := fixture()
	for _, width := range []int{120, 60, 40, 24} {
		out := listOf(t, all(tl)[:7], ListOptions{Width: width})
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if !strings.HasPrefix(lines[0], "WHEN") || !strings.Contains(lines[0], "EVENT") {
			t.Errorf("width %d: no header: %q", width, lines[0])
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: line of %d columns: %q", width, w, l)
			}
		}
	}
	out := listOf(t, []int{3}, ListOptions{Width: 50})
	if want := "WHEN       EVENT                   PEOPLE\n1912–2008  Qian Xiuling lives [9]  Qian Xiuling…\n"; out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	out = listOf(t, []int{6}, ListOptions{Width: 40})
	if want := "WHEN      EVENT\n1991 Apr  Zhu Rongji visits [1][3]\n"; out != want {
		t.Errorf("narrow terminal drops people first: got\n%s\nwant\n%s", out, want)
	}
	out = listOf(t, []int{6}, ListOptions{Width: 28})
	if want := "WHEN      EVENT\n1991 Apr  Zhu Rongji… [1][3]\n"; out != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

// A terminal reads dates as the browser writes them; a pipe gets EDTF.
func TestListDatesForPeopleOnATerminal(t *testing.T) {
	tl := fixture()
	tty := listOf(t, all(tl), ListOptions{Width: 120})
	for _, want := range []string{"19th c.", "44 BC", "1980s", "1971 Oct 25", "1991 Apr", "c.1950"} {
		if !strings.Contains(tty, want) {
			t.Errorf("terminal list lacks %q:\n%s", want, tty)
		}
	}
	if strings.Contains(tty, "198X") {
		t.Errorf("terminal list shows EDTF:\n%s", tty)
	}
	if pipe := listOf(t, all(tl), ListOptions{}); !strings.Contains(pipe, "198X") {
		t.Errorf("piped list should keep EDTF:\n%s", pipe)
	}
}

func TestListColourOnlyWhenAsked(t *testing.T) {
	tl := fixture()
	plain := listOf(t, all(tl), ListOptions{Width: 100})
	if strings.Contains(plain, "\x1b") {
		t.Errorf("colour without Color: %q", plain)
	}
	col := listOf(t, []int{6}, ListOptions{Width: 100, Color: true})
	if !strings.Contains(col, "\x1b[36m1991 Apr\x1b[0m") || !strings.Contains(col, "\x1b[2m[1][3]\x1b[0m") {
		t.Errorf("no colour with Color: %q", col)
	}
	if ansi.Strip(col) != listOf(t, []int{6}, ListOptions{Width: 100}) {
		t.Error("colour changes the layout")
	}
	// the ESC in event 8's summary is not the writer's to pass on
	if strings.Contains(ansi.Strip(listOf(t, all(tl), ListOptions{Color: true, Width: 200})), "\x1b") {
		t.Error("article text reached the terminal as an escape sequence")
	}
}

func TestListLimit(t *testing.T) {
	tl := fixture()
	piped := listOf(t, all(tl), ListOptions{Limit: 3})
	if n := strings.Count(piped, "\n"); n != 3 {
		t.Errorf("piped --limit 3 wrote %d lines:\n%s", n, piped)
	}
	tty := listOf(t, all(tl), ListOptions{Limit: 3, Width: 80})
	if !strings.HasSuffix(tty, "… 5 events not shown; --limit 0 shows all\n") {
		t.Errorf("terminal --limit 3 does not say what is hidden:\n%s", tty)
	}
	if none := listOf(t, nil, ListOptions{Width: 80}); !strings.Contains(none, "No events match.") {
		t.Errorf("empty terminal list: %q", none)
	}
	if none := listOf(t, nil, ListOptions{}); none != "" {
		t.Errorf("empty piped list: %q", none)
	}
}

func TestTerminalOptions(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	var b strings.Builder
	if o := TerminalOptions(&b, env()); o != (ListOptions{}) {
		t.Errorf("a buffer is not a terminal: %+v", o)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if o := TerminalOptions(w, env()); o != (ListOptions{}) {
		t.Errorf("a pipe is not a terminal: %+v", o)
	}
	for _, c := range []struct {
		env  func(string) string
		want bool
	}{
		{env(), true}, {env("NO_COLOR", "1"), false}, {env("NO_COLOR", ""), true}, {env("TERM", "dumb"), false},
	} {
		if got := colorAllowed(c.env); got != c.want {
			t.Errorf("colorAllowed(NO_COLOR=%q TERM=%q) = %v", c.env("NO_COLOR"), c.env("TERM"), got)
		}
	}
}
