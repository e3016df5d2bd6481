package parse

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// hostileShapes are the inputs of issue 18 whose cost was not linear: each
// repeats one unit to the size asked (see scripts/hostile-shapes.py, which
// writes the same shapes for the whole-process table).
var hostileShapes = []struct{ name, unit string }{
	{"years.txt", "1991 "},
	{"notea.txt", "In 1991 it rained.[a] "},
	{"note1.txt", "In 1991 it rained.[note 1] "},
	{"cn.txt", "In 1991 it rained.[citation needed] "},
	{"bigmark.txt", "In 1991 it rained.[1234567] "},
	{"ones.txt", "1 "},
	{"comment.wiki", "In 1991 x.<!-- "},
	{"ref.wiki", "In 1991 x.<ref>"},
	{"link.wiki", "[[In 1991 x|"},
	{"tmpl.wiki", "{{{In 1991 "},
	{"star.md", "*In 1991 "},
	{"tick.md", "`In 1991 "},
	{"fnref.md", "In 1991 x.[^"},
	{"cite.html", `<a href="#cite_note-1">In 1991 `},
	{"quote.md", "> "},
	{"footnotes.md", ""}, // numbered footnotes, each defined: footnoteInput
	{"zh.txt", "在1991年下雨，"},
	{"wrap.txt", "in 1991 it rained and\n"}, // one paragraph hard-wrapped: each line continues the last
	{"distinct.txt", "-"},                   // sentences of dates of their own, none repeating the last: distinctInput
}

func hostileInput(unit string, size int) []byte {
	switch unit {
	case "":
		return footnoteInput(size)
	case "-":
		return distinctInput(size)
	}
	return []byte(strings.ToValidUTF8(strings.Repeat(unit, size/len(unit)+1)[:size], ""))
}

// footnoteInput is a Markdown file of size bytes where every sentence cites
// its own footnote, numbered on past the 100,000th.
func footnoteInput(size int) []byte {
	var b []byte
	for i := 0; len(b) < size; i++ {
		b = fmt.Appendf(b, "In 1991 x.[^%d]\n\n[^%d]: note.\n\n", i, i)
	}
	return b[:size]
}

// distinctInput is size bytes of sentences each stating a year of its own,
// so that no event repeats the one before it (repeats.go) and every one is
// kept: the most events a text can make.
func distinctInput(size int) []byte {
	var b []byte
	for i := 0; len(b) < size; i++ {
		b = fmt.Appendf(b, "In %d it rained. ", 1000+i%2000)
	}
	return b[:size]
}

// hostileSizes are the input sizes, in bytes: ANNALS_HOSTILE_MB="1 4 16"
// grows them as issue 18 asks; the default keeps CI's single run short.
func hostileSizes() []int {
	env := strings.Fields(os.Getenv("ANNALS_HOSTILE_MB"))
	if len(env) == 0 {
		return []int{256 << 10}
	}
	var out []int
	for _, f := range env {
		mb, err := strconv.ParseFloat(f, 64)
		if err == nil && mb > 0 {
			out = append(out, int(mb*(1<<20)))
		}
	}
	return out
}

// BenchmarkHostileShapes parses each hostile shape at growing sizes: linear
// cost shows as a flat MB/s and B/op per byte across sizes.
func BenchmarkHostileShapes(b *testing.B) {
	for _, sh := range hostileShapes {
		for _, size := range hostileSizes() {
			src := hostileInput(sh.unit, size)
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Parse(src, Options{Source: sh.name}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
