package parse

import (
	"strings"
	"testing"
)

// A full stop followed by a note that is no [n] citation, or by a marker of
// more digits than a citation has, still ends the sentence.
func TestNotesAfterAFullStopEndTheSentence(t *testing.T) {
	for _, note := range []string{"[a]", "[note 1]", "[citation needed]", "[1234567]", "[3][b]"} {
		p := "In 1991 it rained." + note + " In 1992 it snowed."
		got := splitSentences(p, nil)
		if len(got) != 2 || p[got[1].start:got[1].end] != "In 1992 it snowed." {
			t.Errorf("%s: %d sentences %+v", note, len(got), got)
		}
	}
	if got := splitSentences("In 1991 it rained.[3][b] In 1992.", nil); len(got) != 2 || len(got[0].citations) != 1 || got[0].citations[0] != 3 {
		t.Errorf("the citation before a note is lost: %+v", got)
	}
}

// Text that never ends a sentence is cut into pieces no longer than
// maxSentenceBytes, at spaces, covering it all.
func TestNeverEndingTextIsCut(t *testing.T) {
	p := strings.Repeat("1991 ", 10000)
	got := splitSentences(p, nil)
	if len(got) < len(p)/maxSentenceBytes {
		t.Fatalf("%d sentences for %d bytes", len(got), len(p))
	}
	total := 0
	for _, s := range got {
		if s.end-s.start > maxSentenceBytes || strings.HasSuffix(p[s.start:s.end], " ") || strings.HasPrefix(p[s.start:s.end], "991") {
			t.Fatalf("sentence %d..%d: %q…", s.start, s.end, p[s.start:min(s.end, s.start+20)])
		}
		total += strings.Count(p[s.start:s.end], "1991")
	}
	if total != 10000 {
		t.Errorf("%d years kept of 10000", total)
	}
}
