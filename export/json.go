package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// The JSON shapes below are the contract of DESIGN.md: tests and the
// evaluation read them. Fields may be added, never renamed.

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
// references, and the entities of the kept events. It streams one event at a
// time, so a million events never sit in memory twice.
func WriteJSON(w io.Writer, t *model.Timeline, idx []int) error {
	jw := newJSONWriter(w)
	jw.raw("{\n")
	jw.field("title", t.Title, false)
	jw.field("source", t.Source, false)
	kept := make(map[int]bool, len(idx))
	jw.events(t, idx, kept)
	jw.array("references", len(t.References), false, func(k int) any {
		r := &t.References[k]
		return jsonReference{N: r.N, Title: r.Title, URL: r.URL, Publisher: r.Publisher, Date: r.Date,
			ArchiveURL: r.ArchiveURL, AccessDate: r.AccessDate, Text: r.Text, Source: r.Source}
	})
	var entities []jsonEntity
	for _, en := range t.Entities {
		var ids []int
		for _, id := range en.Events {
			if kept[id] {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			entities = append(entities, jsonEntity{Name: en.Name, Kind: string(en.Kind), Events: ids})
		}
	}
	jw.array("entities", len(entities), true, func(k int) any { return entities[k] })
	jw.raw("}\n")
	return jw.flush()
}

// jsonWriter writes the timeline's JSON piece by piece, indented as
// encoding/json would indent the whole document with one space.
type jsonWriter struct {
	out *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	jw := &jsonWriter{out: bufio.NewWriterSize(w, 64<<10)}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = jw.out.WriteString(s)
	}
}

// value writes v indented for the given depth, without a final newline.
func (jw *jsonWriter) value(v any, depth int) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	jw.enc.SetIndent(strings.Repeat(" ", depth), " ")
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	_, jw.err = jw.out.Write(escapeInvisible(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))))
}

func (jw *jsonWriter) field(name string, v any, last bool) {
	jw.raw(" \"" + name + "\": ")
	jw.value(v, 1)
	jw.raw(comma(last) + "\n")
}

func (jw *jsonWriter) array(name string, n int, last bool, item func(int) any) {
	if n == 0 {
		jw.raw(" \"" + name + "\": []" + comma(last) + "\n")
		return
	}
	jw.raw(" \"" + name + "\": [\n")
	for k := 0; k < n; k++ {
		jw.raw("  ")
		jw.value(item(k), 2)
		jw.raw(comma(k == n-1) + "\n")
	}
	jw.raw(" ]" + comma(last) + "\n")
}

// events writes the events array with appendEvent, the fast path for the
// bulk of the document.
func (jw *jsonWriter) events(t *model.Timeline, idx []int, kept map[int]bool) {
	if len(idx) == 0 {
		jw.raw(" \"events\": [],\n")
		return
	}
	jw.raw(" \"events\": [\n")
	for _, i := range idx {
		kept[t.Events[i].ID] = true
	}
	// Encode batches on every core, write them in order: a large export
	// takes a fraction of the time, and only a few batches are in memory.
	workers := runtime.GOMAXPROCS(0)
	bufs := make([][]byte, workers)
	for from := 0; from < len(idx) && jw.err == nil; from += workers * eventBatch {
		var wg sync.WaitGroup
		for w := range workers {
			lo := from + w*eventBatch
			if lo >= len(idx) {
				bufs[w] = bufs[w][:0]
				continue
			}
			hi := min(lo+eventBatch, len(idx))
			wg.Add(1)
			go func() {
				defer wg.Done()
				b := bufs[w][:0]
				for k := lo; k < hi; k++ {
					b = append(b, "  "...)
					b = appendEvent(b, &t.Events[idx[k]])
					b = append(b, comma(k == len(idx)-1)...)
					b = append(b, '\n')
				}
				bufs[w] = b
			}()
		}
		wg.Wait()
		for _, b := range bufs {
			if jw.err == nil {
				_, jw.err = jw.out.Write(b)
			}
		}
	}
	jw.raw(" ],\n")
}

// eventBatch is how many events one worker encodes at a time.
const eventBatch = 2048

func comma(last bool) string {
	if last {
		return ""
	}
	return ","
}

func (jw *jsonWriter) flush() error {
	if jw.err != nil {
		return jw.err
	}
	return jw.out.Flush()
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
