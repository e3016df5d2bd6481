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
		{N: 1, Cite: &model.Citation{Title: "A Port and its Trade", Authors: []string{"Dupont, Marie", "Leroy, Jean"},
			Publisher: "Acme Press", Date: "2001", Pages: "pp. 12–15"}},
		{N: 2, Cite: &model.Citation{Title: "Gone", Authors: []string{"Smith J", "Doe A"},
			URL: "http://old.example.org/a", ArchiveURL: "https://web.archive.org/web/2010/http://old.example.org/a",
			ArchiveDate: "4 May 2010", URLStatus: "dead"}},
		{N: 3, Cite: &model.Citation{Title: "Still here", Authors: []string{"Ann Other"}, URL: "https://example.org/b",
			ArchiveURL: "https://web.archive.org/web/2012/https://example.org/b", URLStatus: "live"}},
		{N: 4, Cite: &model.Citation{Title: "No copy", URL: "https://example.org/c", Pages: "p. 7"}}, // dead with no copy: nothing to open instead
		{N: 5, Text: "Bare page", Cite: &model.Citation{Title: "Bare page", URL: "https://example.org/d",
			ArchiveURL: "https://web.archive.org/web/2015/https://example.org/d", ArchiveDate: "8 August 2015"}},
	}
	if !reflect.DeepEqual(doc.References, want) {
		t.Errorf("references\n got %+v\nwant %+v", doc.References, want)
	}
	if !doc.References[1].Dead() || doc.References[2].Dead() || doc.References[3].Dead() {
		t.Errorf("Dead() = %v %v %v, want true false false", doc.References[1].Dead(), doc.References[2].Dead(), doc.References[3].Dead())
	}
}

// The citation templates of the French, German and Dutch Wikipedias give
// the same fields as CS1's, in their own words, with their own way of
// saying a link is dead.
func TestCiteTemplatesOfOtherWikipedias(t *testing.T) {
	src := `A.<ref>{{Lien web |langue=fr |auteur1=Claire Martin |titre=Le port en 1900 |url=http://ancien.example.fr/port |site=Gazette du Littoral |date=3 mars 2004 |consulté le=5 juin 2010 |archive-url=https://web.archive.org/web/2008/http://ancien.example.fr/port |brisé le=2012-01-01}}</ref>` +
		` B.<ref>{{Ouvrage |nom1=Lefèvre |prénom1=Paul |titre=Histoire du quai |éditeur=Éditions du Nord |année=1987 |passage=44}}</ref>` +
		` C.<ref>{{Internetquelle |autor=Hans Weber |url=https://beispiel.example.de/hafen |titel=Der Hafen |werk=Stadtblatt |datum=2001-05-06 |abruf=2019-02-03 |archiv-url=https://web.archive.org/web/2015/https://beispiel.example.de/hafen |archiv-datum=2015-07-08 |offline=ja}}</ref>` +
		` D.<ref>{{Literatur |Autor=Eva Braun-Lind |Titel=Kaufleute am Fluss |Verlag=Flussverlag |Jahr=1999 |Seiten=12–20}}</ref>` +
		` E.<ref>{{Citeer web |url=https://voorbeeld.example.nl/kade |titel=De kade |achternaam=Jansen |voornaam=Piet |uitgever=Havenkrant |datum=7 juli 1998 |bezochtdatum=1 april 2020 |archiefurl=https://web.archive.org/web/2011/https://voorbeeld.example.nl/kade |archiefdatum=9 mei 2011 |dodeurl=nee}}</ref>` +
		` F.<ref>[https://alt.example.de/seite Alte Seite] {{Webarchiv |url=https://alt.example.de/seite |wayback=20090303101010 |text=Archiv}}</ref>

== Einzelnachweise ==
<references />`
	doc := ReadWikitext([]byte(src))
	want := []model.Reference{
		{N: 1, Cite: &model.Citation{Title: "Le port en 1900", Authors: []string{"Claire Martin"},
			URL: "http://ancien.example.fr/port", Publisher: "Gazette du Littoral", Date: "3 mars 2004",
			AccessDate: "5 juin 2010", ArchiveURL: "https://web.archive.org/web/2008/http://ancien.example.fr/port", URLStatus: "dead"}},
		{N: 2, Cite: &model.Citation{Title: "Histoire du quai", Authors: []string{"Lefèvre, Paul"},
			Publisher: "Éditions du Nord", Date: "1987", Pages: "p. 44"}},
		{N: 3, Cite: &model.Citation{Title: "Der Hafen", Authors: []string{"Hans Weber"},
			URL: "https://beispiel.example.de/hafen", Publisher: "Stadtblatt", Date: "2001-05-06",
			AccessDate: "2019-02-03", ArchiveURL: "https://web.archive.org/web/2015/https://beispiel.example.de/hafen",
			ArchiveDate: "2015-07-08", URLStatus: "dead"}},
		{N: 4, Cite: &model.Citation{Title: "Kaufleute am Fluss", Authors: []string{"Eva Braun-Lind"},
			Publisher: "Flussverlag", Date: "1999", Pages: "pp. 12–20"}},
		{N: 5, Cite: &model.Citation{Title: "De kade", Authors: []string{"Jansen, Piet"},
			URL: "https://voorbeeld.example.nl/kade", Publisher: "Havenkrant", Date: "7 juli 1998",
			AccessDate: "1 april 2020", ArchiveURL: "https://web.archive.org/web/2011/https://voorbeeld.example.nl/kade",
			ArchiveDate: "9 mei 2011", URLStatus: "live"}},
		{N: 6, Text: "Alte Seite", Cite: &model.Citation{Title: "Alte Seite", URL: "https://alt.example.de/seite",
			ArchiveURL: "https://web.archive.org/web/20090303101010/https://alt.example.de/seite", ArchiveDate: "2009-03-03"}},
	}
	if !reflect.DeepEqual(doc.References, want) {
		for i := range max(len(want), len(doc.References)) {
			if i >= len(want) || i >= len(doc.References) || !reflect.DeepEqual(doc.References[i], want[i]) {
				var got, w model.Reference
				if i < len(doc.References) {
					got = doc.References[i]
				}
				if i < len(want) {
					w = want[i]
				}
				t.Errorf("reference %d\n got %+v\nwant %+v", i+1, got, w)
			}
		}
	}
	if !doc.References[0].Dead() || !doc.References[2].Dead() || doc.References[4].Dead() {
		t.Errorf("Dead() = %v %v %v, want true true false", doc.References[0].Dead(), doc.References[2].Dead(), doc.References[4].Dead())
	}
}
