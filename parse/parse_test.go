package parse

import (
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/textsafe"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

func parseText(t *testing.T, src string) *model.Timeline {
	t.Helper()
	tl, err := Parse([]byte(src), Options{Source: "test.txt"})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return tl
}

// whens lists the EDTF of every event in article order.
func whens(tl *model.Timeline) []string {
	evs := slices.Clone(tl.Events)
	slices.SortFunc(evs, func(a, b model.Event) int { return a.ID - b.ID })
	var out []string
	for _, e := range evs {
		out = append(out, e.Date.EDTF())
	}
	return out
}

func TestDateForms(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The treaty was signed on 25 October 1971 in the capital.", []string{"1971-10-25"}},
		{"Recognition came on January 9, 1950, after talks.", []string{"1950-01-09"}},
		{"The envoy arrived on October 25th, 1971.", []string{"1971-10-25"}},
		{"The minister visited in April 1991.", []string{"1991-04"}},
		{"The minister visited in Sept. 1991.", []string{"1991-09"}},
		{"In 2019 the senator was banned.", []string{"2019"}},
		{"By 1914, the empire held several ports.", []string{"1914"}},
		{"Since 2000, energy has been the focus.", []string{"2000"}},
		{"Relations improved during the 1980s.", []string{"198X"}},
		{"In the early 1970s, contacts resumed.", []string{"197X"}},
		{"Ties go back to the 19th century.", []string{"18XX"}},
		{"Ties go back to the seventeenth century.", []string{"16XX"}},
		{"Relations in the late 19th and early 20th century were tense.", []string{"18XX", "19XX"}},
		{"Li Wei (1912–2008) was a physician.", []string{"1912/2008"}},
		{"The war lasted from 1939 to 1945.", []string{"1939/1945"}},
		{"The company traded with the east 1641 to 1853.", []string{"1641/1853"}},
		{"Talks were held between 1990 and 1995.", []string{"1990/1995"}},
		{"Germans were absent in the early (16-17th centuries) contacts.", []string{"15XX/16XX"}},
		{"He visited in November 1996 and May 2000.", []string{"1996-11", "2000-05"}},
		{"Cruisers visited in 1899 and 1900.", []string{"1899", "1900"}},
		{"The city was founded in 221 BC.", []string{"-0220"}},
		{"The city was founded in 44 BCE and rebuilt in AD 105.", []string{"-0043", "0105"}},
		{"The occupation (1939–45) ended.", []string{"1939/1945"}},
		{"The standard dates from 1991-04-25.", []string{"1991-04-25"}},
		{"Talks ran from May to June 2019.", []string{"2019-05/2019-06"}},
		{"A replica was built circa 1900.", []string{"1900~"}},
		{"The program lasted until 2010, at a time when capacity doubled every two years (2006–2009).", []string{"2010", "2006/2009"}},
		{"Relations improved in the 1990s; and in the 2010s, agreements followed.", []string{"199X", "201X"}},
		{"In the 1960s and 1970s, trade was minimal.", []string{"196X", "197X"}},
		{"In the 18th and 19th centuries, missionaries arrived.", []string{"17XX", "18XX"}},
		{"Relations were frozen from 2004 until 2008.", []string{"2004/2008"}},
		{"Talks on 12–13 May 2015 ended.", []string{"2015-05-12/2015-05-13"}},
		{"In January and February 2019, protests took place.", []string{"2019-01", "2019-02"}},
		{"The 2019–20 season was cancelled.", []string{"2019/2020"}},
		{"In mid-2019, the minister visited.", []string{"2019"}},
		{"As of 2023 it is the main initiative.", []string{"2023"}},
		{"The treaty was signed on the 25th of October 1971.", []string{"1971-10-25"}},
		{"Ties were cool in the 1970s–80s.", []string{"197X/198X"}},
		{"Xi's 2014 visit opened a new era.", []string{"2014"}},
		{"Missionaries came in the mid-1800s.", []string{"18XX"}},
		{"The treaty was signed on 30 June 1960. The next day, the king left. Protests followed that month.", []string{"1960-06-30", "1960-07-01", "1960-06"}},
	}
	for _, c := range cases {
		got := whens(parseText(t, c.text))
		if !slices.Equal(got, c.want) {
			t.Errorf("%q\n got %v\nwant %v", c.text, got, c.want)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"They helped to save nearly 100 Belgian people from execution.",
		"The alliance counted 22 nations.",
		"Trade reached US$4.898 billion.",
		"Trade grew by 4.1% in value.",
		"The monastery is over 1000 years old.",
		"Expo 2010 featured a national pavilion.",
		"The 2021 Human Rights Report criticised the government.",
		"Imports totalled 2000 tonnes of steel.",
		"Trade was worth ₹ 41,552 crore.",
		"The army numbered 1,500 men.",
		"It may be that relations improve.",
		"Both countries are members of the United Nations.",
		"The 2008 Summer Olympics were held in the capital.",
		"The assembly passed Resolution 2758 and Windows 2000 shipped.",
		"The project has 1376 open issues and 1252 closed issues.",
		"The club had 1500 junior members.",
	} {
		if got := whens(parseText(t, text)); len(got) != 0 {
			t.Errorf("%q: want no dates, got %v", text, got)
		}
	}
}

// A year before an adjective and a plural noun dates them when nothing
// counts it: "the 1990 and 1991 general elections" are two years.
func TestYearsBeforeAPluralNounStayYears(t *testing.T) {
	for text, want := range map[string][]string{
		"In 1991 general elections were held.":                      {"1991"},
		"The 1990 and 1991 general elections went to the liberals.": {"1990", "1991"},
		"It had 1200 employees in 1995 and 1400 employees in 2000.": {"1995", "2000"},
	} {
		if got := whens(parseText(t, text)); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestRelativeDatesResolveFromTheNearestEarlierDate(t *testing.T) {
	src := "Relations were established in 1861. A decade later, the empire was founded. " +
		"The ship reached port in 2006. The king made an official visit that year. " +
		"Trade grew in 2004. It had fallen the previous year. " +
		"Independence came in 1960. After fifty years of independence, the king visited."
	got := whens(parseText(t, src))
	want := []string{"1861", "1871", "2006", "2006", "2004", "2003", "1960", "2010"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestYearlessDayTakesTheArticleYear(t *testing.T) {
	got := whens(parseText(t, "In 1949, talks began. On 6 October, relations were established."))
	if !slices.Equal(got, []string{"1949", "1949-10-06"}) {
		t.Errorf("got %v", got)
	}
	if got := whens(parseText(t, "On 6 October, relations were established.")); len(got) != 0 {
		t.Errorf("a day with no year anywhere is not a date: got %v", got)
	}
}

func eventByWhen(t *testing.T, tl *model.Timeline, when string) model.Event {
	t.Helper()
	for _, e := range tl.Events {
		if e.Date.EDTF() == when {
			return e
		}
	}
	t.Fatalf("no event %s in %v", when, whens(tl))
	return model.Event{}
}

func TestCitationsAttachToTheSentenceTheyFollow(t *testing.T) {
	src := "[1] Relations began in April 1991 and grew.[1] The president visited in October 2009.[5][6] " +
		"In June 2020, the parliament opposed the law[8] In December 2023, the premier spoke.[15] " +
		"Relations were established in 1853,[4] when the envoy arrived on 19 March 1853.[5] " +
		"A decree followed in 1860 [7]. Nothing was cited in 1870."
	tl := parseText(t, src)
	for when, want := range map[string][]int{
		"1991-04": {1}, "2009-10": {5, 6}, "2020-06": {8}, "2023-12": {15},
		"1853": {5}, "1853-03-19": {5}, "1860": {7}, "1870": nil,
	} {
		e := eventByWhen(t, tl, when)
		if !slices.Equal(e.Citations, want) {
			t.Errorf("%s: citations %v, want %v", when, e.Citations, want)
		}
		if strings.Contains(e.Text, "[") {
			t.Errorf("%s: text keeps markers: %q", when, e.Text)
		}
	}
	if e := eventByWhen(t, tl, "2020-06"); e.Text != "In June 2020, the parliament opposed the law" {
		t.Errorf("sentence split at a marker without a stop: %q", e.Text)
	}
}

func TestSentencesSurviveAbbreviationsAndInitials(t *testing.T) {
	src := "The U.S. envoy Dr. John R. Smith Jr. arrived at St. Mary's in May 1950 at 9 a.m. local time. " +
		"He left in June 1951."
	tl := parseText(t, src)
	e := eventByWhen(t, tl, "1950-05")
	if !strings.HasSuffix(e.Text, "local time.") || !strings.HasPrefix(e.Text, "The U.S. envoy") {
		t.Errorf("first sentence cut: %q", e.Text)
	}
	if e := eventByWhen(t, tl, "1951-06"); e.Text != "He left in June 1951." {
		t.Errorf("second sentence: %q", e.Text)
	}
}

func TestPeopleWithoutTitles(t *testing.T) {
	src := "Relations grew during the 1980s with visits such as Zhu Rongji in April 1991 and Vice-premier Qian Qichen in March 1992. " +
		"In December 2023, Belgian Prime Minister Alexander De Croo accused the ministry of recruiting politician Frank Creyelman. " +
		"Qian Xiuling (1912–2008), or Siou-Ling Tsien, saved a hundred people. " +
		"In 1717, Peter the Great visited Spa. " +
		"In 1899, the cruiser carried Prince Valdemar of Denmark. " +
		"In 1960, the government expelled Ambassador Jean van den Bosch. " +
		"On 18 October 1908, parliament voted to annex the state; on 15 November 1908, King Leopold II gave up control."
	tl := parseText(t, src)
	for when, want := range map[string][]string{
		"198X":       nil,
		"1991-04":    {"Zhu Rongji"},
		"1992-03":    {"Qian Qichen"},
		"2023-12":    {"Alexander De Croo", "Frank Creyelman"},
		"1912/2008":  {"Qian Xiuling"},
		"1717":       {"Peter the Great"},
		"1899":       {"Valdemar of Denmark"},
		"1960":       {"Jean van den Bosch"},
		"1908-10-18": nil,
		"1908-11-15": {"Leopold II"},
	} {
		if got := eventByWhen(t, tl, when).People; !slices.Equal(got, want) {
			t.Errorf("%s: people %q, want %q", when, got, want)
		}
	}
}

func TestHyphenatedAndRegnalNames(t *testing.T) {
	tl := parseText(t, "In 2005, Chiang Kai-shek met Kim Jong-un and Pope Benedict XVI. In 2013, the Belt and Road Initiative began.")
	if got := eventByWhen(t, tl, "2005").People; !slices.Equal(got, []string{"Chiang Kai-shek", "Kim Jong-un", "Benedict XVI"}) {
		t.Errorf("people %q", got)
	}
	if got := eventByWhen(t, tl, "2013").Orgs; !slices.Equal(got, []string{"Belt and Road Initiative"}) {
		t.Errorf("orgs %q", got)
	}
}

func TestInfoboxFieldsAndHatnotesAreNotProse(t *testing.T) {
	src := "= A–B relations =\n\nInfobox\n- Map: A B Locator.png\n- Established: 1950\n\nMain article: History of A\n\nTalks began in 1960.\n"
	if got := whens(parseText(t, src)); !slices.Equal(got, []string{"1960"}) {
		t.Errorf("got %v", got)
	}
}

func TestLaterMentionsByOneNameFindTheFullName(t *testing.T) {
	tl := parseText(t, "King Leopold II ruled the colony. In 1908, Leopold gave it up. In 1961, Patrice Lumumba died. In 2010, Lumumba's family sued.")
	if got := eventByWhen(t, tl, "1908").People; !slices.Equal(got, []string{"Leopold II"}) {
		t.Errorf("1908: %q", got)
	}
	if got := eventByWhen(t, tl, "2010").People; !slices.Equal(got, []string{"Patrice Lumumba"}) {
		t.Errorf("2010: %q", got)
	}
}

func TestNotPeople(t *testing.T) {
	tl := parseText(t, "In 2015, the Minister of Foreign Affairs Wang Yi flew from San Francisco and Los Angeles to Le Havre.")
	if got := eventByWhen(t, tl, "2015").People; !slices.Equal(got, []string{"Wang Yi"}) {
		t.Errorf("people %q: a ministry's name or a city is not a person", got)
	}
}

func TestPlacesAndOrgs(t *testing.T) {
	tl := parseText(t, "In 2023, the Ministry of State Security recruited a politician in Brussels and Beijing.")
	e := eventByWhen(t, tl, "2023")
	if !slices.Equal(e.Places, []string{"Brussels", "Beijing"}) || !slices.Equal(e.Orgs, []string{"Ministry of State Security"}) {
		t.Errorf("places %q orgs %q", e.Places, e.Orgs)
	}
	if len(e.People) != 0 {
		t.Errorf("no people here, got %q", e.People)
	}
}

func TestGluedLinkLineGivesNamesNotEvents(t *testing.T) {
	links := "BelgiumMainland ChinaBrusselsGuangzhouHong KongShanghaiZhu RongjiQian QichenPrince AlbertExpo 2010Jacques BrotchiReutersPoliticoRwandaCanadaMexicoUnited StatesUruguayAzerbaijanBangladeshIndonesiaIsraelMalaysiaPakistan"
	src := "Title\n\nThe senator Brotchi was banned in 2019.[7]\n" + links + "\n"
	tl := parseText(t, src)
	if got := whens(tl); !slices.Equal(got, []string{"2019"}) {
		t.Fatalf("the link line must give no events (Expo 2010 is in it): %v", got)
	}
	if tl.Title != "Title" {
		t.Errorf("title %q", tl.Title)
	}
}

func TestSummaryIsTheClauseWithoutTheLeadingDate(t *testing.T) {
	tl := parseText(t, "In June 2020, Belgium openly opposed the national security law that the parliament had passed in great haste after long debate.[8]")
	e := eventByWhen(t, tl, "2020-06")
	if !strings.HasPrefix(e.Summary, "Belgium openly opposed") {
		t.Errorf("summary %q", e.Summary)
	}
	if n := utf8.RuneCountInString(e.Summary); n > summaryWidth {
		t.Errorf("summary is %d characters, over %d", n, summaryWidth)
	}
}

// TestSummariesWrittenApartStayWithTheirEvents checks the summaries that are
// not slices of their sentence (a capital put first, an ellipsis put last)
// over enough events to fill several of the blocks they are written into,
// and a capital of another length than its letter ("ſ" gives "S").
func TestSummariesWrittenApartStayWithTheirEvents(t *testing.T) {
	var b strings.Builder
	b.WriteString("Title\n\n")
	const n = 3000
	for i := range n {
		fmt.Fprintf(&b, "On %d %s %d, envoy number %d signed the long agreement on trade, shipping, fisheries and the exchange of students between the two kingdoms.\n\n",
			i%28+1, model.MonthName(i/28%12+1), 1900+i/336, i)
	}
	b.WriteString("In June 2020, ſome envoys signed the agreement on the exchange of students.\n")
	tl := parseText(t, b.String())
	if len(tl.Events) != n+1 {
		t.Fatalf("%d events, want %d", len(tl.Events), n+1)
	}
	for _, e := range tl.Events[:n] {
		d := e.Date.Start
		want := fmt.Sprintf("Envoy number %d signed", (int(d.Year)-1900)*336+(int(d.Month)-1)*28+int(d.Day)-1)
		if !strings.HasPrefix(e.Summary, want) || !strings.HasSuffix(e.Summary, "…") {
			t.Fatalf("%s: summary %q, want it to start %q and end with an ellipsis", e.Date.EDTF(), e.Summary, want)
		}
	}
	if got := tl.Events[n].Summary; got != "Some envoys signed the agreement on the exchange of students" {
		t.Errorf("summary %q", got)
	}
}

func TestSectionsAndChrome(t *testing.T) {
	src := "Some relations\n\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n\nIntro in 1950.\n\nHistory[edit]\n\nA treaty in 1960.\n\n== Trade ==\nTrade grew in 1970.\n\nReferences\n\n^ \"A report\". The Times. 5 May 1999. Retrieved 1 June 2020.\n"
	tl := parseText(t, src)
	if got := whens(tl); !slices.Equal(got, []string{"1950", "1960", "1970"}) {
		t.Fatalf("events %v: reference-list dates are not events", got)
	}
	for when, sec := range map[string]string{"1950": "", "1960": "History", "1970": "Trade"} {
		if got := eventByWhen(t, tl, when).Section; got != sec {
			t.Errorf("%s: section %q, want %q", when, got, sec)
		}
	}
	if len(tl.References) != 1 || tl.References[0].Citation().Title != "A report" {
		t.Errorf("references %+v", tl.References)
	}
}

func TestEmbeddedArticleShape(t *testing.T) {
	src := "Belgium–China relations\n\n[1] The relationship grew during the 1980s with visits by Zhu Rongji in April 1991.[1] Xi Jinping visited in October 2009.[5][6]\n"
	tl := parseText(t, src)
	if tl.Title != "Belgium–China relations" {
		t.Errorf("title %q", tl.Title)
	}
	for _, e := range tl.Events {
		if !strings.Contains(src, e.Text[:10]) {
			t.Errorf("event text not from the source: %q", e.Text)
		}
		if e.Offset < 0 || e.Offset >= len(src) || !strings.HasPrefix(src[e.Offset:], e.Text[:10]) {
			t.Errorf("offset %d does not point at %q", e.Offset, e.Text[:10])
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Title\n\nIn April 1991, Zhu Rongji visited.[1] The 1980s (1912–2008) saw growth[2] In 2019 a ban.",
		"= T =\n== History ==\nOn 6 October 1949, relations began; a decade later, talks.[3][4]",
		"late 19th and early 20th century (16-17th centuries) from 1939 to 1945 between 1990 and 1995",
		"\x1b]0;pwned\x07In 2019\x1b[31m red\xff\xfe [99999999999] [0]",
		"", "[", "[1", "1990s-", "44 BC–AD 14", "May–",
		"In 881 (c. 1600-1046 BCE) 59-44BC July 1–3, 1863 the 50's in '89 (1193/1206–80) 1995/96 on Tuesday",
		"  • 771 BCE\n    The capital moves. March 3 and 4, 1871; from May 2 to June 14, 1931; the 4th and 3rd centuries BC",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// Plain text: each word of an event is a word of the input. (Content
		// that looks like wikitext would be rendered: six apostrophes read one.)
		tl, err := Parse(src, Options{Source: "fuzz.txt", Format: markup.Text})
		if err != nil {
			return
		}
		clean := string(src)
		// Text drops [n] markers; a word of it may join what a marker parted.
		marker := regexp.MustCompile(`\[\d+\]`)
		joined, parted := marker.ReplaceAllString(clean, ""), marker.ReplaceAllString(clean, " ")
		tight := regexp.MustCompile(`\[\d+\]\s*`).ReplaceAllString(clean, "")  // "word[1] ." reads "word."
		spaced := regexp.MustCompile(`\s+\[\d+\]`).ReplaceAllString(clean, "") // "word [1]." reads "word."
		for _, e := range tl.Events {
			if e.Date.End.Compare(e.Date.Start) < 0 {
				t.Fatalf("event ends before it starts: %+v", e.Date)
			}
			for _, c := range e.Citations {
				if c <= 0 {
					t.Fatalf("citation %d is not positive", c)
				}
			}
			for _, w := range strings.Fields(e.Text) {
				if utf8.ValidString(clean) && !strings.Contains(clean, w) && !strings.Contains(joined, w) && !strings.Contains(parted, w) && !strings.Contains(tight, w) && !strings.Contains(spaced, w) &&
					!strings.ContainsFunc(clean, textsafe.Unsafe) { // controls and bidi marks are dropped, joining words
					t.Fatalf("event word %q is not in the input", w)
				}
			}
			if strings.ContainsFunc(e.Text, func(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }) {
				t.Fatalf("control character in event text %q", e.Text)
			}
			if e.Phrase.Start < 0 || e.Phrase.End > len(e.Text) || e.Phrase.Start > e.Phrase.End {
				t.Fatalf("date phrase %v outside text %q", e.Phrase, e.Text)
			}
		}
	})
}

// A large article is read in chunks on every core; the chunks give exactly
// the events of one pass, in the same order, with IDs in order of
// appearance, even where a chunk opens with a date or a name that the
// paragraphs before it explain ("A decade later, Example4 returned").
func TestChunkedExtractionMatchesOnePass(t *testing.T) {
	const chunk = 64 << 10
	var b strings.Builder
	b.WriteString("Big archive\n\n")
	for i := 0; b.Len() < 5*chunk; i++ {
		fmt.Fprintf(&b, "== Part %d ==\n\nA decade later, Example%d returned to Brussels.\n\n", i, (i+49)%50)
		fmt.Fprintf(&b, "The treaty of %d followed in the 1980s. On %d March %d, Prime Minister Anna Example%d visited Brussels.[%d]\n\n",
			1800+i%200, i%28+1, 1900+i%120, i%50, i%9+1)
	}
	src := []byte(b.String())
	one, _ := Parse(src, Options{Source: "big.txt", ChunkBytes: len(src)}) // one pass
	prev := runtime.GOMAXPROCS(max(runtime.GOMAXPROCS(0), 2))              // two workers take four chunks in turn
	many, _ := Parse(src, Options{Source: "big.txt", ChunkBytes: chunk})
	runtime.GOMAXPROCS(prev)
	if len(splitChunks(mustRead(t, src).Blocks, 2, chunk)) < 4 {
		t.Fatal("the fixture is not large enough to be chunked")
	}
	if len(one.Events) != len(many.Events) || len(one.Events) == 0 {
		t.Fatalf("%d events in one pass, %d in chunks", len(one.Events), len(many.Events))
	}
	for i := range one.Events {
		a, c := one.Events[i], many.Events[i]
		if a.ID != c.ID || a.Date != c.Date || a.Text != c.Text || a.Section != c.Section ||
			!slices.Equal(a.People, c.People) || !slices.Equal(a.Citations, c.Citations) || a.Offset != c.Offset {
			t.Fatalf("event %d differs:\n%+v\n%+v", i, a, c)
		}
	}
}

func mustRead(t *testing.T, src []byte) *markup.Doc {
	t.Helper()
	doc, err := markup.Read(src, markup.Text)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestMayHoldDateSeesEveryDigit checks the quick test's word-at-a-time
// digit scan: a digit anywhere is seen, and bytes of UTF-8 that are a
// digit's code plus 0x80 ("°" is C2 B0) are not taken for one.
func TestMayHoldDateSeesEveryDigit(t *testing.T) {
	base := "no dates here, only words and a few more words"
	if mayHoldDate(base) {
		t.Fatalf("%q holds no date", base)
	}
	for i := range len(base) {
		s := base[:i] + "7" + base[i+1:]
		if !mayHoldDate(s) {
			t.Errorf("digit at %d not seen in %q", i, s)
		}
	}
	if s := "temperatures of 20° and ±5, Café ¹²³, no words of time"; !mayHoldDate(s) {
		t.Errorf("%q has digits", s)
	}
	if s := "twenty° above, café ³ ¹, no words of time at all"; mayHoldDate(s) {
		t.Errorf("%q has no ASCII digit and no date word", s)
	}
}

// TestChunksAreAMultipleOfTheCores checks how a large text is cut: chunks of
// at least the chunk size, up to four a core, and a multiple of the cores when
// there are more chunks than cores, so that no core ends up reading two
// chunks while another waits.
func TestChunksAreAMultipleOfTheCores(t *testing.T) {
	t.Parallel()
	blocks := func(total int) []markup.Block {
		var bs []markup.Block
		for range total / 100 {
			bs = append(bs, markup.Block{Kind: markup.Paragraph, Text: strings.Repeat("x", 100)})
		}
		return bs
	}
	for _, c := range []struct{ cores, total, want int }{
		{2, 1500, 1},   // under two chunks' worth: one pass
		{2, 3000, 2},   // three chunks' worth, cut into two
		{2, 5000, 4},   // five, into four
		{2, 20000, 16}, // twenty, eight a core
		{8, 3000, 3},   // fewer than the cores: as many as there is text for
		{3, 10000, 9},  // ten, into nine
		{1, 20000, 1},  // one core: one pass
	} {
		if got := len(splitChunks(blocks(c.total), c.cores, 1000)); got != c.want {
			t.Errorf("%d cores, %d bytes: %d chunks, want %d", c.cores, c.total, got, c.want)
		}
	}
}

// The chunks of a large article get smaller toward its end, so that the
// cores finish their last chunks near together: each core's last chunk is
// a fraction of the first ones, and no chunk is larger than the one before
// it by more than the slack of a cut.
func TestChunksGetSmallerTowardTheEnd(t *testing.T) {
	var bs []markup.Block
	for range 4000 {
		bs = append(bs, markup.Block{Kind: markup.Paragraph, Text: strings.Repeat("x", 100)})
	}
	chunks := splitChunks(bs, 2, 10000)
	if len(chunks) != 16 {
		t.Fatalf("%d chunks, want 16", len(chunks))
	}
	size := func(c chunk) int { return c.to - c.from }
	first, last := size(chunks[0]), size(chunks[len(chunks)-1])
	if last == 0 || last*3 > first {
		t.Errorf("the last chunk holds %d paragraphs, the first %d: want under a third", last, first)
	}
	for k := 1; k < len(chunks); k++ {
		if size(chunks[k]) > size(chunks[k-1])*5/4 {
			t.Errorf("chunk %d holds %d paragraphs, more than chunk %d's %d", k, size(chunks[k]), k-1, size(chunks[k-1]))
		}
	}
}

// Before a chunk the extractor reads the paragraphs before it for their
// context, but not a whole document again: after blocks of a quarter
// megabyte (a document that is one line) it reads the end of the last one,
// from a sentence's start; after ordinary paragraphs, the last eight.
func TestWarmUpReadsTheEndOfALongBlock(t *testing.T) {
	long := strings.Repeat("In 1991 it rained. ", 256<<10/19)
	blocks := []markup.Block{{Kind: markup.Paragraph, Text: long, Offset: 0}, {Kind: markup.Paragraph, Text: long, Offset: len(long) + 2}}
	warm := warmBefore(blocks, 2)
	size := 0
	for _, b := range warm {
		size += len(b.Text)
	}
	if size > warmBytes {
		t.Fatalf("read %d bytes before the chunk, want at most %d", size, warmBytes)
	}
	if len(warm) != 1 || !strings.HasPrefix(warm[0].Text, "In 1991") || !strings.HasSuffix(long, warm[0].Text) {
		t.Fatalf("read %d blocks before the chunk, the first starting %.20q; want the end of the last, from a sentence", len(warm), warm[0].Text)
	}
	if want := blocks[1].Offset + len(long) - len(warm[0].Text); warm[0].Offset != want {
		t.Errorf("the end read starts at offset %d, want %d", warm[0].Offset, want)
	}
	var short []markup.Block
	for range 20 {
		short = append(short, markup.Block{Kind: markup.Paragraph, Text: "In 1991 it rained."})
	}
	if got := len(warmBefore(short, 20)); got != warmBlocks {
		t.Errorf("read %d short paragraphs before the chunk, want %d", got, warmBlocks)
	}
}
