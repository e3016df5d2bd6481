// Package export writes a timeline, or the part of it a query keeps, in the
// formats people take a chronology elsewhere in: JSON, CSV, Markdown,
// iCalendar, TimelineJS, HTML, markwhen, Mermaid, and the plain table of
// `annals list`.
package export

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

// Writer writes the events idx of t (indices into t.Events, in order) to w.
type Writer func(w io.Writer, t *model.Timeline, idx []int) error

var writers = map[string]Writer{
	"json":       WriteJSON,
	"csv":        WriteCSV,
	"md":         WriteMarkdown,
	"ics":        WriteICS,
	"timelinejs": WriteTimelineJS,
	"html":       WriteHTML,
	"markwhen":   WriteMarkwhen,
	"mermaid":    WriteMermaid,
}

// Formats lists the format names Write accepts.
func Formats() []string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Lookup returns the writer of a format, or an error that names the formats.
func Lookup(format string) (Writer, error) {
	if w, ok := writers[strings.ToLower(format)]; ok {
		return w, nil
	}
	return nil, fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(Formats(), ", "))
}
