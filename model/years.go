package model

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// YearRange is an inclusive range of years. The zero value matches nothing;
// use a Query's HasYears to say whether it filters by year at all.
type YearRange struct{ From, To int }

// OpenStart and OpenEnd stand for the missing end of an open range:
// "-2000" is every year up to 2000, "2019-" every year from 2019.
const (
	OpenStart = math.MinInt32
	OpenEnd   = math.MaxInt32
)

// String writes the range the way ParseYearRange reads it.
func (r YearRange) String() string {
	switch {
	case r.From == OpenStart && r.To == OpenEnd:
		return "–"
	case r.From == OpenStart:
		return "–" + yearWord(r.To)
	case r.To == OpenEnd:
		return yearWord(r.From) + "–"
	case r.From == r.To:
		return yearWord(r.From)
	case r.From > 0 && r.From%10 == 0 && r.To == r.From+9, r.From == 0 && r.To == 9:
		return strconv.Itoa(r.From) + "s"
	}
	return yearWord(r.From) + "–" + yearWord(r.To)
}

// yearWord writes an astronomical year, BC before 1: 0 is 1 BC.
func yearWord(y int) string {
	if y < 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

var (
	reYear    = regexp.MustCompile(`^(\d{1,4})(?:\s*(bc|bce|ad|ce))?$`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)
	reRange   = regexp.MustCompile(`^(.*?)\s*(?:\s-\s|-|–|—|\.\.|\sto\s)\s*(.*)$`)
	reDecade  = regexp.MustCompile(`^(\d{0,3}0)'?s$`)
	reCentury = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)(?:\s*(?:century|c\.?))?(?:\s*(bc|bce))?$`)
)

// ordinalWords are the centuries people write out: "nineteenth century".
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "twenty-first": 21}

// ParseYearRange reads a year filter as people type it, in the TUI's year
// prompt and the CLI's --year alike: "2019", "1990-2000", "1990–2000",
// "1990s", "19th century", "nineteenth century", open ranges ("2019-",
// "-2000"), a month ("2019-05", which keeps its year) and BC years ("300
// BC-100 BC").
func ParseYearRange(s string) (YearRange, error) {
	in := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if m := reMonth.FindStringSubmatch(in); m != nil {
		y, _ := strconv.Atoi(m[1])
		return YearRange{y, y}, nil
	}
	if r, ok, err := parseYearPoint(in); ok || err != nil {
		if err != nil {
			return YearRange{}, fmt.Errorf("year %q: %w", s, err)
		}
		return r, nil
	}
	if m := reRange.FindStringSubmatch(in); m != nil && (m[1] != "" || m[2] != "") {
		return parseYearSpan(s, m[1], m[2])
	}
	return YearRange{}, fmt.Errorf("year %q: want a year (2019), a range (1990-2000), 2019-, 1990s or 19th century", s)
}

// parseYearSpan reads the two ends of a range, either of which may be
// missing.
func parseYearSpan(s, from, to string) (YearRange, error) {
	r := YearRange{OpenStart, OpenEnd}
	if from != "" {
		a, ok, err := parseYearPoint(from)
		if !ok || err != nil {
			return YearRange{}, fmt.Errorf("year %q: want a year (2019), a range (1990-2000), 2019-, 1990s or 19th century", s)
		}
		r.From = a.From
	}
	if to != "" {
		b, ok, err := parseYearPoint(to)
		if !ok || err != nil {
			return YearRange{}, fmt.Errorf("year %q: want a year (2019), a range (1990-2000), 2019-, 1990s or 19th century", s)
		}
		r.To = b.To
	}
	if r.To < r.From {
		return YearRange{}, fmt.Errorf("year range %q ends before it starts: write it as %s-%s", s, yearWord(r.To), yearWord(r.From))
	}
	return r, nil
}

// parseYearPoint reads one year, decade or century as the years it covers.
func parseYearPoint(in string) (YearRange, bool, error) {
	if m := reYear.FindStringSubmatch(in); m != nil {
		y, _ := strconv.Atoi(m[1])
		if m[2] == "bc" || m[2] == "bce" {
			if y == 0 {
				return YearRange{}, false, fmt.Errorf("there is no year 0 BC")
			}
			y = 1 - y
		}
		return YearRange{y, y}, true, nil
	}
	if m := reDecade.FindStringSubmatch(in); m != nil {
		d, _ := strconv.Atoi(m[1])
		return YearRange{d, d + 9}, true, nil
	}
	c, bc := 0, false
	if m := reCentury.FindStringSubmatch(in); m != nil {
		c, _ = strconv.Atoi(m[1])
		bc = m[2] != ""
	} else if w, rest, _ := strings.Cut(in, " "); ordinalWords[w] > 0 && (rest == "century" || rest == "c." || rest == "") {
		c = ordinalWords[w]
	} else {
		return YearRange{}, false, nil
	}
	if c < 1 {
		return YearRange{}, false, fmt.Errorf("there is no century 0")
	}
	if bc { // the 1st century BC is 100 BC to 1 BC: years -99 to 0
		return YearRange{-(c*100 - 1), -(c - 1) * 100}, true, nil
	}
	return YearRange{(c - 1) * 100, (c-1)*100 + 99}, true, nil
}
