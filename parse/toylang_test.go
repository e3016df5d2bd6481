package parse

import (
	"slices"
	"testing"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// toyish is a language made up for this test alone: its words are nobody's,
// so that the date grammar can read it only from the pack.
var toyish = &lang.Pack{
	Name: "xx",
	Months: map[string]int{
		"frostmoon": 1, "thawmoon": 2, "seedmoon": 3, "rainmoon": 4, "flowermoon": 5, "sunmoon": 6,
		"haymoon": 7, "grainmoon": 8, "fruitmoon": 9, "leafmoon": 10, "mistmoon": 11, "darkmoon": 12,
		"fro": 1, "tha": 2,
	},
	NumberWords:   map[string]int{"ane": 1, "twa": 2, "dre": 3},
	OrdinalWords:  map[string]int{"twaste": 2, "dreste": 3},
	YearOpeners:   map[string]bool{"vom": true, "bis": true, "im": true, "am": true, "zwi": true, "und": true},
	QuantityNouns: map[string]bool{"soldaten": true},
	Weekdays:      map[string]int{"sunnatag": 0, "manatag": 1},
	Dates: lang.DateWords{
		From: []string{"vom"}, Between: []string{"zwi"}, The: []string{"da"}, In: []string{"im"},
		FromTo: []string{"bis"}, BetweenAnd: []string{"und"}, RangeTo: []string{"bis"}, To: []string{"bis"},
		Both: []string{"und"}, CenturyTo: []string{"bis"},
		MonthInYear: []string{"im"}, DayInYear: []string{"am"},
		EraBC: []string{"VC"}, EraAD: []string{"NC"},
		Later: []string{"spater"}, Next: []string{"nachste"}, Same: []string{"selbe"},
		Year: lang.Unit{One: "jor", Many: "jors"}, Century: lang.Unit{One: "hundert", Many: "hunderte"},
		OrdinalEnds: []string{"te"}, DecadeEnds: []string{"er"},
		HintStems: []string{"jor", "hundert"},
	},
}

// The grammar reads dates in a language that is nothing but a pack: spans,
// months, days, eras, centuries, relative dates, and a count that is no
// year, each through the words the pack gives.
func TestGrammarReadsAToyLanguage(t *testing.T) {
	t.Parallel()
	v := newVocab(toyish, nil)
	anchor := model.YearDate(1915)
	for _, c := range []struct{ text, want string }{
		{"Vom 1912 bis 1915 baute man die Brucke.", "1912/1915"},
		{"Zwi 1920 und 1925 lag sie still.", "1920/1925"},
		{"Im Thawmoon 1990 regnete es.", "1990-02"},
		{"Am 3 Seedmoon 1871 brannte die Stadt.", "1871-03-03"},
		{"Die Stadt fiel 44 VC.", "-0043"},
		{"Das geschah im 19te hundert.", "18XX"},
		{"Das geschah im 19th hundert.", ""}, // an English ordinal is a quantity here
		{"Die Stadt wuchs in den 1980er schnell.", "198X"},
		{"Twa jors spater kam er zuruck.", "1917"},
		{"Da nachste jor regnete es.", "1916"},
		{"Es kamen 2000 soldaten.", ""},
	} {
		var got []string
		for _, m := range v.findDates(c.text, v.tokenize(c.text, nil), anchor, nil) {
			got = append(got, m.date.EDTF())
		}
		if want := []string{c.want}; c.want == "" && len(got) != 0 || c.want != "" && !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %q", c.text, got, c.want)
		}
	}
}

// The quick test that a sentence may hold a date is built from the pack:
// its month names and the stems of its units.
func TestToyLanguageHints(t *testing.T) {
	t.Parallel()
	v := newVocab(toyish, nil)
	for text, want := range map[string]bool{
		"Im Thawmoon regnete es.":  true,
		"Twa jors spater kam er.":  true,
		"Der Fluss war kalt.":      false,
		"In March it rained.":      false, // English is not toyish
		"Im thawmoon regnete es.":  false, // a month is capitalised
		"Ane hunderte spater ging": true,
	} {
		if got := v.mayHoldDate(text); got != want {
			t.Errorf("mayHoldDate(%q) = %v, want %v", text, got, want)
		}
	}
}

// A pack says whether its month names are written in lower case: then the
// grammar and its quick test read them so, and otherwise only capitalised.
func TestToyLanguageMonthCase(t *testing.T) {
	t.Parallel()
	lower := *toyish
	lower.Dates.LowerMonths = true
	const text = "Im thawmoon 1990 regnete es."
	for _, c := range []struct {
		pack *lang.Pack
		want []string
	}{{toyish, []string{"1990"}}, {&lower, []string{"1990-02"}}} {
		v := newVocab(c.pack, nil)
		var got []string
		for _, m := range v.findDates(text, v.tokenize(text, nil), model.Date{}, nil) {
			got = append(got, m.date.EDTF())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("LowerMonths %v: got %v, want %v", c.pack.Dates.LowerMonths, got, c.want)
		}
	}
	if v := newVocab(&lower, nil); !v.mayHoldDate("Im thawmoon regnete es.") {
		t.Error("mayHoldDate misses a month written in lower case")
	}
}
