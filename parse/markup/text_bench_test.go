package markup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// plainTextArticles makes about size bytes of plain-text articles in the
// shapes ReadText reads (titles, page chrome, "==" and "[edit]" and bare
// headings, paragraphs with [n] markers, hard-wrapped lines, a glued line
// of link titles, a reference list), from made-up words: no real article.
func plainTextArticles(size int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the relations between both countries began improve during visits from high ranking " +
		"government officials trade grew embassy opened treaty signed minister president agreement cooperation " +
		"culture economic bilateral consulate delegation 1980s 1991 2009 2019 per cent São Paulo Zürich Łódź – “quoted”")
	names := strings.Fields("Zhu Rongji Qian Qichen Brussels Guangzhou Hong Kong Shanghai Albert Philippe Dehaene " +
		"Verhofstadt Xi Jinping Expo Uyghurs McDonald MacArthur Émile Zola Åland Taiwan Brotchi")
	starts := strings.Fields("The In Trade Relations Both After Since")
	sentence := func(b *strings.Builder, ref int) {
		b.WriteString(starts[rng.IntN(len(starts))])
		for n := 8 + rng.IntN(20); n > 0; n-- {
			b.WriteByte(' ')
			if rng.IntN(6) == 0 {
				b.WriteString(names[rng.IntN(len(names))])
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
		}
		fmt.Fprintf(b, ".[%d] ", ref)
	}
	var b strings.Builder
	for art := 0; b.Len() < size; art++ {
		fmt.Fprintf(&b, "Country %d–Country %d relations\n\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n\n", art, art+1)
		ref := 1
		for sec := 0; sec < 6; sec++ {
			switch sec % 3 {
			case 0:
				fmt.Fprintf(&b, "== Section %d ==\n\n", sec)
			case 1:
				fmt.Fprintf(&b, "History %d[edit]\n\n", sec)
			default:
				fmt.Fprintf(&b, "Early contacts\n\n")
			}
			for p := 2 + rng.IntN(4); p > 0; p-- {
				for s := 1 + rng.IntN(6); s > 0; s-- {
					sentence(&b, ref)
					ref++
				}
				if rng.IntN(5) == 0 { // a hard-wrapped paragraph
					b.WriteString("and a line that\nwraps onto the next")
				}
				b.WriteString("\n\n")
			}
		}
		for n := 40 + rng.IntN(200); n > 0; n-- { // the glued link titles
			b.WriteString(names[rng.IntN(len(names))])
			if rng.IntN(3) == 0 {
				b.WriteString(" " + names[rng.IntN(len(names))])
			}
		}
		b.WriteString("\n\nReferences[edit]\n\n")
		for r := 1; r < ref; r++ {
			fmt.Fprintf(&b, "^ \"Source %d\". The Times. Retrieved 3 May 2021. https://example.org/%d\n", r, r)
		}
		b.WriteString("\nExternal links[edit]\n\nA link list line\n\n")
	}
	return []byte(b.String())
}

// BenchmarkReadText reads about 20 MB of plain text, detecting its format,
// as Read does for a text whose name says nothing.
func BenchmarkReadText(b *testing.B) {
	src := plainTextArticles(20 << 20)
	if f := Detect(src); f != Text {
		b.Fatalf("the benchmark text reads as %s", f)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(src, Auto); err != nil {
			b.Fatal(err)
		}
	}
}
