package markup

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// The footnotes read in linear time are numbered, kept and ordered as
// goldmark's own extension numbers, keeps and orders them: by first use,
// the first definition of a label, uncited ones left out, a reference to
// no definition left as text, an image mark before one kept.
func TestFootnotesReadAsTheExtensionReadsThem(t *testing.T) {
	src := []byte(strings.Join([]string{
		"In 1991 it rained.[^b] Then[^a] and again[^b], and ![^c] and [^missing].",
		"> Quoted [^q].\n>\n> [^q]: Inside a quote.",
		"[^a]: First a.", "[^b]: Bee.", "[^a]: Second a.", "[^unused]: Never cited.", "[^c]: See.",
		"Last[^c].",
	}, "\n\n"))
	want := footnoteShape(goldmark.New(goldmark.WithExtensions(extension.Footnote)).Parser().Parse(text.NewReader(src)), src)
	got := footnoteShape(mdParser.Parse(text.NewReader(src)), src)
	if got != want {
		t.Errorf("footnotes read\n%s\nthe extension reads\n%s", got, want)
	}
	if !strings.Contains(want, "link 3") || !strings.Contains(want, "note q 4: Inside a quote.") {
		t.Fatalf("the fixture does not show what it should: %s", want)
	}
}

// footnoteShape lists the footnote links of a document and its footnote
// list, in document order, with the text around them.
func footnoteShape(doc gast.Node, src []byte) string {
	var b strings.Builder
	gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.FootnoteLink:
			fmt.Fprintf(&b, "link %d\n", n.Index)
		case *east.Footnote:
			fmt.Fprintf(&b, "note %s %d: %s\n", n.Ref, n.Index, (&mdReader{src: src}).inline(n.FirstChild()))
			return gast.WalkSkipChildren, nil
		case *gast.Text:
			fmt.Fprintf(&b, "text %q\n", n.Value(src))
		}
		return gast.WalkContinue, nil
	})
	return b.String()
}
