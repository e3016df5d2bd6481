package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The events of a sentence too long to carry whole each hold a window of it
// around their date, cut at words and marked with ellipses, so that what the
// events hold stays proportional to the article; each window is shared by
// the events whose date it holds.
func TestEventsOfALongSentenceHoldAWindow(t *testing.T) {
	var b strings.Builder
	b.WriteString("Chronicle\n\nThe council met ")
	for y := 1900; y < 1990; y++ {
		b.WriteString("and in ")
		b.WriteString(strings.Repeat("many long years ", 3))
		b.WriteString(itoa(y))
		b.WriteString(" the élite road grew ")
	}
	b.WriteString("until it ended.")
	tl, err := Parse([]byte(b.String()), Options{Source: "long.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 90 {
		t.Fatalf("%d events, want 90", len(tl.Events))
	}
	sentence := strings.TrimPrefix(b.String(), "Chronicle\n\n")
	windows := map[string]bool{}
	for _, e := range tl.Events {
		if len(e.Text) > windowBytes+2*len("…") || !utf8.ValidString(e.Text) {
			t.Fatalf("event %d holds %d bytes: %q", e.ID, len(e.Text), e.Text)
		}
		if got, want := e.Text[e.Phrase.Start:e.Phrase.End], itoa(int(e.Date.Start.Year)); !strings.Contains(got, want) {
			t.Errorf("event %d: phrase %q is not its date %s in %q", e.ID, got, want, e.Text)
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(e.Text, "…"), "…")
		at := strings.Index(sentence, inner)
		if at < 0 || sentence[max(0, at-1)] != ' ' && at > 0 || at+len(inner) < len(sentence) && sentence[at+len(inner)] != ' ' {
			t.Errorf("event %d: %q is no window of the sentence cut at words", e.ID, e.Text)
		}
		if strings.HasPrefix(e.Text, "…") != (at > 0) || strings.HasSuffix(e.Text, "…") != (at+len(inner) < len(sentence)) {
			t.Errorf("event %d: a cut is not marked: %q", e.ID, e.Text)
		}
		windows[e.Text] = true
	}
	if len(windows) >= 60 {
		t.Errorf("%d windows for 90 dates: the events of one window do not share it", len(windows))
	}
	short := "Chronicle\n\nThe council met in 1900, and again in 1901 when the road grew."
	tl, _ = Parse([]byte(short), Options{Source: "short.txt"})
	for _, e := range tl.Events {
		if e.Text != "The council met in 1900, and again in 1901 when the road grew." {
			t.Errorf("an ordinary sentence is cut: %q", e.Text)
		}
	}
}

func itoa(n int) string {
	return string(rune('0'+n/1000)) + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}

// Chinese text that never ends a sentence is cut after a comma, as English
// is at a space, and each event holds its clause, not the whole stretch.
func TestNeverEndingChineseIsCutAtCommas(t *testing.T) {
	var pb strings.Builder
	for i := range 2000 { // years that differ within a window: repeats.go folds a repeated one
		pb.WriteString("在" + itoa(1900+i%100) + "年下雨，")
	}
	p := pb.String()
	got := splitZhSentences(p, nil)
	if len(got) < len(p)/maxSentenceBytes {
		t.Fatalf("%d sentences for %d bytes", len(got), len(p))
	}
	for _, s := range got {
		if s.end-s.start > maxSentenceBytes || !strings.HasPrefix(p[s.start:], "在") {
			t.Fatalf("sentence %d..%d starts %q", s.start, s.end, p[s.start:min(s.end, s.start+12)])
		}
	}
	tl, err := Parse([]byte("标题\n\n"+p), Options{Source: "zh.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 2000 {
		t.Fatalf("%d events of 2000", len(tl.Events))
	}
	for _, e := range tl.Events {
		if len(e.Text) > windowBytes+2*len("…") || e.Text[e.Phrase.Start:e.Phrase.End] != itoa(int(e.Date.Start.Year))+"年" {
			t.Fatalf("event %d: %q, phrase %v", e.ID, e.Text, e.Phrase)
		}
	}
}
