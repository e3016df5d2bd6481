package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

// Invisible controls leave as \u escapes: the data reads back the same, and
// the raw bytes cannot reorder or recolour a terminal that shows them.
func TestJSONEscapesInvisibleControls(t *testing.T) {
	tl := fixture()
	tl.Events[7].Summary += "\u009b31m"
	out := writeString(t, WriteJSON, tl, []int{7})
	if strings.ContainsRune(out, '\u202e') || strings.ContainsRune(out, '\u009b') {
		t.Errorf("raw control in JSON: %q", out)
	}
	if !strings.Contains(out, `B\u202eevent\u202c from b\u009b31m`) {
		t.Errorf("want \\u escapes, got %s", out)
	}
	var doc struct {
		Events []struct {
			Summary string `json:"summary"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Events[0].Summary != tl.Events[7].Summary {
		t.Errorf("summary reads back as %q, want %q", doc.Events[0].Summary, tl.Events[7].Summary)
	}
}

// The hand-written event encoder writes what encoding/json would, escapes
// and indentation included.
func TestAppendEventMatchesEncodingJSON(t *testing.T) {
	texts := []string{"plain", "quote \" and \\ backslash", "tab\tnew\nline\rcr", "\x01\x1f ctl", "del\x7f c1\u0085 \u009b",
		"bidi \u202e\u2066 sep\u2028\u2029", "bad \xff utf8", "<html> & 'x'", "日本語 ✓", ""}
	for i, s := range texts {
		e := model.Event{ID: i + 1, Date: model.MonthDate(1991, 4), Text: s, Summary: s, People: []string{s, "B"},
			Places: nil, Orgs: []string{s}, Citations: []int{1, 12}, Section: s, Offset: i * 7, Source: s}
		if i%2 == 0 {
			e.Citations, e.Source, e.People = nil, "", nil
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", " ")
		enc.Encode(jsonEvent{ID: e.ID, When: e.Date.EDTF(), Start: e.Date.Start.String(), End: e.Date.End.String(),
			Precision: e.Date.Precision.String(), Text: e.Text, Summary: e.Summary, People: nonNil(e.People),
			Places: nonNil(e.Places), Orgs: nonNil(e.Orgs), Citations: nonNil(e.Citations), Section: e.Section,
			Offset: e.Offset, Source: e.Source})
		wantS := string(escapeInvisible(bytes.TrimSuffix(want.Bytes(), []byte("\n"))))
		if got := string(appendEvent(nil, &e)); got != wantS {
			t.Errorf("text %q:\n got %s\nwant %s", s, got, wantS)
		}
	}
}
