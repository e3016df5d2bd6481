package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"when", "start", "end", "precision", "summary", "text", "people",
	"places", "orgs", "citations", "section", "source"}

// CSVListSep joins the values of a multi-valued CSV cell.
const CSVListSep = "; "

// WriteCSV writes RFC 4180 CSV: a header row and one row per event. Lists
// (people, places, orgs, citations) are joined with "; ". A text cell that a
// spreadsheet would take for a formula (it begins with = + - @) or that
// begins with an apostrophe gets a leading apostrophe, so the spreadsheet
// shows it as text; drop one leading apostrophe to read the text back.
func WriteCSV(w io.Writer, t *model.Timeline, idx []int) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, i := range idx {
		e := &t.Events[i]
		cites := make([]string, len(e.Citations))
		for j, n := range e.Citations {
			cites[j] = strconv.Itoa(n)
		}
		row := []string{
			e.Date.EDTF(), e.Date.Start.String(), e.Date.End.String(), e.Date.Precision.String(),
			csvText(e.Summary), csvText(e.Text), csvList(e.People), csvList(e.Places), csvList(e.Orgs),
			strings.Join(cites, CSVListSep), csvText(e.Section), csvText(sourceName(t, e)),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvList(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = cleanLine(v)
	}
	return csvText(strings.Join(out, CSVListSep))
}

// csvText keeps a cell as text in a spreadsheet (OWASP's advice on CSV
// injection) and free of control characters other than line breaks.
func csvText(s string) string {
	s = cleanText(s)
	if s != "" && strings.ContainsRune("=+-@'", rune(s[0])) {
		return "'" + s
	}
	return s
}
