package parse

import "testing"

// TestLexTableFindsEveryForm checks the lexicon's look-up table against the
// lexicon itself: every form is found with its entry, and words that are
// no form (near misses of forms among them) are not found.
func TestLexTableFindsEveryForm(t *testing.T) {
	if len(lexicon) < 1000 {
		t.Fatalf("the lexicon has %d forms; the grammars' lists are missing", len(lexicon))
	}
	for form, want := range lexicon {
		if got, ok := lookup(form); !ok || got != want {
			t.Errorf("%q: got %+v, %v; want %+v", form, got, ok, want)
		}
		// the same first, second and last bytes and length: the same slot
		if len(form) > 3 {
			near := form[:2] + "q" + form[3:]
			if _, inLexicon := lexicon[near]; !inLexicon {
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
