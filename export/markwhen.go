package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/annals-tui/annals/model"
)

// WriteMarkwhen writes the timeline as a markwhen document (.mw, see
// markwhen.com): a header with the title, then a line per event, "DATE:
// summary", with its sentence as the description below it. Dates are EDTF
// as markwhen reads them: a day, a month or a year, and a range for a
// decade, a century or an interval.
func WriteMarkwhen(w io.Writer, t *model.Timeline, idx []int) error {
	bw := bufio.NewWriter(w)
	title := cleanLine(t.Title)
	if title == "" {
		title = "Timeline"
	}
	fmt.Fprintf(bw, "---\ntitle: %s\n---\n", yamlQuote(title))
	for _, p := range periods(t, idx) {
		fmt.Fprintf(bw, "\nsection %s\n", p.Heading)
		for _, i := range p.Idx {
			e := &t.Events[i]
			fmt.Fprintf(bw, "%s: %s\n", markwhenDate(e.Date), oneLine(summaryOf(e)))
			if text := cleanLine(e.Text); text != summaryOf(e) {
				fmt.Fprintf(bw, "%s\n", oneLine(text))
			}
		}
		bw.WriteString("endSection\n")
	}
	return bw.Flush()
}

// markwhenDate is a date in the EDTF forms markwhen reads.
func markwhenDate(d model.Date) string {
	switch {
	case d.IsZero():
		return "now"
	case d.Interval || d.Precision == model.Decade || d.Precision == model.Century:
		return point(d.Start, d.Precision) + "/" + point(d.End, max(d.Precision, d.EndPrecision))
	}
	return point(d.Start, d.Precision)
}

// point writes a day at a precision; coarser than a year, as the year.
func point(day model.CalendarDay, p model.Precision) string {
	y := fmt.Sprintf("%04d", day.Year)
	if day.Year < 0 {
		y = fmt.Sprintf("-%04d", -day.Year)
	}
	switch p {
	case model.Day:
		return fmt.Sprintf("%s-%02d-%02d", y, day.Month, day.Day)
	case model.Month:
		return fmt.Sprintf("%s-%02d", y, day.Month)
	}
	return y
}

// summaryOf is the event's short line, or its sentence when it has none.
func summaryOf(e *model.Event) string {
	if s := cleanLine(e.Summary); s != "" {
		return s
	}
	return cleanLine(e.Text)
}

// oneLine keeps text on its line and off markwhen's syntax: a line that
// starts with a date, "section" or "#" would be read as something else.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '#' || strings.HasPrefix(strings.ToLower(s), "section") ||
		strings.HasPrefix(strings.ToLower(s), "endsection") || strings.HasPrefix(s, "---")) {
		s = "– " + s
	}
	return s
}

// yamlQuote writes s as a YAML double-quoted string.
func yamlQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
