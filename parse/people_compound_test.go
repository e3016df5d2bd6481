package parse

import (
	"fmt"
	"testing"
)

// Office words and the tails of hyphenated compounds are no one's name;
// a name that opens a compound stays whole.
func TestOfficesAndCompoundTailsAreNoOne(t *testing.T) {
	for text, want := range map[string]string{
		"In 2010 she was elected as a Director-At-Large of the party.": "[]",
		"In 2011 she became the party's Policing and Crime Critic.":    "[]",
		"In 2012 Jean-Pierre Dubois became the Health Critic.":         "[Jean-Pierre Dubois]",
		"In 1928 Chiang Kai-shek took the northern capital.":           "[Chiang Kai-shek]",
		"In 1990 Marie-Claire Dupont and Anne-Sophie Mutter played.":   "[Marie-Claire Dupont Anne-Sophie Mutter]",
	} {
		tl := parseText(t, text)
		if len(tl.Events) != 1 {
			t.Fatalf("%q: %d events", text, len(tl.Events))
		}
		if got := fmt.Sprint(tl.Events[0].People); got != want {
			t.Errorf("%q: people %s, want %s", text, got, want)
		}
	}
}
