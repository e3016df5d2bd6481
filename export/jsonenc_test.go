package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// The JSON export is written by hand. These tests hold it to what it was
// when encoding/json wrote it: referenceJSON below is that writer, kept as
// the oracle.

// escapeInvisible writes DEL, the C1 controls and the bidi embedding,
// override and isolate controls that encoding/json leaves raw as \u
// escapes: the data is the same, and a terminal showing the JSON is not taken
// over by them. Those runes can only occur inside JSON strings, where the
// escape is valid.
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

// stdJSON is v as encoding/json indents it at depth (one space per level)
// with HTML escaping off, then escapeInvisible: how the title, source,
// references and entities were always written.
func stdJSON(t testing.TB, v any, depth int) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(strings.Repeat(" ", depth), " ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(escapeInvisible(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
}

// nonNil keeps empty lists as [] rather than null, as the contract shows.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// referenceJSON is the timeline JSON as WriteJSON wrote it with
// encoding/json, one value at a time.
func referenceJSON(t testing.TB, tl *model.Timeline, idx []int) string {
	var b strings.Builder
	b.WriteString("{\n")
	b.WriteString(` "title": ` + stdJSON(t, tl.Title, 1) + ",\n")
	b.WriteString(` "source": ` + stdJSON(t, tl.Source, 1) + ",\n")
	array := func(name string, items []string, last bool) {
		if len(items) == 0 {
			b.WriteString(` "` + name + `": []` + comma(last) + "\n")
			return
		}
		b.WriteString(` "` + name + "\": [\n")
		for k, s := range items {
			b.WriteString("  " + s + comma(k == len(items)-1) + "\n")
		}
		b.WriteString(" ]" + comma(last) + "\n")
	}
	kept := map[int]bool{}
	var events []string
	for _, i := range idx {
		e := &tl.Events[i]
		kept[e.ID] = true
		events = append(events, stdJSON(t, jsonEvent{ID: e.ID, When: e.Date.EDTF(), Start: e.Date.Start.String(),
			End: e.Date.End.String(), Precision: e.Date.Precision.String(), Text: e.Text, Summary: e.Summary,
			People: nonNil(e.People), Places: nonNil(e.Places), Orgs: nonNil(e.Orgs), Citations: nonNil(e.Citations),
			Section: e.Section, Offset: e.Offset, Source: e.Source}, 2))
	}
	array("events", events, false)
	var refs []string
	for _, r := range tl.References {
		c := r.Citation()
		refs = append(refs, stdJSON(t, jsonReference{N: r.N, Title: c.Title, URL: c.URL, Publisher: c.Publisher, Date: c.Date,
			ArchiveURL: c.ArchiveURL, AccessDate: c.AccessDate, Authors: c.Authors, Pages: c.Pages, ArchiveDate: c.ArchiveDate,
			URLStatus: c.URLStatus, Text: r.Text, Source: r.Source}, 2))
	}
	array("references", refs, false)
	var ents []string
	for _, en := range tl.Entities {
		var ids []int
		for _, id := range en.Events {
			if kept[id] {
				ids = append(ids, id)
			}
		}
		if len(ids) > 0 {
			ents = append(ents, stdJSON(t, jsonEntity{Name: en.Name, Kind: string(en.Kind), Events: ids}, 2))
		}
	}
	array("entities", ents, true)
	b.WriteString("}\n")
	return b.String()
}

// awkward are strings that JSON encoders get wrong: controls with and
// without short escapes, DEL, C1 controls, the bidi controls, U+2028 and
// U+2029, invalid and truncated UTF-8, a valid U+FFFD, HTML characters, and
// each of them at every offset of an eight-byte word.
var awkward = func() []string {
	base := []string{"", "plain", "quote \" and \\ backslash", "\\\\\"\"", "tab\tnew\nline\rcr", "\x00\x01\x1f ctl",
		"bs\b ff\f", "\\b \\f \\u0008", "del\x7f", "c1 \u0080\u0085\u009b\u009f \u00a0\u00a1 é ÿ",
		"bidi \u202a\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069 \u2065\u206a \u2029\u202f",
		"lrm \u200e\u200f alm \u061c", "sep\u2028\u2029", "bad \xff \xfe \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80", "cut \xe2\x80",
		"\xc2", "\xc3", "\xe2\x80\xa8x", "repl \ufffd", "<html> & 'x' </script>", "日本語 ✓ 😀 — “q”", "Zürich Liège",
		strings.Repeat("0123456789abcdef", 5)}
	out := append([]string(nil), base...)
	for _, s := range []string{"\"", "\\", "\n", "\x1f", "\x7f", "\u0085", "é", "\u2028", "\u202e", "\xff", "\xe2\x80"} {
		for pad := range 17 {
			out = append(out, strings.Repeat("a", pad)+s+strings.Repeat("z", 16-pad))
		}
	}
	return out
}()

func TestJSONStringsMatchEncodingJSON(t *testing.T) {
	for _, s := range awkward {
		checkJSONString(t, s)
	}
}

// Every rune, and every byte pair with or without a clean word before it:
// whatever escape or fast path a character takes, it comes out right.
func TestJSONStringsMatchEncodingJSONExhaustive(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive")
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0x800 && r < 0x2000 || r > 0x2100 && r < 0xd000 || r > 0xe000 && r < 0xff00 || r > 0x10400 && r < 0x10fff0 {
			r += 63 // a sample of the long plain stretches
		}
		checkJSONString(t, "ab"+string(r)+"cdefghij")
		if t.Failed() {
			return
		}
	}
	for c := range 256 {
		for d := range 256 {
			s := string([]byte{byte(c), byte(d)})
			checkJSONString(t, s)
			checkJSONString(t, "01234567"+s+"89")
			if t.Failed() {
				return
			}
		}
	}
}

func checkJSONString(t *testing.T, s string) {
	t.Helper()
	want := stdJSON(t, s, 0)
	if got := string(appendStdJSONString(nil, s)); got != want {
		t.Errorf("appendStdJSONString(%q) = %s, want %s", s, got, want)
	}
	if got, want := string(appendJSONString(nil, s)), want; got != want {
		t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
	}
}

// awkwardTimeline puts the awkward strings in every string of a timeline:
// title, source, every field of events and references, entity names.
func awkwardTimeline() *model.Timeline {
	tl := &model.Timeline{Title: strings.Join(awkward[:24], "|"), Source: "src\u202e\x7f\u2028"}
	for i, s := range awkward {
		e := model.Event{ID: i + 1, Date: model.YearDate(1900 + i%3), Text: s, Summary: s, People: []string{s, "B"},
			Places: []string{s}, Orgs: []string{"<&>", s}, Citations: []int{i, i * 1000}, Section: s, Offset: i * 70001,
			Source: s}
		if i%3 == 0 {
			e.Citations, e.People, e.Places, e.Orgs = nil, nil, nil, nil
		}
		tl.Events = append(tl.Events, e)
		tl.References = append(tl.References, model.Reference{N: i - 3, Text: awkward[(i+2)%len(awkward)], Source: s,
			Cite: &model.Citation{Title: s, URL: s, Publisher: s, Date: s, ArchiveURL: s, AccessDate: awkward[(i+1)%len(awkward)]}})
		if i%2 == 0 { // the added fields, with every awkward string in them too
			c := tl.References[len(tl.References)-1].Cite
			c.Authors, c.Pages = []string{s, awkward[(i+3)%len(awkward)]}, s
			c.ArchiveDate, c.URLStatus = awkward[(i+4)%len(awkward)], s
		}
	}
	tl.BuildEntities()
	return tl
}

// The hand-written document is byte for byte the encoding/json one, for
// awkward strings, filters that keep all, some, one or no events (and so
// all, some or none of the entities), merged timelines, IDs that are far
// apart, negative or repeated, and timelines large enough to be cut into
// many chunks, on one core and on several.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	type tc struct {
		name string
		tl   *model.Timeline
		idx  []int
	}
	var cases []tc
	add := func(name string, tl *model.Timeline) {
		n := len(tl.Events)
		every := func(k int) []int {
			var idx []int
			for i := 0; i < n; i += k {
				idx = append(idx, i)
			}
			return idx
		}
		cases = append(cases, tc{name + "/all", tl, all(tl)}, tc{name + "/none", tl, nil},
			tc{name + "/third", tl, every(3)}, tc{name + "/last", tl, []int{n - 1}})
	}
	add("fixture", fixture())
	add("awkward", awkwardTimeline())

	merged := fixture()
	merged.Merge(awkwardTimeline())
	merged.Merge(fixture())
	add("merged", merged)

	farApart := awkwardTimeline()
	for i := range farApart.Events {
		farApart.Events[i].ID = []int{-1 << 62, 1 << 62, 0, -5}[i%4] + i
	}
	farApart.BuildEntities()
	farApart.Entities = append(farApart.Entities, model.Entity{Name: "stray", Kind: model.Org, Events: []int{-1 << 63, 1<<63 - 1, 3}})
	add("far-apart", farApart)

	repeated := fixture()
	for i := range repeated.Events {
		repeated.Events[i].ID = 1 + i%3
	}
	repeated.BuildEntities()
	add("repeated", repeated)

	manyRefs := fixture()
	for len(manyRefs.References) < 2*referenceBatch+5 {
		manyRefs.References = append(manyRefs.References, awkwardTimeline().References...)
	}
	add("many-references", manyRefs)

	empty := &model.Timeline{}
	cases = append(cases, tc{"empty", empty, nil})

	big := syntheticTimeline(2*eventBatch + 17)
	cases = append(cases, tc{"big/many-chunks", big, all(big)})
	var sparse []int
	for i := 0; i < len(big.Events); i += 5 {
		sparse = append(sparse, i)
	}
	cases = append(cases, tc{"big/sparse", big, sparse})

	wants := make([]string, len(cases))
	for k, c := range cases {
		wants[k] = referenceJSON(t, c.tl, c.idx)
	}
	for _, procs := range []int{1, 2, 5} {
		prev := runtime.GOMAXPROCS(procs)
		for k, c := range cases {
			want := wants[k]
			got := writeString(t, WriteJSON, c.tl, c.idx)
			if got != want {
				t.Errorf("%s with %d procs: differs from encoding/json at byte %d:\n got %.300q\nwant %.300q",
					c.name, procs, firstDiff(got, want), got[firstDiff(got, want):], want[firstDiff(got, want):])
			}
		}
		runtime.GOMAXPROCS(prev)
	}
}

func firstDiff(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// failAfter accepts n bytes and then fails every write.
type failAfter struct{ n int }

var errFull = errors.New("disk full")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n := f.n
		f.n = 0
		return n, errFull
	}
	f.n -= len(p)
	return len(p), nil
}

// A failing writer stops the export with its error, early, on one core or
// several, without leaving workers behind.
func TestWriteJSONWriteError(t *testing.T) {
	big := syntheticTimeline(16 * eventBatch) // well past a megabyte: the last failure comes chunks in
	for _, procs := range []int{1, 2} {
		prev := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 10, 1 << 20} {
			before := runtime.NumGoroutine()
			if err := WriteJSON(&failAfter{n}, big, all(big)); !errors.Is(err, errFull) {
				t.Errorf("%d procs, fail after %d bytes: err %v", procs, n, err)
			}
			if after := goroutinesSettle(before); after > before {
				t.Errorf("%d procs, fail after %d bytes: %d goroutines left behind", procs, n, after-before)
			}
		}
		runtime.GOMAXPROCS(prev)
	}
}

// goroutinesSettle returns the number of goroutines once it is down to want,
// or after a second: a worker that has said it is done may not have
// returned yet when WriteJSON does (the race detector slows that down), and
// only one that never returns is left behind.
func goroutinesSettle(want int) int {
	for range 1000 {
		if n := runtime.NumGoroutine(); n <= want {
			return n
		}
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

// FuzzJSONStrings holds both string encoders to encoding/json on any
// string, and WriteJSON to the reference on a timeline made of it.
func FuzzJSONStrings(f *testing.F) {
	for _, s := range awkward[:24] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkJSONString(t, s)
		tl := &model.Timeline{Title: s, Source: s, Events: []model.Event{{ID: 1, Date: model.YearDate(1), Text: s,
			People: []string{s}}}, References: []model.Reference{{N: 1, Text: s, Source: s, Cite: &model.Citation{Title: s}}}}
		tl.BuildEntities()
		if got, want := writeString(t, WriteJSON, tl, []int{0}), referenceJSON(t, tl, []int{0}); got != want {
			t.Errorf("WriteJSON differs:\n got %s\nwant %s", got, want)
		}
	})
}

func comma(last bool) string {
	if last {
		return ""
	}
	return ","
}
