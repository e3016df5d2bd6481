package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// peopleCase is an article of my own and the people each of its dates gets.
type peopleCase struct {
	name string
	src  string
	want map[string][]string // EDTF -> people
}

func checkPeople(t *testing.T, cases []peopleCase) {
	t.Helper()
	for _, c := range cases {
		tl := parseText(t, c.src)
		for when, want := range c.want {
			if got := eventByWhen(t, tl, when).People; !slices.Equal(got, want) {
				t.Errorf("%s, %s: people %q, want %q", c.name, when, got, want)
			}
		}
	}
}

func TestPronounsMeanTheSubjectOrThePersonJustNamed(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"born lead", "Hilda Varnum (born 3 May 1931) is a Welsh glassmaker. She opened a kiln in 1958. In 1970 her studio burned.",
			map[string][]string{"1958": {"Hilda Varnum"}, "1970": {"Hilda Varnum"}}},
		{"is lead", "Oswin Tarrant is a surveyor. He mapped the coast in 1901.",
			map[string][]string{"1901": {"Oswin Tarrant"}}},
		{"bold wikitext lead as text", "'''Roderick \"Rod\" Vance Jr.''' was a banker.\n\nIn 1933, he closed the branch.",
			map[string][]string{"1933": {`Roderick "Rod" Vance Jr.`}}},
		{"infobox name", "| name = Greta Holm\n| occupation = pilot\n\nIn 1940 she flew north.",
			map[string][]string{"1940": {"Greta Holm"}}},
		{"no subject: the person just named", "The mill changed hands often. Later Arnold Briggs bought it. In 1899 he sold it.",
			map[string][]string{"1899": {"Arnold Briggs"}}},
		{"gender picks the other person", "Harold Penn (born 1850) was a printer. Harold Penn hired Edith Crane. In 1880 she left.",
			map[string][]string{"1880": {"Edith Crane"}}},
		{"she before a name adds the subject", "Hilda Varnum (born 1931) is a glassmaker. In 1960 she and Tomas Reyes built a furnace.",
			map[string][]string{"1960": {"Tomas Reyes", "Hilda Varnum"}}},
	})
}

func TestLoneSurnameGoesToTheSalientBearer(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"subject over a relative", "Hilda Varnum (born 1931) is a glassmaker. She married Piet Varnum, a potter. In 1965 Varnum won a medal.",
			map[string][]string{"1965": {"Hilda Varnum"}}},
		{"the relative named in the sentence", "Hilda Varnum (born 1931) is a glassmaker. In 1966 Piet Varnum left; Varnum sailed.",
			map[string][]string{"1966": {"Piet Varnum"}}},
	})
}

func TestSpouseWordsMeanTheSpouse(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"her husband", "Hilda Varnum (born 1931) is a glassmaker. She married Piet Varnum. In 1970 she and her husband moved. In 1990 her husband died.",
			map[string][]string{"1970": {"Hilda Varnum", "Piet Varnum"}, "1990": {"Piet Varnum"}}},
	})
}

func TestThingsAreNotPeople(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"heads", "In 1901 Dunmore Rovers met Grafton Athletic at Kellan Stadium near Ashby Harbour, and Wilma Stone watched.",
			map[string][]string{"1901": {"Wilma Stone"}}},
		{"prizes and companies", "In 1950 the Harlow Prize went to Tessaly Brewery Co and Ida Marsh.",
			map[string][]string{"1950": {"Ida Marsh"}}},
		{"acronyms", "In 2003 the ZQX Tags draft named Oren Falk.",
			map[string][]string{"2003": {"Oren Falk"}}},
		{"a surname head keeps a given name", "In 1977 Damon Hill climbed Ravel Hill.",
			map[string][]string{"1977": {"Damon Hill"}}},
	})
}

func TestSubjectSurvivesChunkEdges(t *testing.T) {
	t.Parallel()
	const chunk = 4 << 10
	var b strings.Builder
	b.WriteString("Hilda Varnum (born 1931) is a glassmaker.\n\n")
	for i := 0; b.Len() < 6*chunk; i++ {
		fmt.Fprintf(&b, "The furnace at the works ran on coal and sand for a long time, as kilns do. Number %d.\n\n", i)
	}
	b.WriteString("In 1999 she retired.\n")
	tl, err := Parse([]byte(b.String()), Options{Source: "test.txt", ChunkBytes: chunk})
	if err != nil {
		t.Fatal(err)
	}
	if got := eventByWhen(t, tl, "1999").People; !slices.Equal(got, []string{"Hilda Varnum"}) {
		t.Errorf("far from the lead: people %q, want [Hilda Varnum]", got)
	}
}

func TestNamesComeCleanOfTitlesOfficesAndAdverbs(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"plural title", "In 1975, Presidents Oskar Lind and Petra Vell signed.", map[string][]string{"1975": {"Oskar Lind", "Petra Vell"}}},
		{"adverb", "In 1976, Recently Dunmoor resigned.", map[string][]string{"1976": nil}},
		{"glued office", "In 1977, the MinisterPetra Vell spoke.", map[string][]string{"1977": {"Petra Vell"}}},
		{"honorific", "In 1978, Mrs. Oskar Lind sang.", map[string][]string{"1978": {"Oskar Lind"}}},
		{"regnal of", "In 1601, Emperor Tal of Quen crossed the river.", map[string][]string{"1601": {"Tal of Quen"}}},
	})
}

func TestOneGivenNameIsAPersonBesideAKinWord(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"parents", "In 1980, her parents Ilse and Bertram moved.", map[string][]string{"1980": {"Ilse", "Bertram"}}},
		{"wife", "In 1981 his future wife Odile arrived.", map[string][]string{"1981": {"Odile"}}},
		{"no kin, no person", "In 1982 Odile arrived.", map[string][]string{"1982": nil}},
	})
}

func TestEachDateGetsThePeopleOfItsClause(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"two teachers", "In 1890 Rhea Moss studied with Ada Brand and, in Paris, with Olaf Senn in 1896.",
			map[string][]string{"1890": {"Rhea Moss", "Ada Brand"}, "1896": {"Olaf Senn"}}},
		{"the pronoun's person is in every clause", "Rhea Moss (born 1870) was a chemist. She lectured in Lyon in 1901, and the Kell Institute hired Olaf Senn in 1905.",
			map[string][]string{"1901": {"Rhea Moss"}, "1905": {"Olaf Senn", "Rhea Moss"}}},
	})
}

func TestOnePersonIsOneEntityNamedInFull(t *testing.T) {
	tl := parseText(t, "Johanna Ilse Varga-Brenner (born 1901) was a botanist. In 1930 Johanne Brenner won a prize. "+
		"In 1931 Brenner lectured. In 1932 Karl Brenner, her brother, spoke.")
	people := personEntities(tl)
	want := map[string]int{"Johanna Ilse Varga-Brenner": 3, "Karl Brenner": 1}
	if fmt.Sprint(people) != fmt.Sprint(want) {
		t.Errorf("people entities %v, want %v", people, want)
	}
}

func TestWorksAndFirmsByWhatSurroundsThem(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"italics", "In 1999 the duo released ''Kora Mela'' with Ines Dahl.", map[string][]string{"1999": {"Ines Dahl"}}},
		{"quotes", `In 2000 the single "Tamsin Blue" reached the charts, sung by Ines Dahl.`, map[string][]string{"2000": {"Ines Dahl"}}},
		{"founded", "In 1873 Ines Dahl founded Koru Tanten, a shop.", map[string][]string{"1873": {"Ines Dahl"}}},
		{"bare initial", "In 2013 the film F Sorrow starred Ines Dahl and John Q Public.", map[string][]string{"2013": {"Ines Dahl", "John Q Public"}}},
		{"unicode acronym", "In 2004 ΒΙΟΓΡΑΦΙΚΟ Ελενα appeared.", map[string][]string{"2004": nil}},
		{"birth name", "Ines Dahl (birth name Ines Marek) was a singer. In 1950 she sang.", map[string][]string{"1950": {"Ines Dahl"}}},
	})
}

func TestRawWikitextCitationsAndLinkedTitlesAreNotPeople(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"template", `In 1999 Ines Dahl sang {{cite news | title= Arvo Pent Kestrel | author= Oskar Lind}} that night.`,
			map[string][]string{"1999": {"Ines Dahl"}}},
		{"linked title in quotes", `In 2000 Ines Dahl covered "[[Tamsin Blue]]".`, map[string][]string{"2000": {"Ines Dahl"}}},
	})
}

func TestPronounsBesideRelativesAndNames(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"his son", "Harold Penn (born 1850) was a printer. In 1890 his son died.", map[string][]string{"1890": nil}},
		{"her late husband", "Hilda Varnum (born 1931) is a glassmaker. She married Piet Varnum. In 1990 her late husband was buried.",
			map[string][]string{"1990": {"Piet Varnum"}}},
		{"he after another name", "Harold Penn (born 1850) was a printer. In 1890 Edith Crane left, and he retired.",
			map[string][]string{"1890": {"Edith Crane", "Harold Penn"}}},
	})
}

func TestAPersonAfterEveryDateGoesWithTheNearestSegment(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"segments", "The club won the Shield in 1911, had its best years in the 1950s, under the coach Ada Brand.",
			map[string][]string{"1911": nil, "195X": {"Ada Brand"}}},
		{"one segment", "In 1990 and 1995, Ada Brand won the race.", map[string][]string{"1990": {"Ada Brand"}, "1995": {"Ada Brand"}}},
	})
}

// clauseIndex is how many clause breaks s holds: the plain form of
// clauseAt, its oracle.
func clauseIndex(s string) int {
	n := 0
	for _, b := range personClauseBreaks {
		n += strings.Count(s, b)
	}
	return n
}

func FuzzClauseAt(f *testing.F) {
	f.Add("He met Zhu in 1991; and, later, she met Qian, and then Li, but not Wen, while he, whereas in 2000", 40)
	f.Add(";;; and,, and , and ", 9)
	f.Fuzz(func(t *testing.T, text string, pos int) {
		if pos < 0 || pos > len(text)+2 {
			return
		}
		if got, want := clauseAt(clauseBreakEnds(text, nil), pos), clauseIndex(text[:min(pos, len(text))]); got != want {
			t.Fatalf("clauseAt(%q, %d) = %d, want %d", text, pos, got, want)
		}
	})
}

// A title the page sets in italics names a work, whatever it looks like,
// linked or not, in wikitext and in HTML.
func TestItalicTitlesAreNoPeople(t *testing.T) {
	wiki := "'''Ana Lisboa''' (born 4 May 1970) is a singer.\n\nIn 1999 she released ''[[Mera Me Ti Mera]]'', and in 2003 she starred in ''Noite Longa'' with [[Rui Costa]].\n"
	html := `<html><body><p><b>Ana Lisboa</b> (born 4 May 1970) is a singer.</p><p>In 1999 she released <i><a href="/wiki/Mera_Me_Ti_Mera">Mera Me Ti Mera</a></i>, and in 2003 she starred in <i>Noite Longa</i> with <a href="/wiki/Rui_Costa">Rui Costa</a>.</p></body></html>`
	for _, c := range []struct {
		name, src string
		format    markup.Format
	}{{"wikitext", wiki, markup.Wikitext}, {"html", html, markup.HTML}} {
		tl, err := Parse([]byte(c.src), Options{Source: "ana." + c.name, Format: c.format})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range tl.Events {
			for _, p := range e.People {
				if p == "Mera Me Ti Mera" || p == "Noite Longa" {
					t.Errorf("%s: %d lists the work %q among its people %q", c.name, e.Date.Start.Year, p, e.People)
				}
			}
			if e.Date.Start.Year == 2003 && !slices.Contains(e.People, "Rui Costa") {
				t.Errorf("%s: 2003 lost its person: %q", c.name, e.People)
			}
		}
	}
}

// personEntities is each person entity of a timeline with its event count.
func personEntities(tl *model.Timeline) map[string]int {
	people := map[string]int{}
	for _, e := range tl.Entities {
		if e.Kind == model.Person {
			people[e.Name] = len(e.Events)
		}
	}
	return people
}
