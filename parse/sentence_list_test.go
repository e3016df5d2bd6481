package parse

import "testing"

// A day written "7." at the head of a list line is not a sentence of its own.
func TestListLineDayIsNoSentence(t *testing.T) {
	got := splitSentences("* 7. August 1940 the bridge opened. It closed later.", nil)
	if len(got) != 2 || got[0].end-got[0].start < len("* 7. August 1940 the bridge opened.") {
		t.Fatalf("sentences = %+v", got)
	}
}

// A quotation's inner full stops end no sentence, so the citation after
// the closing quote stays the sentence's.
func TestQuotationKeepsItsSentence(t *testing.T) {
	for _, p := range []string{
		`In 1990 he said "It is done. We won."[3] Then it ended.`,
		"In 1992 “Stop. Now.” was sung.[7] Then it ended.",
	} {
		got := splitSentences(p, nil)
		if len(got) != 2 || len(got[0].citations) != 1 {
			t.Errorf("%q: sentences = %+v", p, got)
		}
	}
}
