package export

import (
	"fmt"

	"github.com/annals-tui/annals/model"
)

// period is a run of consecutive events under one heading of a document
// export: a year ("1991"), a decade ("1990s") or a century.
type period struct {
	Heading string
	Anchor  string // a fragment identifier: "y1991", "d1990", "c1900"
	Idx     []int  // indices into t.Events
}

// maxYearHeadings is how many distinct years a document shows one heading
// each for; past it the headings are decades.
const maxYearHeadings = 12

// periods splits the events idx (in timeline order) into headed runs: one per
// year when the events fall in a few years, one per decade otherwise. Events
// known only to a decade or a century head their own run.
func periods(t *model.Timeline, idx []int) []period {
	years := map[int]bool{}
	for _, i := range idx {
		if d := t.Events[i].Date; d.Precision <= model.Year {
			years[int(d.Start.Year)] = true
		}
	}
	byDecade := len(years) > maxYearHeadings
	var out []period
	for _, i := range idx {
		h, a := periodOf(t.Events[i].Date, byDecade)
		if n := len(out); n > 0 && out[n-1].Anchor == a {
			out[n-1].Idx = append(out[n-1].Idx, i)
			continue
		}
		out = append(out, period{Heading: h, Anchor: a, Idx: []int{i}})
	}
	return out
}

func periodOf(d model.Date, byDecade bool) (heading, anchor string) {
	y := d.Start.Year
	switch {
	case d.Precision >= model.Century:
		c := floorDiv(int(y), 100) * 100
		return centuryName(c), fmt.Sprintf("c%d", c)
	case d.Precision == model.Decade || byDecade:
		dec := floorDiv(int(y), 10) * 10
		return decadeName(dec), fmt.Sprintf("d%d", dec)
	}
	return yearName(int(y)), fmt.Sprintf("y%d", y)
}

// yearName writes an astronomical year as a reader does: 1991, 44 BC.
func yearName(y int) string {
	if y <= 0 {
		return fmt.Sprintf("%d BC", 1-y)
	}
	return fmt.Sprint(y)
}

func decadeName(start int) string {
	if start <= 0 {
		return yearName(start) + "–" + yearName(start+9)
	}
	return fmt.Sprintf("%ds", start)
}

func centuryName(start int) string {
	if start <= 0 {
		return yearName(start) + "–" + yearName(start+99)
	}
	return model.Ordinal(start/100+1) + " century"
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
