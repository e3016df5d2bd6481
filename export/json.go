package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// The JSON shapes below are the contract of DESIGN.md: tests and the
// evaluation read them. Fields may be added, never renamed.

type jsonTimeline struct {
	Title      string          `json:"title"`
	Source     string          `json:"source"`
	Events     []jsonEvent     `json:"events"`
	References []jsonReference `json:"references"`
	Entities   []jsonEntity    `json:"entities"`
}

type jsonEvent struct {
	ID        int      `json:"id"`
	When      string   `json:"when"`
	Start     string   `json:"start"`
	End       string   `json:"end"`
	Precision string   `json:"precision"`
	Text      string   `json:"text"`
	Summary   string   `json:"summary"`
	People    []string `json:"people"`
	Places    []string `json:"places"`
	Orgs      []string `json:"orgs"`
	Citations []int    `json:"citations"`
	Section   string   `json:"section"`
	Offset    int      `json:"offset"`
	Source    string   `json:"source,omitempty"`
}

type jsonReference struct {
	N          int    `json:"n"`
	Title      string `json:"title"`
	URL        string `json:"url"`
	Publisher  string `json:"publisher"`
	Date       string `json:"date"`
	ArchiveURL string `json:"archive_url"`
	AccessDate string `json:"access_date,omitempty"`
	Text       string `json:"text,omitempty"`
	Source     string `json:"source,omitempty"`
}

type jsonEntity struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Events []int  `json:"events"`
}

// nonNil keeps empty lists as [] rather than null, as the contract shows.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteJSON writes the timeline JSON of DESIGN.md: the kept events, the
// references, and the entities of the kept events.
func WriteJSON(w io.Writer, t *model.Timeline, idx []int) error {
	out := jsonTimeline{Title: t.Title, Source: t.Source, Events: make([]jsonEvent, 0, len(idx))}
	kept := make(map[int]bool, len(idx))
	for _, i := range idx {
		e := &t.Events[i]
		kept[e.ID] = true
		out.Events = append(out.Events, jsonEvent{
			ID: e.ID, When: e.Date.EDTF(), Start: e.Date.Start.String(), End: e.Date.End.String(),
			Precision: e.Date.Precision.String(), Text: e.Text, Summary: e.Summary,
			People: nonNil(e.People), Places: nonNil(e.Places), Orgs: nonNil(e.Orgs),
			Citations: nonNil(e.Citations), Section: e.Section, Offset: e.Offset, Source: e.Source,
		})
	}
	out.References = make([]jsonReference, 0, len(t.References))
	for _, r := range t.References {
		out.References = append(out.References, jsonReference{N: r.N, Title: r.Title, URL: r.URL,
			Publisher: r.Publisher, Date: r.Date, ArchiveURL: r.ArchiveURL, AccessDate: r.AccessDate,
			Text: r.Text, Source: r.Source})
	}
	out.Entities = []jsonEntity{}
	for _, en := range t.Entities {
		var ids []int
		for _, id := range en.Events {
			if kept[id] {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			out.Entities = append(out.Entities, jsonEntity{Name: en.Name, Kind: string(en.Kind), Events: ids})
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(buf.Bytes()))
	return err
}

// escapeInvisible writes DEL, the C1 controls and the bidi embedding, override and
// isolate controls that encoding/json leaves raw as \u escapes: the data is
// the same, and a terminal showing the JSON is not taken over by them. Those
// runes can only occur inside JSON strings, where the escape is valid.
func escapeInvisible(b []byte) []byte {
	if isClean(string(b)) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}
