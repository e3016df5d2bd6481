package tui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

// Only http and https addresses reach the opener; every other kind is shown
// in the status line and not opened. The opener is github.com/cli/browser,
// which runs xdg-open / open / rundll32 with the URL as one argument
// (exec.Command, no shell), so a URL cannot become a command line either.
func TestOnlyWebURLsAreOpened(t *testing.T) {
	bad := []string{
		"javascript:alert(document.cookie)",
		"JaVaScRiPt:alert(1)",
		"file:///etc/passwd",
		"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
		"/wiki/Relative_link",
		"../relative.html",
		"//example.org/protocol-relative",
		"mailto:someone@example.org",
		"ftp://example.org/file",
		"vbscript:msgbox(1)",
		"https://",
		"https://example.org/a b",
		"https://example.org/\"; rm -rf ~",
		"https://example.org/$(reboot)`id`",
	}
	good := []string{"https://example.org/ok", "HTTP://EXAMPLE.ORG/upper", " http://example.org/padded "}
	urls := append(append([]string{}, bad...), good...)
	tl := &model.Timeline{Title: "Links", Source: "links.txt"}
	var cites []int
	for i, u := range urls {
		tl.References = append(tl.References, model.Reference{N: i + 1, Cite: &model.Citation{Title: "Ref", URL: u}})
		cites = append(cites, i+1)
	}
	tl.Events = []model.Event{{ID: 1, Date: model.YearDate(1991), Text: "In 1991 a visit.", Summary: "A visit", Citations: cites}}
	tl.BuildEntities()

	o := &opener{}
	m := New(tl, model.Query{}, Options{Open: o.open})
	m = update(m, tea.WindowSizeMsg{Width: 140, Height: 40})
	m = press(m, "s")
	for i := range urls {
		m = press(m, "enter")
		if i < len(bad) {
			mustContain(t, screen(m), "not opened:", "address")
		}
		m = press(m, "j")
	}
	want := []string{"https://example.org/ok", "HTTP://EXAMPLE.ORG/upper", "http://example.org/padded"}
	if !slices.Equal(o.urls, want) {
		t.Errorf("opened %q, want only %q", o.urls, want)
	}
}

// sgrOnly removes the browser's own styling, so what is left must be text.
var sgrOnly = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func assertCleanView(t *testing.T, what string, m Model) {
	t.Helper()
	v := m.View()
	for _, s := range []string{sgrOnly.ReplaceAllString(v.Content, ""), v.WindowTitle} {
		if i := strings.IndexFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || isBidiControl(r)
		}); i >= 0 {
			t.Fatalf("%s: control %q in the view: %q", what, s[i:i+1], s[max(0, i-30):min(len(s), i+30)])
		}
	}
}

// garbage is what a paste of a binary file or a hostile clipboard brings.
var garbage = []string{
	"\x00\x01\x02\xff\xfe\x1b]0;pwned\x07\x1b[2J\x9b\u009b31m\u202e\r\n\t",
	"\x1b]52;c;cm0gLXJmIH4=\x07" + strings.Repeat("\xff", 300),
	string([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'}),
	strings.Repeat("1990s-2020-20x9 ", 200),
	"",
}

// Pasting garbage into every prompt never panics and never reaches the view.
func TestPasteGarbageIntoEveryPrompt(t *testing.T) {
	for _, opener := range [][]string{{"/"}, {"y"}, {"p"}, {"P"}, {"enter", "/"}, {"s", "y"}} {
		for _, size := range [][2]int{{100, 30}, {1, 1}, {30, 8}} {
			for _, g := range garbage {
				m, _ := newTestModel(t, size[0], size[1])
				m = press(m, opener...)
				m = update(m, tea.PasteMsg{Content: g})
				assertCleanView(t, strings.Join(opener, " ")+" paste", m)
				m = press(m, "enter")
				assertCleanView(t, strings.Join(opener, " ")+" paste, enter", m)
			}
		}
	}
}

// FuzzKeys drives the browser with any sequence of key presses, pastes,
// mouse events and resizes: it never panics, the view always fits the
// window, and nothing control-like is drawn.
func FuzzKeys(f *testing.F) {
	f.Add([]byte("jjjj\rs\r\x1b/zhu\r?\x1bpq"), uint8(100), uint8(30))
	f.Add([]byte("y1990s\rGgs\x09\x09x[]"), uint8(1), uint8(1))
	f.Add([]byte("\x00\xff\x1b]0;x\x07/\x9b"), uint8(40), uint8(12))
	f.Add([]byte("p\x09\x09\r\x1bP\r/\x7f\x7f\x7f"), uint8(250), uint8(80))
	f.Add([]byte("/bel\x11s\rnNNx\x11sznG\x1bjjs\rj\ra"), uint8(120), uint8(36)) // n/N, ctrl+s, a dead link
	f.Fuzz(func(t *testing.T, script []byte, w, h uint8) {
		m, _ := newTestModel(t, int(w), int(h))
		for i := 0; i < len(script) && i < 400; i++ {
			m = update(m, scriptMsg(script, &i))
		}
		v := m.View()
		content := sgrOnly.ReplaceAllString(v.Content, "")
		if i := strings.IndexFunc(content+v.WindowTitle, func(r rune) bool {
			return r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f
		}); i >= 0 {
			t.Fatalf("control character in the view at %d", i)
		}
		if m.width > 0 {
			for _, l := range strings.Split(ansi.Strip(v.Content), "\n") {
				if ansi.StringWidth(l) > m.width {
					t.Fatalf("a %d-wide line in a %d-wide window: %q", ansi.StringWidth(l), m.width, l)
				}
			}
		}
	})
}

// scriptMsg turns the byte at *i (and the bytes after it that it takes) into
// one message: most bytes are key presses, a few are pastes, mouse events
// or resizes.
func scriptMsg(b []byte, i *int) tea.Msg {
	next := func() byte {
		if *i+1 < len(b) {
			*i++
			return b[*i]
		}
		return 0
	}
	c := b[*i]
	switch c {
	case 0xf0: // paste the next n bytes
		n := int(next())
		start := *i + 1
		end := min(len(b), start+n)
		*i = end - 1
		return tea.PasteMsg{Content: string(b[start:end])}
	case 0xf1:
		return tea.WindowSizeMsg{Width: int(next()), Height: int(next())}
	case 0xf2:
		return tea.MouseClickMsg{X: int(next()), Y: int(next()), Button: tea.MouseLeft}
	case 0xf3:
		return tea.MouseWheelMsg{X: int(next()), Y: int(next()), Button: tea.MouseWheelDown}
	case 0xf4:
		return tea.MouseWheelMsg{X: int(next()), Y: int(next()), Button: tea.MouseWheelUp}
	case 0xf5:
		return tea.BackgroundColorMsg{}
	case '\r':
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case 0x1b:
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case '\t':
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case 0x7f:
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case 0x01, 0x02, 0x03, 0x04, 0x05, 0x06:
		named := []rune{tea.KeyUp, tea.KeyDown, tea.KeyPgUp, tea.KeyPgDown, tea.KeyHome, tea.KeyEnd}
		return tea.KeyPressMsg{Code: named[c-1]}
	case 0x11: // ctrl+ the next letter
		return tea.KeyPressMsg{Code: rune('a' + next()%26), Mod: tea.ModCtrl}
	}
	r, size := utf8.DecodeRune(b[*i:])
	*i += size - 1
	if r == utf8.RuneError && size <= 1 {
		r = rune(c) // a lone byte: the Latin-1 character of that number
	}
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

// A web address refused for a backtick says so, rather than calling an
// https address "not an http(s) address".
func TestRefusedURLSaysWhichCharacter(t *testing.T) {
	if got := urlRefusal("https://example.org/a`b"); got != " holds \"`\", which no web address holds" {
		t.Errorf("backtick: %q", got)
	}
	if got := urlRefusal("javascript:alert(1)"); got != " is not an http(s) address" {
		t.Errorf("javascript: %q", got)
	}
}
