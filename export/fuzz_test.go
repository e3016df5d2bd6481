package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"github.com/annals-tui/annals/model"
)

// Whatever the article says, every export stays well-formed: no control
// characters, CSV that reads back to the sentence, a calendar the library
// parses with lines of at most 75 octets, valid JSON, no markup from text.
func FuzzWriters(f *testing.F) {
	f.Add("In 1991 they met.", "Zhu Rongji", "History", 1991)
	f.Add("=cmd|' /C calc'!A0\r\nEND:VCALENDAR", "@x", "<script>alert(1)</script>", -43)
	f.Add("\x1b[2J\u202eevil \u009b\"quoted\", commas; \\ back", "Ω 中文", "# [x](y)", 0)
	f.Fuzz(func(t *testing.T, text, person, section string, year int) {
		year = year%3000 - 500
		tl := &model.Timeline{Title: section, Source: "fuzz", Events: []model.Event{{ID: 1, Date: model.YearDate(year),
			Text: text, Summary: text, People: []string{person}, Section: section, Citations: []int{1}}},
			References: []model.Reference{{N: 1, Cite: &model.Citation{Title: text, URL: text}}}}
		t.Setenv("SOURCE_DATE_EPOCH", "0")
		outs := map[string]string{}
		for name, w := range map[string]Writer{"list": WriteList, "json": WriteJSON, "csv": WriteCSV,
			"md": WriteMarkdown, "ics": WriteICS, "timelinejs": WriteTimelineJS, "html": WriteHTML,
			"markwhen": WriteMarkwhen, "mermaid": WriteMermaid} {
			var b bytes.Buffer
			if err := w(&b, tl, []int{0}); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out := b.String()
			for i, r := range out {
				if r != '\n' && !(r == '\r' && strings.HasPrefix(out[i:], "\r\n")) && (unicode.IsControl(r) || isBidiControl(r)) {
					t.Fatalf("%s: control %U in %q", name, r, out)
				}
			}
			outs[name] = out
		}
		rows, err := csv.NewReader(strings.NewReader(outs["csv"])).ReadAll()
		if err != nil || len(rows) != 2 {
			t.Fatalf("csv: %v, %d rows", err, len(rows))
		}
		if got, want := strings.TrimPrefix(rows[1][5], "'"), strings.ReplaceAll(cleanText(text), "\r", ""); got != want && "'"+got != want {
			t.Errorf("csv text %q, want %q", got, want)
		}
		cal, err := ics.ParseCalendar(strings.NewReader(outs["ics"]))
		if err != nil {
			t.Fatalf("ics: %v\n%s", err, outs["ics"])
		}
		if want := map[bool]int{true: 1, false: 0}[year >= 0]; len(cal.Events()) != want {
			t.Errorf("ics has %d events for year %d", len(cal.Events()), year)
		}
		for _, line := range strings.Split(outs["ics"], "\r\n") {
			if len(line) > 75 {
				t.Errorf("ics line of %d octets", len(line))
			}
		}
		for _, name := range []string{"json", "timelinejs"} {
			if !json.Valid([]byte(outs[name])) {
				t.Errorf("%s is not valid JSON", name)
			}
		}
		if strings.Contains(outs["html"], "<script") {
			t.Error("html: text became a script element")
		}
	})
}
