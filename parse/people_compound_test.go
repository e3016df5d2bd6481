package parse

import (
	"fmt"
	"testing"
)

// namesOfOneEvent checks the people and places of the one event each
// sentence states, written "[people] [places]".
func namesOfOneEvent(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		tl := parseText(t, text)
		if len(tl.Events) != 1 {
			t.Fatalf("%q: %d events", text, len(tl.Events))
		}
		if got := fmt.Sprint(tl.Events[0].People, " ", tl.Events[0].Places); got != want {
			t.Errorf("%q: people and places %s, want %s", text, got, want)
		}
	}
}

// Office words and the tails of hyphenated compounds are no one's name;
// a name that opens a compound stays whole.
func TestOfficesAndCompoundTailsAreNoOne(t *testing.T) {
	namesOfOneEvent(t, map[string]string{
		"In 2010 she was elected as a Director-At-Large of the party.": "[] []",
		"In 2011 she became the party's Policing and Crime Critic.":    "[] []",
		"In 2012 Jean-Pierre Dubois became the Health Critic.":         "[Jean-Pierre Dubois] []",
		"In 1928 Chiang Kai-shek took the northern capital.":           "[Chiang Kai-shek] []",
		"In 1990 Marie-Claire Dupont and Anne-Sophie Mutter played.":   "[Marie-Claire Dupont Anne-Sophie Mutter] []",
	})
}

// The names a list gives after a kind of thing ("franchises like …") are
// of that kind; after a kind of people they are people, and places stay
// places.
func TestNamesListedAfterAKindOfThingAreNoOne(t *testing.T) {
	namesOfOneEvent(t, map[string]string{
		"In 1990 the studio made franchises like Donkey Kong, Mario, and Pokémon.":     "[] []",
		"In 1995 the company sold consoles including the Game Boy and Super Nintendo.": "[] []",
		"In 1990 leaders like Deng Xiaoping and Li Peng met in the capital.":           "[Deng Xiaoping Li Peng] []",
		"In 1990 she toured cities such as Paris and Lyon.":                            "[] [Paris Lyon]",
	})
}
