package tui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/annals-tui/annals/model"
)

// densityStrip is the one-row histogram of events per year (or per decade,
// or coarser, when the span is wider than the screen): the shape of the
// chronology, with the filtered range highlighted and the selection marked.
type densityStrip struct {
	st    *Styles
	from  int     // first year of the counts
	all   []int   // events per year, whole timeline
	hits  []int   // events per year, the query's results
	years []int32 // per event, its start year minus from
	// firsts[y] is the index of the first event whose start year is from+y
	// or later, when the events are in date order (nil when not): the
	// results are then counted per year by binary search, not one by one.
	firsts []int
	width  int
	ticks  bool // a line of year ticks under the bars (a tall enough window)
}

// tickHeight is the fewest rows of a window that spare one for the strip's
// year ticks.
const tickHeight = 30

// minTickGap is the fewest columns from one tick's label to the next.
const minTickGap = 10

// Height is the rows the strip takes.
func (d densityStrip) Height() int {
	if d.ticks && len(d.all) > 0 && d.width > 0 {
		return 2
	}
	return 1
}

// newDensityStrip counts every event per start year, and keeps each
// event's year in a compact array so that recounting a result is one pass
// over small integers rather than over the events.
func newDensityStrip(t *model.Timeline, st *Styles) densityStrip {
	d := densityStrip{st: st}
	from, _, ok := t.Span()
	if !ok {
		return d
	}
	d.from, d.years = from, make([]int32, len(t.Events))
	last := from
	for i := range t.Events {
		y := int(t.Events[i].Date.Start.Year)
		d.years[i] = int32(y - from)
		last = max(last, y)
	}
	d.all = make([]int, last-from+1)
	for _, y := range d.years {
		d.all[y]++
	}
	d.hits = d.all
	d.firsts = yearFirsts(d.years, len(d.all))
	return d
}

// yearFirsts finds where each year starts in the events, or returns nil
// when their start years are not in order.
func yearFirsts(years []int32, n int) []int {
	firsts := make([]int, n+1)
	y := 0
	for i, ey := range years {
		if i > 0 && ey < years[i-1] {
			return nil
		}
		for ; y <= int(ey); y++ {
			firsts[y] = i
		}
	}
	for ; y <= n; y++ {
		firsts[y] = len(years)
	}
	return firsts
}

// setHits counts the query's results per year.
func (d *densityStrip) setHits(rows []int, all bool) {
	if all || len(d.all) == 0 {
		d.hits = d.all
		return
	}
	d.hits = make([]int, len(d.all))
	if d.firsts == nil {
		for _, i := range rows {
			d.hits[d.years[i]]++
		}
		return
	}
	// rows are in timeline order: the rows of one year lie together.
	at := 0
	for y := range d.hits {
		next, _ := slices.BinarySearch(rows[at:], d.firsts[y+1])
		d.hits[y], at = next, at+next
	}
}

var bars = []rune("▁▂▃▄▅▆▇█")

// bucketSizes are the years per bucket the strip tries, smallest first: a
// year, else a decade, else coarser.
var bucketSizes = []int{1, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000}

// stripState is what the strip shows besides the counts.
type stripState struct {
	years    model.YearRange
	hasYears bool
	filtered bool
	selYear  int
	hasSel   bool
}

func (d densityStrip) View(s stripState) string {
	if d.width <= 0 {
		return ""
	}
	if len(d.all) == 0 {
		return renderSegs([]seg{{"no dates to chart", d.st.Strip.Axis}}, d.width, d.st.Strip.Axis)
	}
	left, right, inner, start, size, n := d.axis()
	counts, hits := d.buckets(start, size, n)
	peak := max(1, slicesMax(counts))
	// Each bucket gets its share of the row, so the bars reach the end
	// year's label however many buckets there are.
	segs := []seg{{left, d.st.Strip.Axis}}
	for b := range n {
		lo, hi := start+b*size, start+b*size+size-1
		bar := strings.Repeat(barFor(counts[b], peak), (b+1)*inner/n-b*inner/n)
		segs = append(segs, seg{bar, d.bucketStyle(s, lo, hi, hits[b])})
	}
	segs = append(segs, seg{right, d.st.Strip.Axis})
	line := renderSegs(segs, d.width, d.st.Strip.Axis)
	if d.Height() == 2 {
		line += "\n" + renderSegs([]seg{{d.tickLine(), d.st.Strip.Axis}}, d.width, d.st.Strip.Axis)
	}
	return line
}

// tickLine labels round years under the bars ("╵1950"), at least
// minTickGap columns apart, so that a bar's year can be read off.
func (d densityStrip) tickLine() string {
	left, _, inner, start, size, n := d.axis()
	cols := float64(inner) / float64(n*size) // columns per year
	step := size
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000} {
		if s >= size && s%size == 0 && float64(s)*cols >= minTickGap {
			step = s
			break
		}
	}
	line := []rune(strings.Repeat(" ", d.width))
	last := d.from + len(d.all) - 1
	next := 0 // the first column a label may take
	for y := (floorDiv(d.from, step) + 1) * step; y <= last; y += step {
		b := (y - start) / size
		x := len([]rune(left)) + b*inner/n
		label := []rune("╵" + yearText(y))
		if x < next || x+len(label) > d.width {
			continue
		}
		copy(line[x:], label)
		next = x + len(label) + 1
	}
	return strings.TrimRight(string(line), " ")
}

// axis is how the strip lays its buckets out at its width: the end labels,
// the columns between them, the first bucket's year, the years per bucket
// and how many buckets.
func (d densityStrip) axis() (left, right string, inner, start, size, n int) {
	left, right = yearText(d.from)+" ", " "+yearText(d.from+len(d.all)-1)
	inner = d.width - len([]rune(left)) - len([]rune(right))
	if inner < 8 {
		left, right, inner = "", "", d.width
	}
	size = bucketSize(len(d.all), inner)
	start = floorDiv(d.from, size) * size
	n = (d.from + len(d.all) - start + size - 1) / size
	return left, right, inner, start, size, n
}

// BucketAt is the span of years the strip's column x stands for.
func (d densityStrip) BucketAt(x int) (model.YearRange, bool) {
	if len(d.all) == 0 {
		return model.YearRange{}, false
	}
	left, _, inner, start, size, n := d.axis()
	x -= len([]rune(left))
	if x < 0 || x >= inner {
		return model.YearRange{}, false
	}
	// bucket b is drawn on the columns from b*inner/n (rounded down) to the
	// next bucket's: the last b starting at or before x
	b := min(n-1, ((x+1)*n+inner-1)/inner-1)
	return model.YearRange{From: start + b*size, To: start + b*size + size - 1}, true
}

// Step is the next bucket with events before (dir < 0) or after (dir > 0)
// the one that holds year, or that bucket itself (dir 0); ok is false past
// either end.
func (d densityStrip) Step(year, dir int) (model.YearRange, bool) {
	if len(d.all) == 0 {
		return model.YearRange{}, false
	}
	_, _, _, start, size, n := d.axis()
	counts, _ := d.buckets(start, size, n)
	b := floorDiv(year-start, size)
	if dir == 0 {
		b = max(0, min(b, n-1))
		return model.YearRange{From: start + b*size, To: start + b*size + size - 1}, true
	}
	for b += dir; b >= 0 && b < n; b += dir {
		if counts[b] > 0 {
			return model.YearRange{From: start + b*size, To: start + b*size + size - 1}, true
		}
	}
	return model.YearRange{}, false
}

func (d densityStrip) buckets(start, size, n int) (counts, hits []int) {
	counts, hits = make([]int, n), make([]int, n)
	for i, c := range d.all {
		b := (d.from + i - start) / size
		counts[b] += c
		if i < len(d.hits) {
			hits[b] += d.hits[i]
		}
	}
	return counts, hits
}

func (d densityStrip) bucketStyle(s stripState, lo, hi, hits int) lipgloss.Style {
	st := d.st.Strip
	switch {
	case s.hasSel && s.selYear >= lo && s.selYear <= hi:
		return st.Mark
	case s.hasYears && s.years.From <= hi && s.years.To >= lo:
		return st.In
	case s.hasYears:
		return st.Out
	case s.filtered && hits > 0:
		return st.In
	case s.filtered:
		return st.Out
	}
	return st.Bar
}

func bucketSize(span, width int) int {
	width = max(1, width) // a terminal too narrow for the strip still has one bucket
	for _, s := range bucketSizes {
		if (span+2*s-1)/s <= width { // +1 bucket for alignment
			return s
		}
	}
	return max(1, (span+width-1)/width+1)
}

func barFor(c, peak int) string {
	if c == 0 {
		return " "
	}
	level := (c*len(bars) + peak - 1) / peak
	return string(bars[max(1, min(level, len(bars)))-1])
}

func slicesMax(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// spanText is "1912–2023", or one year.
func spanText(t *model.Timeline) string {
	from, to, ok := t.Span()
	switch {
	case !ok:
		return ""
	case from == to:
		return yearText(from)
	}
	return yearText(from) + "–" + yearText(to)
}

// countText is "40 events", or "3 of 40 events" when a filter is on.
func countText(shown, total int, filtered bool) string {
	noun := "events"
	if total == 1 {
		noun = "event"
	}
	if !filtered {
		return strconv.Itoa(total) + " " + noun
	}
	return strconv.Itoa(shown) + " of " + strconv.Itoa(total) + " " + noun
}
