package export

import (
	"bytes"
	"testing"

	"github.com/annals-tui/annals/model"
)

// fixture is a timeline built by hand to stress every writer: all five
// precisions, an interval, a BC year, an approximate date, several people,
// citations with and without references, two sources whose [1]s differ, and
// text full of quotes, commas, newlines, unicode, control characters and
// strings that look like CSV, HTML, Markdown and iCalendar markup. Every
// event's text holds a unique marker MARKn so tests can tell which got out.
func fixture() *model.Timeline {
	t := &model.Timeline{
		Title:  "Relations & <b>“Ties”</b>",
		Source: "a.txt, b.wiki",
		Events: []model.Event{
			{ID: 1, Date: model.CenturyDate(18), Text: "MARK1 In the 19th century Étienne travelled to Zürich — “quoted”, they said.",
				Summary: "Étienne travels", People: []string{"Étienne Lenoir"}, Places: []string{"Zürich"}, Source: "a.txt"},
			{ID: 2, Date: model.YearDate(-43), Text: "MARK2 Caesar *was* _killed_ [1](javascript:alert(1)) <img src=x onerror=alert(1)> in 44 BC.",
				Summary: "Caesar **killed**", People: []string{"Julius Caesar"}, Section: "# Antiquity", Source: "a.txt"},
			{ID: 3, Date: model.DecadeDate(1980), Text: "MARK3 Relations grew in the 1980s,\nwith \"visits\", on both sides.",
				Summary: "Relations grow", Citations: []int{1, 2}, Section: "History", Source: "a.txt"},
			{ID: 4, Date: model.Between(model.YearDate(1912), model.YearDate(2008)), Text: "MARK4 Qian Xiuling (1912–2008) saved nearly 100 people.",
				Summary: "Qian Xiuling lives", People: []string{"Qian Xiuling", "Siou-Ling Tsien"}, Citations: []int{9}, Section: "History", Source: "a.txt"},
			{ID: 5, Date: approx(model.YearDate(1950)), Text: "MARK5 Around 1950 | a table? ~~struck~~ $x$ & &amp; `code`.",
				Summary: "Around 1950", Section: "History", Source: "a.txt"},
			{ID: 6, Date: model.DayDate(1971, 10, 25), Text: `=HYPERLINK("http://evil.example","click")`,
				Summary: "=1+2", People: []string{"@admin", "+Plus", "-Minus"}, Orgs: []string{"UN"}, Section: "<script>alert(1)</script>", Source: "a.txt"},
			{ID: 7, Date: model.MonthDate(1991, 4), Text: "MARK7 Zhu Rongji and Qian Qichen visited in April 1991.",
				Summary: "Zhu Rongji visits", People: []string{"Zhu Rongji", "Qian Qichen"}, Places: []string{"Brussels"}, Citations: []int{1, 3}, Source: "a.txt"},
			{ID: 8, Date: model.DayDate(2019, 6, 4), Text: "MARK8 Sentence from b\x1b[31m red\x07 END:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:forged; with, ICS \\ specials " +
				"and a long tail of 中文 text — to make the line fold well past seventy-five octets.",
				Summary: "B\u202eevent\u202c from b", Citations: []int{1}, Source: "b.wiki"},
		},
		References: []model.Reference{
			{N: 1, Source: "a.txt", Cite: &model.Citation{Title: `Report; "quoted", part 1`,
				URL: "https://example.org/a?x=1&y=2", Publisher: "Gov, Inc.", Date: "2001"}},
			{N: 2, Text: "A reference given as raw text <i>only</i>", Source: "a.txt"},
			{N: 3, Source: "a.txt", Cite: &model.Citation{Title: "Archived only", URL: "javascript:alert(1)",
				ArchiveURL: "https://web.archive.org/web/2001/example.org/"}},
			{N: 1, Source: "b.wiki", Cite: &model.Citation{Title: "Other source's first", URL: "https://b.example/ref1"}},
		},
	}
	t.BuildEntities()
	return t
}

func approx(d model.Date) model.Date {
	d.Approximate = true
	return d
}

// all is every index of t's events.
func all(t *model.Timeline) []int {
	idx := make([]int, len(t.Events))
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// writeString runs a writer into a string.
func writeString(t *testing.T, w Writer, tl *model.Timeline, idx []int) string {
	t.Helper()
	var b bytes.Buffer
	if err := w(&b, tl, idx); err != nil {
		t.Fatalf("write: %v", err)
	}
	return b.String()
}
