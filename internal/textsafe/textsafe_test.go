package textsafe

import (
	"strings"
	"testing"
)

// The four places that used to decide this disagreed on the marks U+200E,
// U+200F and U+061C and on whole escape sequences; one table holds them all.
func TestOneRuleForEveryOutput(t *testing.T) {
	cases := []struct{ in, text, line, quote string }{
		{"plain", "plain", "plain", "plain"},
		{"red \x1b[31mtext\x1b[0m", "red text", "red text", `red \x1b[31mtext\x1b[0m`},
		{"title \x1b]0;pwned\x07after", "title after", "title after", `title \x1b]0;pwned\aafter`},
		{"c1 \u009b31m csi", "c1  csi", "c1  csi", `c1 \u009b31m csi`},
		{"lrm\u200e rlm\u200f alm\u061c", "lrm rlm alm", "lrm rlm alm", `lrm\u200e rlm\u200f alm\u061c`},
		{"over\u202eride", "override", "override", `over\u202eride`},
		{"two\nlines\tand tab", "two\nlines\tand tab", "two lines and tab", `two\nlines\tand tab`},
		{"bad \xff byte", "bad \uFFFD byte", "bad \uFFFD byte", `bad \xff byte`},
		{"é – ok \uFFFD", "é – ok \uFFFD", "é – ok \uFFFD", "é – ok \uFFFD"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.text {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.text)
		}
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := Quote(c.in); got != c.quote {
			t.Errorf("Quote(%q) = %q, want %q", c.in, got, c.quote)
		}
	}
}

// FuzzLine holds Line and Quote to the rule: nothing unsafe, and nothing
// that breaks the line, ever leaves.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"\x1b[31m", "\u200e\u202e", "\xff\xfe", "a\r\nb", "\u009d8;;x\u009c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Line": Line(s), "Quote": Quote(s)} {
			if strings.ContainsFunc(out, func(r rune) bool { return Unsafe(r) || r == '\n' || r == '\t' }) {
				t.Fatalf("%s(%q) = %q keeps an unsafe rune", name, s, out)
			}
		}
	})
}
