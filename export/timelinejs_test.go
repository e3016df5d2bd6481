package export

import (
	"encoding/json"
	"strings"
	"testing"
)

// The shapes TimelineJS3 reads, decoded loosely so absent fields show.
type tlDoc struct {
	Title  map[string]any `json:"title"`
	Events []struct {
		StartDate   map[string]int    `json:"start_date"`
		EndDate     map[string]int    `json:"end_date"`
		Text        map[string]string `json:"text"`
		Group       string            `json:"group"`
		DisplayDate string            `json:"display_date"`
		UniqueID    string            `json:"unique_id"`
	} `json:"events"`
}

func TestTimelineJSDatesFollowPrecision(t *testing.T) {
	tl := fixture()
	var doc tlDoc
	if err := json.Unmarshal([]byte(writeString(t, WriteTimelineJS, tl, all(tl))), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("%d events, want %d", len(doc.Events), len(tl.Events))
	}
	type want struct {
		start, end map[string]int
		display    string
	}
	for i, w := range []want{
		{map[string]int{"year": 1800}, map[string]int{"year": 1899}, "19th century"},
		{map[string]int{"year": -43}, nil, "44 BC"},
		{map[string]int{"year": 1980}, map[string]int{"year": 1989}, "1980s"},
		{map[string]int{"year": 1912}, map[string]int{"year": 2008}, ""},
		{map[string]int{"year": 1950}, nil, "c. 1950"},
		{map[string]int{"year": 1971, "month": 10, "day": 25}, nil, ""},
		{map[string]int{"year": 1991, "month": 4}, nil, ""},
		{map[string]int{"year": 2019, "month": 6, "day": 4}, nil, ""},
	} {
		e := doc.Events[i]
		if !sameDate(e.StartDate, w.start) || !sameDate(e.EndDate, w.end) || e.DisplayDate != w.display {
			t.Errorf("event %d: start %v end %v display %q, want %v %v %q", i+1, e.StartDate, e.EndDate, e.DisplayDate, w.start, w.end, w.display)
		}
	}
	ids := map[string]bool{}
	for _, e := range doc.Events {
		if e.UniqueID == "" || ids[e.UniqueID] {
			t.Errorf("unique_id %q missing or repeated", e.UniqueID)
		}
		ids[e.UniqueID] = true
	}
}

func sameDate(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TimelineJS renders headline, text and group as HTML: article text is
// escaped, sources become links (only http and https ones).
func TestTimelineJSTextIsEscapedHTML(t *testing.T) {
	tl := fixture()
	var doc tlDoc
	if err := json.Unmarshal([]byte(writeString(t, WriteTimelineJS, tl, all(tl))), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Title["text"].(map[string]any)["headline"]; got != "Relations &amp; &lt;b&gt;“Ties”&lt;/b&gt;" {
		t.Errorf("title headline = %q", got)
	}
	caesar, un, april := doc.Events[1], doc.Events[5], doc.Events[6]
	if caesar.Text["headline"] != "Caesar **killed**" || !strings.Contains(caesar.Text["text"], "&lt;img src=x onerror=alert(1)&gt;") {
		t.Errorf("Caesar slide = %v", caesar.Text)
	}
	if un.Group != "&lt;script&gt;alert(1)&lt;/script&gt;" {
		t.Errorf("group = %q", un.Group)
	}
	if caesar.Group != "# Antiquity" || doc.Events[2].Group != "History" {
		t.Errorf("groups = %q, %q, want the sections", caesar.Group, doc.Events[2].Group)
	}
	wantText := `<p>MARK7 Zhu Rongji and Qian Qichen visited in April 1991.</p><ol class="sources">` +
		`<li value="1"><a href="https://example.org/a?x=1&amp;y=2">Report; &#34;quoted&#34;, part 1. Gov, Inc., 2001.</a></li>` +
		`<li value="3"><a href="https://web.archive.org/web/2001/example.org/">Archived only.</a></li></ol>`
	if april.Text["text"] != wantText {
		t.Errorf("April 1991 text =\n%s\nwant\n%s", april.Text["text"], wantText)
	}
}
