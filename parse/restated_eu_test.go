package parse

import (
	"fmt"
	"testing"

	"github.com/annals-tui/annals/model"
)

type langCase struct{ lang, src, want string }

// eachEvent parses each case in its language and checks what show makes of
// its events, printed with fmt.Sprint.
func eachEvent[T any](t *testing.T, cases []langCase, show func(model.Event) T) {
	t.Helper()
	for _, tc := range cases {
		tl, err := Parse([]byte(tc.src), Options{Source: "t.txt", Lang: tc.lang})
		if err != nil {
			t.Fatal(err)
		}
		var got []T
		for _, e := range tl.Events {
			got = append(got, show(e))
		}
		if fmt.Sprint(got) != tc.want {
			t.Errorf("%s %q: %v, want %s", tc.lang, tc.src, got, tc.want)
		}
	}
}

// A relative date said again at once as a written date within it is one
// event, the written one; the same day named again later in the sentence
// is a row of its own.
func TestEuropeanRestatedDatesAreOneEvent(t *testing.T) {
	eachEvent(t, []langCase{
		{"nl", "Reizen\n\nIn 1867 trad hij in. Drie jaar later, in oktober 1870, vertrok hij naar Gent.", "[1867 1870-10]"},
		{"fr", "Voyages\n\nEn 1867 il entra au couvent. Trois ans plus tard, en octobre 1870, il partit pour Gand.", "[1867 1870-10]"},
		{"nl", "Reizen\n\nOp 22 oktober 1880 legde hij zijn geloften af en diezelfde dag scheepte hij in te Oostende.", "[1880-10-22 1880-10-22]"},
	}, func(e model.Event) string { return e.Date.EDTF() })
}

// "eerste" and "premier" are "first" alone: the capitalised noun after
// them ("de eerste Europeaan", "le premier Européen") is no one; the office
// they open ("eerste minister", "premier ministre") still titles a name.
func TestFirstIsNoTitleAlone(t *testing.T) {
	eachEvent(t, []langCase{
		{"nl", "Reizen\n\nIn 1661 was hij de eerste Europeaan in Tibet.", "[[]]"},
		{"fr", "Voyages\n\nEn 1661, le premier Européen atteignit le Tibet.", "[[]]"},
		{"nl", "Politiek\n\nIn 2008 werd eerste minister Yves Leterme beëdigd.", "[[Yves Leterme]]"},
		{"fr", "Politique\n\nEn 2014, le premier ministre Charles Michel prêta serment.", "[[Charles Michel]]"},
	}, func(e model.Event) []string { return e.People })
}
