package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLexTableFindsEveryForm checks the lexicon's look-up table against the
// lexicon itself: every form is found with its entry, and words that are
// no form (near misses of forms among them) are not found.
func TestLexTableFindsEveryForm(t *testing.T) {
	if len(lexicon()) < 1000 {
		t.Fatalf("the lexicon has %d forms; the grammars' lists are missing", len(lexicon()))
	}
	for form, want := range lexicon() {
		if got, ok := lookup(form); !ok || got != want {
			t.Errorf("%q: got %+v, %v; want %+v", form, got, ok, want)
		}
		// the same first, second and last bytes and length: the same slot
		if len(form) > 3 {
			near := form[:2] + "q" + form[3:]
			if _, inLexicon := lexicon()[near]; !inLexicon {
				if _, ok := lookup(near); ok {
					t.Errorf("%q (from %q) found, but it is no form", near, form)
				}
			}
		}
	}
	for _, w := range []string{"x", "relations", "Zzyzx", "visited", "ambassador's", "Brusselsx"} {
		if _, ok := lookup(w); ok {
			t.Errorf("%q found, but it is no form", w)
		}
	}
}

// TestWordsReadEightBytesAtATime checks the tokenizer's word reading, which
// takes ASCII letters eight at a time: words of every length up to twenty,
// in either case, at every offset, ending at a space, a stop, a digit, an
// apostrophe or a non-ASCII letter, or at the end of the text.
func TestWordsReadEightBytesAtATime(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 1; n <= 20; n++ {
		for _, end := range []string{" x", ".", "7", "'s", "é", "Ü", ""} {
			for lead := range 9 {
				word := make([]byte, n)
				upper := false
				for k := range word {
					word[k] = byte('a' + rng.IntN(26))
					if rng.IntN(4) == 0 {
						word[k] -= 'a' - 'A'
						upper = true
					}
				}
				w := string(word)
				s := strings.Repeat("( ", lead)[:lead] + w + end
				toks := tokenize(s, nil)
				var got *token
				for k := range toks {
					if toks[k].kind == tWord {
						got = &toks[k]
						break
					}
				}
				want := w
				if end == "'s" || end == "é" || end == "Ü" {
					want = w + end // the apostrophe and letters after it belong to the word
				}
				if got == nil || got.text != want {
					t.Fatalf("%q: word %v, want %q", s, got, want)
				}
				if _, inLexicon := lexicon()[want]; !inLexicon {
					if lowerASCII := !upper && end != "é" && end != "Ü"; (got.lower == want) != lowerASCII {
						t.Errorf("%q: lower %q (the word is lower-case ASCII: %v)", s, got.lower, lowerASCII)
					}
					if got.upper != (want[0] >= 'A' && want[0] <= 'Z') {
						t.Errorf("%q: upper %v", s, got.upper)
					}
				}
			}
		}
	}
}
