package export

import (
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

// readCSV reads the CSV export back into events, the way its doc comment
// tells a user to: drop one leading apostrophe from text cells, split lists
// on "; ", parse the EDTF date.
func readCSV(t *testing.T, s string) []model.Event {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the export: %v", err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("header = %v", rows[0])
	}
	text := func(c string) string { return strings.TrimPrefix(c, "'") }
	list := func(c string) []string {
		if c = text(c); c == "" {
			return nil
		}
		return strings.Split(c, CSVListSep)
	}
	var out []model.Event
	for _, r := range rows[1:] {
		d, err := model.ParseEDTF(r[0])
		if err != nil {
			t.Fatalf("when %q: %v", r[0], err)
		}
		if r[1] != d.Start.String() || r[2] != d.End.String() || r[3] != d.Precision.String() {
			t.Errorf("start/end/precision %v disagree with when %q", r[1:4], r[0])
		}
		var cites []int
		for _, c := range list(r[9]) {
			n, err := strconv.Atoi(c)
			if err != nil {
				t.Fatalf("citation %q: %v", c, err)
			}
			cites = append(cites, n)
		}
		out = append(out, model.Event{Date: d, Summary: text(r[4]), Text: text(r[5]), People: list(r[6]),
			Places: list(r[7]), Orgs: list(r[8]), Citations: cites, Section: text(r[10]), Source: text(r[11])})
	}
	return out
}

func TestCSVReadsBackAsTheModel(t *testing.T) {
	tl := fixture()
	got := readCSV(t, writeString(t, WriteCSV, tl, all(tl)))
	if len(got) != len(tl.Events) {
		t.Fatalf("%d rows, want %d", len(got), len(tl.Events))
	}
	for i, g := range got {
		w := tl.Events[i]
		w.ID, w.Offset, w.Phrase = 0, 0, model.Span{}
		if i == 7 { // the writer drops escape sequences, controls and bidi overrides
			w.Text = strings.NewReplacer("\x1b[31m", "", "\x07", "", "\r\n", "\n").Replace(w.Text)
			w.Summary = "Bevent from b"
		}
		if g.Date != w.Date || g.Text != w.Text || g.Summary != w.Summary || g.Section != w.Section ||
			g.Source != w.Source || !slices.Equal(g.People, w.People) || !slices.Equal(g.Places, w.Places) ||
			!slices.Equal(g.Orgs, w.Orgs) || !slices.Equal(g.Citations, w.Citations) {
			t.Errorf("row %d read back as\n%+v\nwant\n%+v", i+1, g, w)
		}
	}
}

func TestCSVKeepsFormulasAsText(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteCSV, tl, []int{5})
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	row := rows[1]
	for col, want := range map[int]string{4: "'=1+2", 5: `'=HYPERLINK("http://evil.example","click")`, 6: "'@admin; +Plus; -Minus"} {
		if row[col] != want {
			t.Errorf("%s = %q, want %q", CSVHeader[col], row[col], want)
		}
	}
	if row[0] != "1971-10-25" || row[1] != "1971-10-25" {
		t.Errorf("dates are not text cells and keep their form: %v", row[:3])
	}
	if !strings.HasSuffix(out, "\r\n") || strings.Count(out, "\r\n") != 2 {
		t.Errorf("want RFC 4180 CRLF records, got %q", out)
	}
}

func TestCSVWritesBCYearsAndIntervals(t *testing.T) {
	tl := fixture()
	rows, _ := csv.NewReader(strings.NewReader(writeString(t, WriteCSV, tl, []int{1, 3}))).ReadAll()
	if got := rows[1][:4]; !slices.Equal(got, []string{"-0043", "-0043-01-01", "-0043-12-31", "year"}) {
		t.Errorf("44 BC row = %v", got)
	}
	if got := rows[2][:4]; !slices.Equal(got, []string{"1912/2008", "1912-01-01", "2008-12-31", "year"}) {
		t.Errorf("interval row = %v", got)
	}
}
