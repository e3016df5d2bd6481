package export

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/annals-tui/annals/model"
)

// WriteList writes the plain aligned table of `annals list`: the date at its
// precision, the summary, the people and the citations.
func WriteList(w io.Writer, t *model.Timeline, idx []int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, i := range idx {
		e := &t.Events[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", e.Date.EDTF(), e.Summary, strings.Join(e.People, ", "), citeMarks(e.Citations))
	}
	return tw.Flush()
}

func citeMarks(c []int) string {
	var b strings.Builder
	for _, n := range c {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}
