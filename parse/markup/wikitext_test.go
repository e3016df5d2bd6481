package markup

import (
	"reflect"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

func paragraphs(d *Doc) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind == Paragraph {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestWikitextInline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[[Zhu Rongji|Zhu]] met [[Qian Qichen]] in [[Brussels]]. [[Cat]]s purr.", "Zhu met Qian Qichen in Brussels. Cats purr."},
		{"'''Bold''' and ''italic'' and '''''both'''''.", "Bold and italic and both."},
		{"The [http://example.org/a site] and [http://example.org/b].", "The site and."},
		{"Opened on {{Start date|1971|10|25}}, built {{circa|1900}}.", "Opened on 25 October 1971, built c. 1900."},
		{"Born {{birth date|1950|5|3|df=y}}, died {{death date and age|2001|7|9|1950|5|3}}.", "Born 3 May 1950, died 9 July 2001."},
		{"Since {{start date|1991|4}} and {{Start date|1992}}.", "Since April 1991 and 1992."},
		{"Named {{lang|zh|中国}} or {{lang-fr|Chine}} ({{nowrap|a b}}).", "Named 中国 or Chine (a b)."},
		{"About {{convert|5|to|10|km|mi}} long, {{convert|300|sqkm}}.", "About 5 to 10 km long, 300 km²."},
		{"It grew{{citation needed|date=July 2020}}.{{Use dmy dates|date=March 2021}}", "It grew."},
		{"{{as of|2020|5}}, trade was worth {{US$|5 million}}.", "As of May 2020, trade was worth US$5 million."},
		{"Prices rose {{ndash}} fast{{nbsp}}today.", "Prices rose – fast today."},
		{"A <span style=\"color:red\">red</span> word<br />here.", "A red word here."},
		{"Text<!-- hidden 1999 --> more.", "Text more."},
		{"Code <nowiki>[[not a link]]</nowiki>.", "Code [[not a link]]."},
		{"Math <math>x^{2}</math> gone.", "Math gone."},
		{"See [[:Category:Foo|the category]] and [[wikt:word|word]].", "See the category and word."},
		{"In [[Paris (France)|]] and {{ill|Jean Dupont|fr|Jean Dupont (diplomate)}}.", "In Paris and Jean Dupont."},
		{"Flag {{flagicon|Belgium}} {{flag|Belgium}}.", "Flag Belgium."},
		{"Empty ({{IPA|/x/}}) parens.", "Empty parens."},
		{"Unclosed {{template and [[link text.", "Unclosed {{template and [[link text."},
	} {
		doc := ReadWikitext([]byte(tc.in))
		got := strings.Join(paragraphs(doc), "\n")
		if got != tc.want {
			t.Errorf("%q\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestWikitextDropsBlocks(t *testing.T) {
	src := `{{Infobox country
| name = Belgium
| established = {{start date|1830}}
}}
[[File:Map.png|frameless|A map of 1999.]]
[[File:Icon.svg|20px|An icon of 1999]]
Prose stays.
{{Navbox|title=Foreign relations|list1=[[1999 treaty]]}}
[[Category:Foreign relations]]
[[fr:Relations extérieures]]
{{DEFAULTSORT:Belgium}}
__NOTOC__`
	doc := ReadWikitext([]byte(src))
	if got := paragraphs(doc); !reflect.DeepEqual(got, []string{"Prose stays."}) {
		t.Errorf("paragraphs = %q", got)
	}
	if len(doc.Links) != 0 {
		t.Errorf("links from non-prose: %q", doc.Links)
	}
}

func TestWikitextHeadingsAndLists(t *testing.T) {
	src := "Lead.\n\n== History ==\nOne line\nsame paragraph.\n\n=== Early years ===\n* First item.\n** Nested item.\n# Numbered.\n; Term : definition.\n\n==== Deep ====\nText.\n== References ==\n{{reflist}}\n=== Sources ===\n* A book, 1999.\n== Legacy ==\nAfter the tail."
	doc := ReadWikitext([]byte(src))
	var got []string
	for _, b := range doc.Blocks {
		s := b.Text
		if b.Kind == Heading {
			s = strings.Repeat("=", b.Level) + " " + s
		}
		got = append(got, s)
	}
	want := []string{"Lead.", "== History", "One line same paragraph.", "=== Early years", "First item.", "Nested item.",
		"Numbered.", "Term: definition.", "==== Deep", "Text.", "== Legacy", "After the tail."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks\n got %q\nwant %q", got, want)
	}
}

// TestWikitextRefForms numbers every form of reference by first use, as
// Wikipedia does, with grouped notes after the main list.
func TestWikitextRefForms(t *testing.T) {
	src := `A.<ref name="later" /> B.<ref group="note">A note.</ref> C.<ref>{{cite news |title=Old aliases |url=http://example.org/c |work=The Paper |date=1 May 2001 |accessdate=2 May 2001 |archiveurl=https://web.archive.org/web/2001/http://example.org/c |archivedate=3 May 2001}}</ref> D.<ref name="later">Defined later, 2005.</ref> E.{{r|listed}} F.{{#tag:ref|Tagged ref.|name=tag}} G.<ref name=tag/> H.{{sfn|Smith|Jones|2010|pp=4–5}} I.{{sfn|Smith|Jones|2010|pp=4–5}} J.<ref name="listed2" group="note"/>

== References ==
<references>
<ref name="listed">{{cite journal |title=From the list |journal=J |year=1999 |url=https://example.org/j}}</ref>
</references>
<references group="note">
<ref name="listed2" group="note">Listed note.</ref>
</references>`
	doc := ReadWikitext([]byte(src))
	want := "A.[1] B.[6] C.[2] D.[1] E.[3] F.[4] G.[4] H.[5] I.[5] J.[7]"
	if got := strings.Join(paragraphs(doc), "\n"); got != want {
		t.Errorf("prose\n got %q\nwant %q", got, want)
	}
	wantRefs := []model.Reference{
		{N: 1, Text: "Defined later, 2005."},
		{N: 2, Cite: &model.Citation{Title: "Old aliases", URL: "http://example.org/c", Publisher: "The Paper",
			Date: "1 May 2001", AccessDate: "2 May 2001",
			ArchiveURL: "https://web.archive.org/web/2001/http://example.org/c", ArchiveDate: "3 May 2001", URLStatus: "dead"}},
		{N: 3, Cite: &model.Citation{Title: "From the list", URL: "https://example.org/j", Publisher: "J", Date: "1999"}},
		{N: 4, Text: "Tagged ref."},
		{N: 5, Text: "Smith & Jones 2010, pp. 4–5."},
		{N: 6, Text: "A note."}, // the group's notes follow the main list
		{N: 7, Text: "Listed note."},
	}
	if !reflect.DeepEqual(doc.References, wantRefs) {
		t.Errorf("references\n got %+v\nwant %+v", doc.References, wantRefs)
	}
}

func TestWikitextDatesInRefsStayOut(t *testing.T) {
	src := "Trade grew.<ref>{{cite web |title=Report of 12 March 1999 |date=12 March 1999 |url=http://x.org}}</ref> It fell.<ref>Le Monde, 4 April 2004.</ref>"
	doc := ReadWikitext([]byte(src))
	for _, p := range paragraphs(doc) {
		if strings.Contains(p, "1999") || strings.Contains(p, "2004") {
			t.Errorf("a date from a reference reached the prose: %q", p)
		}
	}
	if len(doc.References) != 2 {
		t.Errorf("%d references, want 2", len(doc.References))
	}
}
