package parse

import (
	"strings"
	"testing"
)

// inTemplate is the plain question templateCursor answers.
func inTemplate(text string, pos int) bool {
	open := strings.LastIndex(text[:pos], "{{")
	return open >= 0 && strings.LastIndex(text[:pos], "}}") < open
}

// The cursor answers as inTemplate does, for positions in any order.
func FuzzTemplateCursor(f *testing.F) {
	for _, s := range []string{"{{cite web|Ann Smith}} Bob Jones", "{{{In 1991 {{{In", "}}{{x}}{", "a{{b}}c{{d"} {
		f.Add(s, []byte{0, 3, 5, 9, 2, 40})
	}
	f.Fuzz(func(t *testing.T, text string, steps []byte) {
		c := newTemplateCursor(text)
		pos := 0
		for _, st := range steps {
			if st%4 == 0 {
				pos = int(st) % (len(text) + 1) // now and then out of order
			} else {
				pos = min(len(text), pos+int(st%16))
			}
			if got, want := c.inside(pos), inTemplate(text, pos); got != want {
				t.Fatalf("%q at %d: cursor %v, inTemplate %v", text, pos, got, want)
			}
		}
	})
}
