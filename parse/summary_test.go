package parse

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// summaries parses one paragraph and returns each event's summary by EDTF.
func summaries(t *testing.T, src string) map[string]string {
	t.Helper()
	tl := parseText(t, "Title\n\n"+src+"\n")
	out := map[string]string{}
	for _, e := range tl.Events {
		out[e.Date.EDTF()] = e.Summary
	}
	return out
}

func TestSummaryKeepsTheSubjectOfALongClause(t *testing.T) {
	got := summaries(t, "Diplomatic relations were established between Belgium and the Russian Empire in 1853, when the first envoy was appointed in Brussels on 19 March 1853.")
	if want := "Diplomatic relations were established between Belgium and the Russian Empire in 1853"; got["1853"] != want {
		t.Errorf("1853: %q, want %q", got["1853"], want)
	}
	if !strings.HasPrefix(got["1853-03-19"], "The first envoy was appointed") {
		t.Errorf("1853-03-19: %q", got["1853-03-19"])
	}
}

func TestSummaryOfARelativeClauseKeepsItsAntecedent(t *testing.T) {
	got := summaries(t, "Norway was the first country to open an embassy in the new capital, which took place on 9 May 1950.")
	if !strings.HasPrefix(got["1950-05-09"], "Norway was the first country") {
		t.Errorf("summary %q: a clause opening with which has no subject of its own", got["1950-05-09"])
	}
}

func TestDatesOfOneClauseGetTheirOwnLines(t *testing.T) {
	got := summaries(t, "Crown Prince Philippe led trade missions to the region in November 1996 and again in 2000.")
	a, b := got["1996-11"], got["2000"]
	if a == b {
		t.Fatalf("both dates read %q", a)
	}
	if !strings.HasPrefix(b, "Crown Prince Philippe led trade missions") || !strings.HasSuffix(b, "again in 2000") {
		t.Errorf("2000: %q, want the clause's subject and verb and its own phrase", b)
	}
	got = summaries(t, "Ties grew during the 1980s with visits from both sides such as the mayor in April 1991 and the minister in March 1992.")
	if got["1991-04"] == got["1992-03"] || !strings.Contains(got["1992-03"], "the minister in March 1992") {
		t.Errorf("1991: %q, 1992: %q", got["1991-04"], got["1992-03"])
	}
}

func TestSummaryAfterAnOpeningDateListAndConjunction(t *testing.T) {
	got := summaries(t, "Trade grew quickly across the whole region in those years; and in the 2010s, agreements were made for more thorough economic ties.")
	if want := "Agreements were made for more thorough economic ties"; got["201X"] != want {
		t.Errorf("201X: %q, want %q", got["201X"], want)
	}
	got = summaries(t, "In 1899 and 1900, the Danish cruiser Valkyrien visited the coast with a prince aboard.")
	if want := "The Danish cruiser Valkyrien visited the coast with a prince aboard"; got["1899"] != want || got["1900"] != want {
		t.Errorf("1899: %q, 1900: %q, want %q", got["1899"], got["1900"], want)
	}
}

func TestSummaryIsNotCutForANarrowRow(t *testing.T) {
	s := "In 2019, the senate president received a lifetime ban from entering the country as punishment for visiting the island."
	if got := summaries(t, s)["2019"]; strings.HasSuffix(got, "…") || !strings.HasSuffix(got, "visiting the island") {
		t.Errorf("summary %q: a 110-character clause is kept whole for wide terminals", got)
	}
}

// BenchmarkManyDatesInOneSentence grows one sentence of '1991 '*N from 1 to
// 16 MB: ns per byte stays flat when summarising is linear.
func BenchmarkManyDatesInOneSentence(b *testing.B) {
	for _, mb := range []int{1, 4, 16} {
		src := []byte("Title\n\n" + strings.Repeat("1991 ", mb<<20/5) + "\n")
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(src, Options{Source: "dates.txt"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cutAtByRunes is cutAt without its ASCII fast path: the oracle of
// FuzzCutAt.
func cutAtByRunes(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	half, limit, k := 0, 0, 0
	for i := 0; i < len(s); k++ {
		if k == n/2 {
			half = i
		}
		if k == n-1 {
			limit = i
		}
		if k == n {
			return cutBetween(s, half, limit), true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s, false
}

func FuzzCutAt(f *testing.F) {
	f.Add("The mission to Beijing, led by the prince, signed three agreements", 30)
	f.Add("Le président a visité Pékin, où il a signé trois accords en 2019", 24)
	f.Add("短い 文 です。とても 長い 文", 5)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 1 || n > 400 {
			return
		}
		got, cut := cutAt(s, n)
		want, wantCut := cutAtByRunes(s, n)
		if got != want || cut != wantCut {
			t.Fatalf("cutAt(%q, %d) = %q %v, want %q %v", s, n, got, cut, want, wantCut)
		}
	})
}

// The dash between the two ends of a life span joins one date and ends no
// clause, and ", Jr." is part of a name: the second son's line names him,
// and does not start inside his brother's dates.
func TestSummaryOfListedLifeSpans(t *testing.T) {
	got := summaries(t, "The couple had three sons: Oskar Lindqvist (March 3, 1921 – May 9, 1980), Henrik Lindqvist, Jr. (June 1, 1924 – July 2, 1990) and Emil Lindqvist (April 5, 1927 – August 6, 1931).")
	second := got["1924-06-01/1990-07-02"]
	if strings.HasPrefix(second, "May 9, 1980") || !strings.Contains(second, "Henrik Lindqvist, Jr. (June 1, 1924") {
		t.Errorf("second son's line: %q", second)
	}
	if first := got["1921-03-03/1980-05-09"]; !strings.Contains(first, "Oskar Lindqvist") {
		t.Errorf("first son's line: %q", first)
	}
}
