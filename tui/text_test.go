package tui

import (
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

func TestGutterDate(t *testing.T) {
	approx := model.YearDate(1900)
	approx.Approximate = true
	unsure := model.MonthDate(1850, 5)
	unsure.Uncertain = true
	cases := []struct {
		d    model.Date
		want string
	}{
		{model.DayDate(1971, 10, 25), "1971 Oct 25"},
		{model.MonthDate(1991, 4), "1991 Apr"},
		{model.YearDate(2019), "2019"},
		{model.DecadeDate(1980), "1980s"},
		{model.CenturyDate(18), "19th c."},
		{model.Between(model.YearDate(1912), model.YearDate(2008)), "1912–2008"},
		{model.Between(model.MonthDate(2019, 3), model.MonthDate(2019, 5)), "2019 Mar–May"},
		{model.Between(model.DayDate(2019, 3, 3), model.DayDate(2019, 3, 5)), "2019 Mar 3–5"},
		{model.Between(model.DecadeDate(1960), model.DecadeDate(1980)), "1960s–1980s"},
		{model.Between(model.DayDate(1939, 9, 1), model.DayDate(1945, 5, 8)), "1939–1945"},
		{model.DayDate(-43, 3, 15), "44 BC Mar 15"},
		{approx, "c.1900"},
		{unsure, "1850 May?"},
		{model.Date{}, ""},
	}
	for _, c := range cases {
		got := gutterDate(c.d)
		if got != c.want {
			t.Errorf("gutterDate(%s) = %q, want %q", c.d.EDTF(), got, c.want)
		}
		if n := len([]rune(got)); n > gutterWidth {
			t.Errorf("gutterDate(%s) = %q is wider than the gutter", c.d.EDTF(), got)
		}
	}
}

func TestDateWords(t *testing.T) {
	if got := dateWords(model.MonthDate(1991, 4)); got != "April 1991, month precision" {
		t.Errorf("dateWords = %q", got)
	}
	iv := model.Between(model.YearDate(1912), model.MonthDate(2008, 3))
	if got := dateWords(iv); got != "1912–March 2008, year to month precision" {
		t.Errorf("dateWords(interval) = %q", got)
	}
}

func TestCleanRemovesControlsAndBidi(t *testing.T) {
	cases := map[string]string{
		"plain":                   "plain",
		"Zürich":                  "Zürich",
		"a\x1b[31mb":              "ab",
		"bell\x07 tab\t nl\n":     "bell tab  nl ",
		"c1\u009b31mx":            "c1x",
		"marks\u200e\u200f\u061c": "marks",
		"rtl\u202eevil\u2066x":    "rtlevilx",
		"bad\xffutf8":             "bad\ufffdutf8",
		"\x1b]8;;http://x\x1b\\":  "",
	}
	for in, want := range cases {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrapSegsFitsWidth(t *testing.T) {
	plain := seg{}
	text := "China's Vice President Xi Jinping has been to Belgium in October 2009 to enhance cooperation; " +
		strings.Repeat("x", 50)
	for _, w := range []int{1, 5, 12, 40} {
		lines := wrapSegs([]seg{{text, plain.style}}, w)
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Fatalf("width %d: line %q is %d wide", w, l, ansi.StringWidth(l))
			}
		}
		if got := strings.Join(lines, ""); strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Fatalf("width %d lost text: %q", w, got)
		}
	}
}

// TestWrapKeepsWordsWhole checks that a word whose letters change style (a
// search match inside it: "Ts|s|ien") wraps as one word, not at the match,
// and that a word longer than a line is still cut to fit.
func TestWrapKeepsWordsWhole(t *testing.T) {
	hl := lipgloss.NewStyle().Bold(true)
	segs := highlight("or Siou-Ling Tsien de Perlinghi, was an immigrant", []string{"s"}, lipgloss.NewStyle(), hl)
	for _, w := range []int{10, 14, 15, 18, 22} {
		lines := wrapSegs(segs, w)
		var words []string
		for _, l := range lines {
			plain := ansi.Strip(l)
			if ansi.StringWidth(plain) > w {
				t.Fatalf("width %d: line %q is too wide", w, plain)
			}
			words = append(words, strings.Fields(plain)...)
		}
		want := strings.Fields("or Siou-Ling Tsien de Perlinghi, was an immigrant")
		if !slices.Equal(words, want) {
			t.Errorf("width %d: words %q, want %q", w, words, want)
		}
	}
	long := []seg{{"Willamowitz", lipgloss.NewStyle()}, {"Möllendorf", hl}}
	for _, l := range wrapSegs(long, 6) {
		if ansi.StringWidth(l) > 6 {
			t.Fatalf("a word longer than a line is not cut: %q", ansi.Strip(l))
		}
	}
}

// TestCutRowKeepsItsEllipsis checks a list row cut right where a search
// match inside a word ends: the row still ends in an ellipsis. A row that
// fills the width before the gap to its next column needs none.
func TestCutRowKeepsItsEllipsis(t *testing.T) {
	base, hl := lipgloss.NewStyle(), lipgloss.NewStyle().Bold(true)
	segs := highlight("national security law", []string{"t"}, base, hl)
	if got := ansi.Strip(renderSegs(segs, 14, base)); got != "national secu…" {
		t.Errorf("cut inside a word at a match: %q", got)
	}
	if got := ansi.Strip(renderSegs(segs, 15, base)); got != "national secur…" {
		t.Errorf("cut right after a match inside a word: %q", got)
	}
	row := []seg{{"visits Belgium", base}, {"  Xi Jinping", base}}
	if got := ansi.Strip(renderSegs(row, 14, base)); got != "visits Belgium" {
		t.Errorf("a row that fills the width before its next column: %q", got)
	}
}

func TestBucketSizeIsYearThenDecade(t *testing.T) {
	cases := []struct{ span, width, want int }{{50, 80, 1}, {112, 80, 10}, {224, 80, 10}, {1024, 80, 20}, {5000, 20, 500}, {5000, 0, 5001}} // no width: one bucket, no panic
	for _, c := range cases {
		if got := bucketSize(c.span, c.width); got != c.want {
			t.Errorf("bucketSize(%d, %d) = %d, want %d", c.span, c.width, got, c.want)
		}
	}
}
