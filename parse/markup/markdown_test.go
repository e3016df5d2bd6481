package markup

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

func TestReadMarkdown(t *testing.T) {
	doc := readFixture(t, "relations.md")
	if doc.Title != "Belgium–Chile relations" {
		t.Errorf("title = %q", doc.Title)
	}
	var got []Block
	for _, b := range doc.Blocks {
		got = append(got, Block{Kind: b.Kind, Level: b.Level, Text: b.Text})
	}
	want := []Block{
		{Kind: Paragraph, Text: "Belgium and Chile are old partners.[1] Both are members of the United Nations."},
		{Kind: Heading, Level: 2, Text: "History"},
		{Kind: Paragraph, Text: "Relations were established on 12 March 1851, when a Belgian consul arrived in Valparaíso.[2] Trade grew around 1900.[3]"},
		{Kind: Paragraph, Text: "After the coup of 1973 many exiles found refuge in Brussels.[3]"},
		{Kind: Heading, Level: 2, Text: "21st century"},
		{Kind: Paragraph, Text: "In 2015, the two governments signed an agreement on renewable_energy.[4]"},
		{Kind: Paragraph, Text: "In 2019, a Belgian firm opened a solar plant."},
		{Kind: Paragraph, Text: "2010 · 500"}, // a table's data row, read across
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n%s\nwant:\n%s", dumpBlocks(got), dumpBlocks(want))
	}
	wantRefs := []model.Reference{
		{N: 1, Text: `"Belgium and Chile", FPS Foreign Affairs, https://diplomatie.belgium.be/en/chile. Retrieved 3 May 2021.`,
			Cite: &model.Citation{URL: "https://diplomatie.belgium.be/en/chile"}},
		{N: 2, Text: "Marie Dupont, Belgians in the Andes (Leuven, 1998), p. 42."},
		{N: 3, Text: "Comercio con Bélgica, El Mercurio, 14 June 1999.",
			Cite: &model.Citation{URL: "http://www.example.cl/noticias/1999/comercio.html", Title: "Comercio con Bélgica"}},
		{N: 4, Text: "Joint statement, 2015."},
		// [^unused] is never cited: a renderer does not show it, nor do we
	}
	if !reflect.DeepEqual(doc.References, wantRefs) {
		t.Errorf("references\n got %+v\nwant %+v", doc.References, wantRefs)
	}
}

func TestMarkdownInline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Title\n\nSome *emphasis*, __strong__ and ~~struck~~ text.", "Some emphasis, strong and struck text."},
		{"A [link][ref] and [another][].\n\n[ref]: https://example.org\n[another]: /x", "A link and another."},
		{"An [undefined][] one.", "An [undefined][] one."}, // as CommonMark renders it
		{"Keep snake_case and 2 * 3 = 6.", "Keep snake_case and 2 * 3 = 6."},
		{"Escaped \\*stars\\* and <b>tags</b>.", "Escaped *stars* and tags."},
		{"> Quoted 1990 line.", "Quoted 1990 line."},
		{"    indented code 1999\n\nText.", "Text."},
	} {
		doc := ReadMarkdown([]byte(tc.in))
		got := ""
		for _, b := range doc.Blocks {
			got += b.Text
		}
		if got != tc.want {
			t.Errorf("%q\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// A YAML front matter gives the title and is no prose, whether or not the
// file ends with a newline; text after it keeps its offsets.
func TestMarkdownFrontMatter(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: \"Harbour chronicle\"\ndate: 2001-05-02\n---\nThe quay opened in 1850.\n",
		"---\ntitle: Harbour chronicle\n---",
	} {
		doc := ReadMarkdown([]byte(src))
		if doc.Title != "Harbour chronicle" {
			t.Errorf("%q: title %q", src, doc.Title)
		}
		for _, b := range doc.Blocks {
			if strings.Contains(b.Text, "2001") || strings.Contains(b.Text, "title") {
				t.Errorf("%q: the front matter is read as prose: %q", src, b.Text)
			}
			if want := strings.Index(src, "The quay"); b.Offset != want {
				t.Errorf("%q: block at %d, want %d", src, b.Offset, want)
			}
		}
	}
	if doc := ReadMarkdown([]byte("--- not a front matter\ntitle: x\n")); len(doc.Blocks) == 0 {
		t.Error("a first line that only starts with --- hides the text")
	}
}
