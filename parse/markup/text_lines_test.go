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
