package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/export"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse"
	"github.com/annals-tui/annals/tui"
)

// payload is what a crafted article carries to take over a terminal: window
// title sets (OSC 0 and 2), a clipboard write (OSC 52), CSI (clear screen,
// colour), DCS, BEL, the 8-bit CSI (U+009B) and bidirectional overrides.
const payload = "\x1b]0;pwned title\x07" + "\x1b]2;pwned title 2\x1b\\" + "\x1b]52;c;cm0gLXJmIH4=\x07" +
	"\x1b[2J\x1b[31m" + "\x1bP1$r0m\x1b\\" + "\x07" + "\u009b31m" + "\u202e" + "\u2066"

// entities spells the same controls as character references, which the
// HTML, wikitext and Markdown readers decode.
const entities = "&#27;]0;pwned&#7; &#x1b;[2J &#x9b;31m &#8238; &#x2066;"

func hostileArticles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	P := payload
	files := map[string]string{
		"text": "Hostile" + P + " article\n\nIn April 1991, Zhu" + P + " Rongji visited Brussels" + P + ".[1] " +
			"In March 1992, Qian Qichen visited" + P + " Beijing.[2]\n",
		"wikitext": "'''Hostile" + P + "''' article.\n== History" + P + " ==\n" +
			"In April 1991, Zhu" + P + " Rongji visited Brussels" + P + ".<ref>{{cite web |url=https://example.org/a" + P +
			" |title=A" + P + " title |publisher=P" + P + "}}</ref> In March 1992, Qian Qichen " + entities +
			" visited Beijing.<ref>{{cite web |url=javascript:alert(1) |title=B " + entities + "}}</ref>\n== References ==\n{{reflist}}\n",
		"html": "<html><head><title>Hostile" + P + "</title></head><body><div class=mw-parser-output><h2>History" + P + "</h2>" +
			"<p>In April 1991, Zhu" + P + " Rongji visited Brussels " + entities + ".<sup class=reference><a href=#cite_note-1>[1]</a></sup></p>" +
			"<p>In March 1992, Qian Qichen visited Beijing" + P + ".</p><ol class=references><li id=cite_note-1><span class=reference-text>" +
			"<a class=external href='https://example.org/a" + P + "'>A" + P + " title " + entities + "</a></span></li></ol></div></body></html>",
		"markdown": "# Hostile" + P + "\n\n## History" + P + "\n\nIn April 1991, Zhu" + P + " Rongji visited [Brussels" + P +
			"](https://example.org/" + P + ").[^1] In March 1992, Qian Qichen " + entities + " visited Beijing.\n\n[^1]: A" + P +
			" title https://example.org/a\n",
	}
	ext := map[string]string{"text": ".txt", "wikitext": ".wiki", "html": ".html", "markdown": ".md"}
	paths := map[string]string{}
	for kind, body := range files {
		// The file name carries the payload too: it is shown as the source.
		p := filepath.Join(dir, "evil"+strings.ReplaceAll(payload, "/", "")+"-"+kind+ext[kind])
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[kind] = p
	}
	return paths
}

// controlLike reports the first character of s that could drive a
// terminal: C0 controls other than newline, tab and (for ics/csv line ends)
// CR, DEL, C1 controls, bidirectional controls, and invalid UTF-8.
func controlLike(s string, allowCR bool) (string, bool) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return "invalid UTF-8", true
		case r == '\n' || r == '\t' || r == '\r' && allowCR:
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			return fmt.Sprintf("control %U", r), true
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			return "bidi control", true
		}
	}
	return "", false
}

func mustBeClean(t *testing.T, what, s string, allowCR bool) {
	t.Helper()
	if bad, found := controlLike(s, allowCR); found {
		i := strings.IndexFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
		})
		t.Errorf("%s carries a %s at byte %d: %q", what, bad, i, s[max(0, i-40):min(len(s), i+40)])
	}
}

// The model never holds a control character, whatever the format.
func TestParseOutputHoldsNoControls(t *testing.T) {
	for kind, p := range hostileArticles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tl, err := parse.Parse(b, parse.Options{Source: "x"})
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if len(tl.Events) == 0 {
			t.Fatalf("%s: no events: the test would prove nothing", kind)
		}
		noC := func(what, s string) {
			if i := strings.IndexFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f }); i >= 0 {
				t.Errorf("%s: %s holds control %q: %q", kind, what, s[i:i+1], s)
			}
		}
		noC("title", tl.Title)
		for _, e := range tl.Events {
			noC("text", e.Text)
			noC("summary", e.Summary)
			noC("section", e.Section)
			for _, n := range append(append(append([]string{}, e.People...), e.Places...), e.Orgs...) {
				noC("name", n)
			}
		}
		for _, r := range tl.References {
			c := r.Citation()
			for _, s := range []string{c.Title, c.URL, c.Publisher, c.Date, c.ArchiveURL, r.Text} {
				noC("reference", s)
			}
		}
	}
}

// list, every export format and the JSON carry no control sequence from
// the articles or their file names.
func TestListAndExportsAreClean(t *testing.T) {
	paths := hostileArticles(t)
	all := []string{paths["text"], paths["wikitext"], paths["html"], paths["markdown"]}
	for kind, p := range paths {
		for _, args := range [][]string{{p}, all} {
			what := kind
			if len(args) > 1 {
				what = "all four"
			}
			code, out, errs := runCLI(t, "", append([]string{"list"}, args...)...)
			if code != 0 || !strings.Contains(out, "1991-04") {
				t.Fatalf("%s: list: exit %d, %s\n%s", what, code, errs, out)
			}
			mustBeClean(t, what+": list", out, false)
			for _, f := range export.Formats() {
				code, out, errs := runCLI(t, "", append([]string{"export", "--format", f}, args...)...)
				if code != 0 || out == "" {
					t.Fatalf("%s: export %s: exit %d, %s", what, f, code, errs)
				}
				mustBeClean(t, what+": export "+f, out, f == "ics" || f == "csv")
			}
			// The raw JSON above holds no bidi control (it writes them as
			// \u202e); decoded, the values are the article's text, which
			// may hold them, but never a C0 or C1 control.
			tl := exportJSON(t, args...)
			values := []string{tl.Title, tl.Source}
			for _, e := range tl.Events {
				values = append(values, e.Source, e.Text, e.Summary, e.Section)
			}
			for _, v := range values {
				if i := strings.IndexFunc(v, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f }); i >= 0 {
					t.Errorf("%s: JSON value holds a control: %q", what, v)
				}
			}
		}
	}
	// The error line that names a hostile file shows its controls as escapes.
	missing := filepath.Join(t.TempDir(), "gone"+payload+".txt")
	_, _, errs := runCLI(t, "", "list", missing)
	mustBeClean(t, "error line", errs, false)
	if !strings.Contains(errs, `\x1b]0;pwned title\a`) {
		t.Errorf("error line hides the name: %q", errs)
	}
}

// sgr is the styling the browser draws itself; anything else that looks
// like a control sequence came from the article.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// The browser's view and window title hold nothing from the articles that
// could drive the terminal, in every pane and prompt, with and without colour.
func TestBrowserViewIsClean(t *testing.T) {
	paths := hostileArticles(t)
	ff := filterFlags{maxSize: data.DefaultMaxBytes}
	tl, err := ff.load([]string{paths["text"], paths["wikitext"], paths["html"], paths["markdown"]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	key := func(s string) tea.Msg {
		switch s {
		case "enter":
			return tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			return tea.KeyPressMsg{Code: tea.KeyEscape}
		case "tab":
			return tea.KeyPressMsg{Code: tea.KeyTab}
		}
		r, _ := utf8.DecodeRuneInString(s)
		return tea.KeyPressMsg{Code: r, Text: s}
	}
	for _, noColor := range []bool{false, true} {
		for _, size := range [][2]int{{120, 40}, {60, 20}, {200, 12}} {
			var opened []string
			var m tea.Model = tui.New(tl, model.Query{}, tui.Options{NoColor: noColor, Open: func(u string) error {
				opened = append(opened, u)
				return nil
			}})
			m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for step, k := range []string{"", "j", "enter", "esc", "s", "enter", "j", "enter", "esc", "G", "s", "enter", "esc",
				"?", "esc", "p", "esc", "/", "Z", "esc", "y", "esc", "tab", "tab"} {
				if k != "" {
					m, _ = m.Update(key(k))
				}
				v := m.(tui.Model).View()
				if step == 0 && !strings.Contains(sgr.ReplaceAllString(v.Content, ""), "Rongji") {
					t.Fatalf("the view does not show the articles, so proves nothing:\n%s", v.Content)
				}
				mustBeClean(t, "window title", v.WindowTitle, false)
				mustBeClean(t, "view after "+k+" (step "+string(rune('a'+step))+")", sgr.ReplaceAllString(v.Content, ""), false)
			}
			for _, u := range opened {
				if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
					t.Errorf("handed %q to the browser", u)
				}
				mustBeClean(t, "opened URL", u, false)
			}
		}
	}
}
