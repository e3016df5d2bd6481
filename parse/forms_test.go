package parse

import (
	"slices"
	"strings"
	"testing"
)

// The forms of issue 13, each on a sentence written for the test.
func TestDateFormsOfEveryGenre(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"BC span, era at the end", "The satrap ruled Lydia (412–377 BC) from a hill fort.", []string{"-0411/-0376"}},
		{"BC as British Columbia before an occurrence", "She was elected at the 2010 BC Green Party Annual General Meeting.", []string{"2010"}},
		{"BC as British Columbia before an election", "She won a seat in the 2017 BC election.", []string{"2017"}},
		{"BCE span with circa", "A bronze culture (c. 1700-1250 BCE) flourished here.", []string{"-1699/-1249~"}},
		{"from ... to ... BC", "The consul held Gaul from 58 to 51 BC with four legions.", []string{"-0057/-0050"}},
		{"BC glued to the year", "The dictator governed 49-46BC in the city.", []string{"-0048/-0045"}},
		{"AD span", "The governor served from 43 to 61 AD in the province.", []string{"0043/0061"}},
		{"3-digit life span", "The astronomer (972–1048) mapped the stars.", []string{"0972/1048"}},
		{"3-digit year in an early paragraph", "The abbey was founded in 1002. It had been burned by raiders in 911.", []string{"1002", "0911"}},
		{"3-digit count in an early paragraph", "The castle fell in 1140. Its lord had lands in 300 villages.", []string{"1140"}},
		{"3-digit span in an early paragraph", "The town grew in 1010. The old fort stood from 610 to 690.", []string{"1010", "0610/0690"}},
		{"decade without century", "The club thrived in 1952. It faded in the 70's and the '80s.", []string{"1952", "197X", "198X"}},
		{"pair of short decades", "He toured in 1931. His band was famous in 40s and 50s.", []string{"1931", "194X", "195X"}},
		{"2000s is a decade", "Sales fell in the early 2000s.", []string{"200X"}},
		{"two decades", "The firm grew during the 1970s and 1980s.", []string{"197X", "198X"}},
		{"days with the month first", "The siege lasted August 4–9, 1755.", []string{"1755-08-04/1755-08-09"}},
		{"two days", "The storms came on April 6 and 7, 1902.", []string{"1902-04-06", "1902-04-07"}},
		{"days across months", "The fair ran from May 29 to June 3, 1921.", []string{"1921-05-29/1921-06-03"}},
		{"days between, year from the paragraph", "The drought of 1930 was long. No rain fell between June 2 and August 20.", []string{"1930", "1930-06-02/1930-08-20"}},
		{"BC centuries counting down", "Bronze coins spread in the 7th and 6th centuries BC.", []string{"-06XX", "-05XX"}},
		{"2nd century BC", "The walls date from the 2nd century BC.", []string{"-01XX"}},
		{"century span", "Monks copied books from the 8th to 10th centuries.", []string{"07XX/09XX"}},
		{"year of a named occurrence", "Her father fought in the Hungarian 1848 Revolution.", []string{"1848"}},
		{"year of a final", "He scored in the 1966 League Cup Final.", []string{"1966"}},
		{"part of the day", "The dam held in 1889 until the night of May 31.", []string{"1889", "1889-05-31"}},
		{"relative days", "The ship sailed on 3 May 1850. Two days later it sank.", []string{"1850-05-03", "1850-05-05"}},
		{"the same day", "The king died on 9 March 1702. The same day his heir was crowned.", []string{"1702-03-09", "1702-03-09"}},
		{"relative months", "The bridge opened in March 1890. Eleven months later it fell.", []string{"1890-03", "1891-02"}},
		{"century as a modifier", "They restored a 14th-century chapel.", []string{"13XX"}},
		{"span to an event", "He taught from 1921 until his retirement in 1958.", []string{"1921/1958"}},
		{"imprint year", "Her memoir (Faber 1999) sold well.", []string{"1999"}},
		{"two-digit year after a month", "The album came out in 1979. A tour began in May 84.", []string{"1979", "1984-05"}},
		{"apostrophe year", "The group formed in 1962 and split in '71.", []string{"1962", "1971"}},
		{"ca. and c.", "The tower rose ca. 1350 and the hall c. 1420.", []string{"1350~", "1420~"}},
		{"census year", "The town grew by 1890, as counted in the 1901 census.", []string{"1890", "1901"}},
		{"season", "The bridge closed in the winter of 1947.", []string{"1947"}},
		{"decade span with articles", "Trams ran from the 1890s to the 1930s.", []string{"189X/193X"}},
		{"decades across the millennium", "Rents climbed during the 1980s and 2000s.", []string{"198X", "200X"}},
		{"regnal span", "The queen (r. 205–181 BC) minted coins.", []string{"-0204/-0180"}},
		{"season across two years", "They were relegated in the 2003/04 season.", []string{"2003/2004"}},
		{"weekday after a day", "The strike began on Monday, 4 March 1912. It ended on Thursday evening.", []string{"1912-03-04", "1912-03-07"}},
		{"recurring weekday", "The fair opened on 2 May 1890. Traders came on Friday mornings.", []string{"1890-05-02"}},
		{"that first year", "The shop opened in 1902. That first year it sold little.", []string{"1902", "1902"}},
	}
	for _, c := range cases {
		if got := whens(parseText(t, c.text)); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q\n got %v\nwant %v", c.name, c.text, got, c.want)
		}
	}
}

// The non-dates of issue 13: counts, names and page furniture.
func TestNotDatesOfEveryGenre(t *testing.T) {
	for _, text := range []string{
		"The members met at Masonic Lodge No. 1412 downtown.",
		"The story ran in issue 1288 of the magazine.",
		"The premier led the 2017 BC Liberal Party into the vote.",
		"The council meets on the first Tuesday in April.",
		"The hall has 500 seats and a stage.",
		"Posted 2023-11-04 09:15:32 by the editor.",
		"He spent 320 days at sea.",
		"See the essay on page 412–1010 of the volume.",
		"They dug a well 1250 m deep.",
		"The monk (1224/1231–90) wrote a chronicle.",
		"The critic disagreed (Jones 214) with the thesis.",
	} {
		if got := whens(parseText(t, text)); len(got) != 0 {
			t.Errorf("%q: want no dates, got %v", text, got)
		}
	}
}

// A decade after a possessive is an age, and a duration is not a date.
func TestAgesAndDurationsAreNoDates(t *testing.T) {
	got := whens(parseText(t, "She moved in 1950. In her 30s she painted for three days a week, for two months."))
	if want := []string{"1950"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A date said twice for one event is one row: "a year later (1851)".
func TestDateSaidTwiceIsOneRow(t *testing.T) {
	got := whens(parseText(t, "The mine opened in 1870. Two years later (1872) it flooded. The same year, 1871, it closed."))
	if want := []string{"1870", "1872", "1871"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A timeline item whose date stands alone on its bullet line carries the
// description indented below it.
func TestTimelineItemKeepsItsDescription(t *testing.T) {
	tl := parseText(t, "Timeline\n\n  • 612 BCE\n    The allied armies sack the old capital.\n  • 539 BCE\n    A new king enters the city.\n")
	if got, want := whens(tl), []string{"-0611", "-0538"}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if !strings.Contains(tl.Events[0].Text, "allied armies sack") {
		t.Errorf("the item's text lost its description: %q", tl.Events[0].Text)
	}
}
