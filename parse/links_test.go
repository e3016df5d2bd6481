package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// linkTitlesIn parses src and returns the linked titles of the first event
// whose text holds want.
func linkTitlesIn(t *testing.T, src string, format markup.Format, source, want string) []model.Link {
	t.Helper()
	tl, err := Parse([]byte(src), Options{Source: source, Format: format})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tl.Events {
		if e.Date.Start.Year == 0 {
			continue
		}
		if strings.Contains(e.Text, want) {
			return e.Links
		}
	}
	t.Fatalf("no event holds %q in %+v", want, tl.Events)
	return nil
}

func TestLinksFromWikitextKeepShownText(t *testing.T) {
	src := "'''Ostend''' is a town.\n\nIn March 2004 the mayor [[Marie-Louise Verbeke|Verbeke]] met [[Ghent]] councillors and the [[Flemish Parliament]].\n\nIn 2006 nothing was linked here.\n"
	links := linkTitlesIn(t, src, markup.Wikitext, "wiki:nl:Oostende", "March 2004")
	want := []model.Link{
		{Title: "Marie-Louise Verbeke", Lang: "nl", Text: "Verbeke"},
		{Title: "Ghent", Lang: "nl", Text: "Ghent"},
		{Title: "Flemish Parliament", Lang: "nl", Text: "Flemish Parliament"},
	}
	if !slices.Equal(links, want) {
		t.Errorf("links = %+v, want %+v", links, want)
	}
	if got := linkTitlesIn(t, src, markup.Wikitext, "wiki:nl:Oostende", "2006"); len(got) != 0 {
		t.Errorf("a sentence without links has %+v", got)
	}
}

func TestLinksFromHTMLAnchorsToArticles(t *testing.T) {
	src := `<html><body><p>On 4 May 2011 <a href="/wiki/Anna_Kowalska">the painter</a> opened a gallery in <a href="./Kraków">Kraków</a> with <a href="https://example.org/x">a sponsor</a>.</p></body></html>`
	links := linkTitlesIn(t, src, markup.HTML, "gallery.html", "2011")
	want := []model.Link{{Title: "Anna Kowalska", Text: "the painter"}, {Title: "Kraków", Text: "Kraków"}}
	if !slices.Equal(links, want) {
		t.Errorf("links = %+v, want %+v (an outside URL is no article)", links, want)
	}
}

func TestLinksFromPlainTextGluedLine(t *testing.T) {
	src := "Harbour towns\n\nIn June 1998 Pieter Janssens visited Antwerp and Rotterdam.[1] The Port Authority grew in 2001.\n\nAntwerpPieter JanssensPort of RotterdamScheldtZeebruggeBruges Town HallFlanders RegionLeuven UniversityMechelen StationGhent AltarpieceDinant CitadelNamur FortressLiège Airport\n"
	links := linkTitlesIn(t, src, markup.Text, "towns.txt", "1998")
	var titles []string
	for _, l := range links {
		titles = append(titles, l.Title)
	}
	if want := []string{"Pieter Janssens", "Antwerp"}; !slices.Equal(titles, want) {
		t.Errorf("titles = %q, want %q (a name of the link line absent from the sentence is no link)", titles, want)
	}
}

func TestLinksMatchWholeWordsOnly(t *testing.T) {
	d := &linkDict{byWord: newFilteredMap(map[string][]linkEntry{"Gent": {{text: "Gent", title: "Ghent"}}})}
	d.first['G'] = true
	if got := d.find("In 1990 Gentbrugge grew.", "en"); len(got) != 0 {
		t.Errorf("a link inside a longer word matched: %+v", got)
	}
	if got := d.find("In 1990 Gent grew.", "en"); len(got) != 1 || got[0].Title != "Ghent" {
		t.Errorf("find = %+v", got)
	}
}

// FuzzLinksFromTokens is the oracle of findTokens, the extractor's fast
// finder: it must give what find, which reads every byte, gives.
func FuzzLinksFromTokens(f *testing.F) {
	for _, s := range []string{
		"In 1991 Jacques Brotchi met the Université de Liège staff in Ghent.",
		"l'Université de Liège opened in 1817; 10km from Zeebrugge, Bruges Town Hall.",
		"Ghent's port, 4.898 tonnes, the 1980s Scheldt-Bruges line, Ａntwerp, éGhent.",
		"naïve Bruges\u0301 Town Hall and Dinant\u0900Citadel in 2001",
	} {
		f.Add(s)
	}
	doc := &markup.Doc{Links: []string{"Ghent", "Jacques Brotchi", "Université de Liège", "Zeebrugge",
		"Bruges Town Hall", "Scheldt", "1980s Revival", "Liège", "Citadel", "898 Club", "s Port"}}
	d := newLinkDict(doc)
	f.Fuzz(func(t *testing.T, s string) {
		want := d.find(s, "en")
		got := d.findTokens(s, tokenize(s, nil), "en", nil)
		if !slices.Equal(got, want) {
			t.Fatalf("findTokens(%q) = %+v, find = %+v", s, got, want)
		}
	})
}

// The events of a sentence too long to show whole hold a window of it, and
// the links of that window: a name linked at the far end of the sentence
// is no link of a date at its start.
func TestLinksOfALongSentenceAreTheWindowsOwn(t *testing.T) {
	filler := strings.Repeat("and the harbour works went on for many more years ", 40)
	src := "Harbour towns\n\nIn June 1998 Pieter Janssens visited the quay, " + filler + "until Zeebrugge opened a terminal in March 2004.\n\nPieter JanssensZeebruggeAntwerp PortScheldt RiverBruges Town HallFlanders RegionLeuven UniversityMechelen StationGhent AltarpieceDinant CitadelNamur FortressLiège Airport\n"
	tl, err := Parse([]byte(src), Options{Source: "towns.txt", Format: markup.Text})
	if err != nil {
		t.Fatal(err)
	}
	titles := map[int][]string{}
	for _, e := range tl.Events {
		for _, l := range e.Links {
			titles[int(e.Date.Start.Year)] = append(titles[int(e.Date.Start.Year)], l.Title)
		}
	}
	if got := titles[1998]; !slices.Equal(got, []string{"Pieter Janssens"}) {
		t.Errorf("1998's links = %q, want only the name in its window", got)
	}
	if got := titles[2004]; !slices.Equal(got, []string{"Zeebrugge"}) {
		t.Errorf("2004's links = %q, want only the name in its window", got)
	}
}
