package markup

import (
	"reflect"
	"testing"
)

// Plain-text list lines are blocks of their own, and a date that a hard
// wrap cut after its day is joined back.
func TestTextListLinesAndWrappedDates(t *testing.T) {
	src := "Chronicle\n\n1838 : the town was founded\n1840 : a church was built\n" +
		"* 7. August 1940 the bridge opened\nIt opened on 16\nAugust 1897 with a parade.\n"
	want := []string{"1838 : the town was founded", "1840 : a church was built",
		"* 7. August 1940 the bridge opened", "It opened on 16 August 1897 with a parade."}
	if got := paragraphs(ReadText([]byte(src))); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", got, want)
	}
}

// A paragraph hard-wrapped over many lines is one block, its lines joined
// by one space each, and the paragraph after it starts a block of its own;
// a bullet holding a date alone takes the deeper line below it.
func TestTextJoinsAParagraphWrappedOverManyLines(t *testing.T) {
	src, want := []byte("Floods\n\n"), []byte(nil)
	for i := range 5000 {
		if i > 0 {
			want = append(want, ' ')
		}
		line := "the river flooded the town in 1991 and"
		src = append(append(src, line...), '\n')
		want = append(want, line...)
	}
	src = append(src, "in the end it rained.\n\nA new paragraph.\n\n• 771 BCE\n    the capital moved east.\n"...)
	wantText := string(want) + " in the end it rained."
	got := paragraphs(ReadText(src))
	if len(got) != 3 || got[0] != wantText || got[1] != "A new paragraph." || got[2] != "• 771 BCE the capital moved east." {
		t.Fatalf("read %d paragraphs, the first %d bytes (want %d), then %q", len(got), len(got[0]), len(wantText), got[1:])
	}
}
