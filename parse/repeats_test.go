package parse

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

func parseChunked(t *testing.T, src string, chunk int) *model.Timeline {
	t.Helper()
	tl, err := Parse([]byte(src), Options{Source: "repeats.txt", ChunkBytes: chunk})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// A sentence said again right after itself is one event, backed by the
// sources of both; said again later, or under another heading, it is a new
// one.
func TestARepeatedStatementIsOneEvent(t *testing.T) {
	src := "Floods\n\nIn 1991 the river rose.[1] In 1991 the river rose.[2][1] In 1992 the dam held.[3] In 1991 the river rose.[4]\n\n" +
		"== Later ==\n\nIn 1992 the dam held.[5]\n"
	tl := parseChunked(t, src, 0)
	type row struct {
		year  int
		text  string
		cites []int
	}
	var got []row
	for _, e := range tl.Events {
		got = append(got, row{int(e.Date.Start.Year), e.Text, e.Citations})
	}
	want := []row{
		{1991, "In 1991 the river rose.", []int{1, 2}},
		{1991, "In 1991 the river rose.", []int{4}},
		{1992, "In 1992 the dam held.", []int{3}},
		{1992, "In 1992 the dam held.", []int{5}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("events:\n got %v\nwant %v", got, want)
	}
	for i, e := range tl.Events {
		if e.ID < 1 || e.ID > len(tl.Events) || i > 0 && e.Date == tl.Events[i-1].Date && e.ID < tl.Events[i-1].ID {
			t.Fatalf("event IDs are not numbered again in order of appearance: %d at %d", e.ID, i)
		}
	}
}

// A sentence that gives the same year twice states two events, as the
// guide counts them, and so does the same day named again ("the same day"):
// folding is for repeats of the sentence, not within it.
func TestAYearGivenTwiceInASentenceIsTwoEvents(t *testing.T) {
	src := "Careers\n\nIn 1991 Anna Verbeke joined the board, in 1993 she left, and in 1991 Pieter Claes took over the press office."
	tl := parseChunked(t, src, 0)
	var years []int
	for _, e := range tl.Events {
		years = append(years, int(e.Date.Start.Year))
	}
	if !slices.Equal(years, []int{1991, 1991, 1993}) {
		t.Fatalf("years %v, want 1991 1991 1993", years)
	}
}

// Text that repeats one date without end costs an event a window of it,
// not one a mention.
func TestARepeatedDateCostsAnEventAWindow(t *testing.T) {
	src := "Years\n\n" + strings.Repeat("1991 ", 20000)
	tl := parseChunked(t, src, 0)
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i].Text == tl.Events[i-1].Text {
			t.Fatalf("events %d and %d of 1991 share the window %q", i-1, i, tl.Events[i].Text)
		}
	}
	if n := len(tl.Events); n == 0 || n > len(src)/windowBytes*2 {
		t.Fatalf("%d events for %d bytes of one repeated year", n, len(src))
	}
}

// Runs of repeats that cross the boundaries of the chunks read on separate
// cores fold as one reading of the article folds them.
func TestRepeatsFoldAcrossChunks(t *testing.T) {
	const chunk = 4 << 10
	var b strings.Builder
	b.WriteString("Archive\n\n")
	for i := 0; b.Len() < 12*chunk; i++ {
		// long runs of one paragraph said again, each citing its own note,
		// so that runs reach over the chunks' edges
		fmt.Fprintf(&b, "In %d the archive moved, and in 1850 it burned.[%d]\n\n", 1900+i/40, i+1)
	}
	src := b.String()
	one := parseChunked(t, src, len(src))
	prev := runtime.GOMAXPROCS(max(runtime.GOMAXPROCS(0), 2))
	many := parseChunked(t, src, chunk)
	runtime.GOMAXPROCS(prev)
	if len(splitChunks(mustRead(t, []byte(src)).Blocks, 2, chunk)) < 4 {
		t.Fatal("the fixture is not large enough to be chunked")
	}
	if len(one.Events) != len(many.Events) {
		t.Fatalf("%d events in one pass, %d in chunks", len(one.Events), len(many.Events))
	}
	for i := range one.Events {
		a, c := one.Events[i], many.Events[i]
		if a.ID != c.ID || a.Date != c.Date || a.Text != c.Text || !slices.Equal(a.Citations, c.Citations) || a.Offset != c.Offset {
			t.Fatalf("event %d differs:\n%+v\n%+v", i, a, c)
		}
	}
	// each run of 40 paragraphs is one event for its year; 1850, in every
	// run's text too, is one event a run
	if want := 2 * ((int(one.Events[len(one.Events)-1].Date.Start.Year) - 1900) + 1); len(one.Events) != want {
		t.Errorf("%d events, want %d", len(one.Events), want)
	}
	for _, e := range many.Events {
		if e.Date.Start.Year == 1900 {
			var want []int
			for n := 1; n <= 40; n++ {
				want = append(want, n)
			}
			if !slices.Equal(e.Citations, want) {
				t.Errorf("the first run's event cites %v, want the notes of its 40 paragraphs", e.Citations)
			}
		}
	}
}
