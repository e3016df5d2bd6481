package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/annals-tui/annals/model"
)

// WriteMermaid writes the timeline as a Mermaid timeline diagram (a .mmd
// file, or the body of a ```mermaid block, which GitHub renders): a title,
// a section per period, and a line per date with its events after colons.
func WriteMermaid(w io.Writer, t *model.Timeline, idx []int) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("timeline\n")
	if title := mermaidText(cleanLine(t.Title)); title != "" {
		fmt.Fprintf(bw, "    title %s\n", title)
	}
	for _, p := range periods(t, idx) {
		fmt.Fprintf(bw, "    section %s\n", mermaidText(p.Heading))
		last := ""
		for _, i := range p.Idx {
			e := &t.Events[i]
			label := mermaidText(e.Date.Human())
			if label == "" {
				label = "undated"
			}
			if label == last {
				fmt.Fprintf(bw, "        %s : %s\n", strings.Repeat(" ", len(label)), mermaidText(summaryOf(e)))
				continue
			}
			fmt.Fprintf(bw, "        %s : %s\n", label, mermaidText(summaryOf(e)))
			last = label
		}
	}
	return bw.Flush()
}

// mermaidText keeps text from Mermaid's syntax: a colon separates events, a
// semicolon or newline ends a statement, # starts an entity and %% a comment.
var mermaidText = func() func(string) string {
	r := strings.NewReplacer(":", " –", ";", ",", "#", "no. ", "%%", "%", "\n", " ", "\r", " ", "{", "(", "}", ")")
	return func(s string) string { return strings.TrimSpace(strings.Join(strings.Fields(r.Replace(s)), " ")) }
}()
