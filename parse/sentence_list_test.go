package parse

import "testing"

// A day written "7." at the head of a list line is not a sentence of its own.
func TestListLineDayIsNoSentence(t *testing.T) {
	got := splitSentences("* 7. August 1940 the bridge opened. It closed later.", nil)
	if len(got) != 2 || got[0].end-got[0].start < len("* 7. August 1940 the bridge opened.") {
		t.Fatalf("sentences = %+v", got)
	}
}
