package export

import (
	"encoding/json"
	"strings"
	"testing"
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
