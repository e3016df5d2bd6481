package markup

import (
	"reflect"
	"testing"
)

// A filmography as such tables are written: a header row, a year that
// spans two rows, a row header cell, attributes before a cell's pipe, a
// link with a pipe inside a cell, and a ref in the last cell.
const filmography = `Her screen work:
{| class="wikitable sortable plainrowheaders"
|+ Film and television
|-
! scope="col" | Year
! scope="col" | Title
! scope="col" class="unsortable" | Role
|-
| rowspan="2" | 1983–85
! scope="row" | ''[[Harbour Lights (TV series)|Harbour Lights]]''
| director
|-
! scope="row" | ''The Long Tide''
| writer<ref>{{cite web |title=Credits |access-date=3 May 2019}}</ref>
|-
| style="text-align:center" | 1991 || ''Quarry'' || producer
|}
Later work followed.`

func TestWikitextTableRowsReadAcross(t *testing.T) {
	doc := ReadWikitext([]byte(filmography))
	want := []string{
		"Her screen work:",
		"Film and television",
		"1983–85 · Harbour Lights · director",
		"1983–85 · The Long Tide · writer[1]",
		"1991 · Quarry · producer",
		"Later work followed.",
	}
	if got := paragraphs(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", got, want)
	}
	if len(doc.References) != 1 || doc.References[0].Citation().Title != "Credits" {
		t.Errorf("references = %+v", doc.References)
	}
}

func TestWikitextDefinitionListTermLeadsItsDescription(t *testing.T) {
	src := "The standard grew in steps.\n\n" +
		"=== Milestones ===\n" +
		"; 24 November 1995\n" +
		": Version 2.0 was published as [[Request for Comments|RFC]] 1866.<ref>Spec.</ref>\n" +
		"; May 1996 : Tables were added.\n" +
		"; 1997\n\n" +
		"== Later ==\n" +
		"* 1999: A further edition.\n"
	want := []string{
		"The standard grew in steps.",
		"24 November 1995: Version 2.0 was published as RFC 1866.[1]",
		"May 1996: Tables were added.",
		"1997", // a term with no description is kept as it is
		"1999: A further edition.",
	}
	if got := paragraphs(ReadWikitext([]byte(src))); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", got, want)
	}
}

func TestWikitextFileCaptions(t *testing.T) {
	src := "[[File:Old town hall.jpg|thumb|upright=1.2|alt=A brick hall|The old town hall, rebuilt in [[1953]]]]\n" +
		"[[File:Flag.svg|20px|A flag of 1920]]\n" +
		"The town grew.[[File:Map.png|thumb|A map of 1880]] It kept growing.\n"
	want := []string{"The old town hall, rebuilt in 1953", "The town grew. It kept growing."}
	if got := paragraphs(ReadWikitext([]byte(src))); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestWikitextGalleryCaptions(t *testing.T) {
	src := "The pier.\n<gallery mode=\"packed\" heights=\"150\">\nFile:Pier 1927.jpg|The pier before the storm of [[1927]]\n" +
		"File:Pier 1930.jpg|alt=A rebuilt pier|The pier, rebuilt in 1930<ref>Town records.</ref>\nFile:Pier map.png\n</gallery>\nIt stands today."
	doc := ReadWikitext([]byte(src))
	want := []string{"The pier.", "The pier before the storm of 1927", "The pier, rebuilt in 1930[1]", "It stands today."}
	if got := paragraphs(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if len(doc.References) != 1 {
		t.Errorf("references = %+v", doc.References)
	}
}
