package markup

import (
	"reflect"
	"testing"

	"github.com/annals-tui/annals/model"
)

// TestCiteTemplateFields reads what a book or a dead web page's citation
// gives beyond its title: authors in each spelling, the pages, the archive
// and whether the original URL has died.
func TestCiteTemplateFields(t *testing.T) {
	src := `A.<ref>{{cite book |last1=Dupont |first1=Marie |last2=Leroy |first2=Jean |title=A Port and its Trade |publisher=Acme Press |year=2001 |pages=12–15}}</ref>` +
		` B.<ref>{{cite web |vauthors=Smith J, Doe A |url=http://old.example.org/a |title=Gone |archive-url=https://web.archive.org/web/2010/http://old.example.org/a |archive-date=4 May 2010 |deadurl=yes}}</ref>` +
		` C.<ref>{{cite web |author=Ann Other |url=https://example.org/b |title=Still here |archive-url=https://web.archive.org/web/2012/https://example.org/b |url-status=live}}</ref>` +
		` D.<ref>{{cite news |url=https://example.org/c |title=No copy |url-status=dead |p=7}}</ref>` +
		` E.<ref>[https://example.org/d Bare page] {{webarchive |url=https://web.archive.org/web/2015/https://example.org/d |date=8 August 2015}}</ref>

== References ==
{{reflist}}`
	doc := ReadWikitext([]byte(src))
	want := []model.Reference{
		{N: 1, Title: "A Port and its Trade", Authors: []string{"Dupont, Marie", "Leroy, Jean"}, Publisher: "Acme Press", Date: "2001", Pages: "pp. 12–15"},
		{N: 2, Title: "Gone", Authors: []string{"Smith J", "Doe A"}, URL: "http://old.example.org/a",
			ArchiveURL: "https://web.archive.org/web/2010/http://old.example.org/a", ArchiveDate: "4 May 2010", URLStatus: "dead"},
		{N: 3, Title: "Still here", Authors: []string{"Ann Other"}, URL: "https://example.org/b",
			ArchiveURL: "https://web.archive.org/web/2012/https://example.org/b", URLStatus: "live"},
		{N: 4, Title: "No copy", URL: "https://example.org/c", Pages: "p. 7"}, // dead with no copy: nothing to open instead
		{N: 5, Title: "Bare page", URL: "https://example.org/d", Text: "Bare page",
			ArchiveURL: "https://web.archive.org/web/2015/https://example.org/d", ArchiveDate: "8 August 2015"},
	}
	if !reflect.DeepEqual(doc.References, want) {
		t.Errorf("references\n got %+v\nwant %+v", doc.References, want)
	}
	if !doc.References[1].Dead() || doc.References[2].Dead() || doc.References[3].Dead() {
		t.Errorf("Dead() = %v %v %v, want true false false", doc.References[1].Dead(), doc.References[2].Dead(), doc.References[3].Dead())
	}
}
