package markup

import (
	"strings"
	"testing"
	"time"
)

// TestHostileInputIsFast feeds each reader input built to make a naive
// parser quadratic or deeply recursive.
func TestHostileInputIsFast(t *testing.T) {
	const n = 200000
	for name, src := range map[string]string{
		"open braces":   strings.Repeat("{{", n),
		"nested braces": strings.Repeat("{{a|", n/4) + strings.Repeat("}}", n/4),
		"open links":    strings.Repeat("[[", n),
		"nested links":  strings.Repeat("[[File:a|", n/4) + strings.Repeat("]]", n/4),
		"open refs":     strings.Repeat("<ref>", n/2),
		"open tags":     strings.Repeat("<nowiki>", n/2) + strings.Repeat("<math>", n/2),
		"open comments": strings.Repeat("<!--", n),
		"brackets":      strings.Repeat("[", n) + strings.Repeat("](", n),
		"html nesting":  strings.Repeat("<div><span><sup class=reference>", n/10),
		"many refs":     strings.Repeat("Text.<ref name=\"a\">{{cite web|title=x|url=http://x}}</ref><ref name=a/> ", n/20),
	} {
		for _, f := range []Format{Wikitext, HTML, Markdown} {
			start := time.Now()
			if _, err := Read([]byte(src), f); err != nil && f != HTML {
				t.Fatal(err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s as %s: %v", name, f, d)
			}
		}
	}
}

func BenchmarkReadWikitext(b *testing.B) {
	src := []byte(strings.Repeat(string(mustRead(b, "relations.wiki")), 50))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ReadWikitext(src)
	}
}

func BenchmarkReadHTML(b *testing.B) {
	src := mustRead(b, "relations-parsoid.html")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(src); err != nil {
			b.Fatal(err)
		}
	}
}
