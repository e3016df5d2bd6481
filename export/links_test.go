package export

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/annals-tui/annals/model"
)

func TestJSONEventsCarryTheirLinks(t *testing.T) {
	tl := &model.Timeline{Title: "T", Events: []model.Event{
		{ID: 1, Date: model.YearDate(2019), Text: "In 2019 \"Brotchi\" spoke.",
			Links: []model.Link{{Title: "Jacques Brotchi", Lang: "en", Text: "\"Brotchi\""}}},
		{ID: 2, Date: model.YearDate(2020), Text: "In 2020 nothing."},
	}}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, tl, []int{0, 1}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []struct {
			Links []jsonLink `json:"links"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, buf.String())
	}
	want := jsonLink{Title: "Jacques Brotchi", Lang: "en", Text: "\"Brotchi\""}
	if len(got.Events) != 2 || len(got.Events[0].Links) != 1 || got.Events[0].Links[0] != want {
		t.Errorf("links = %+v, want [%+v] on the first event", got.Events, want)
	}
	if bytes.Count(buf.Bytes(), []byte(`"links"`)) != 1 {
		t.Errorf("an event without links has a \"links\" field:\n%s", buf.String())
	}
}
