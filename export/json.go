package export

import (
	"github.com/annals-tui/annals/internal/par"
	"io"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/annals-tui/annals/model"
)

// The JSON shapes below are the contract of DESIGN.md: tests and the
// evaluation read them. Fields may be added, never renamed. WriteJSON writes
// them by hand, field by field in this order; the tests hold it to what
// encoding/json makes of these types.

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

	Links []jsonLink `json:"links,omitempty"` // added to the contract
}

// jsonLink is an article an event's sentence links to (added to the
// contract: an event without links has no "links").
type jsonLink struct {
	Title string `json:"title"`
	Lang  string `json:"lang"`
	Text  string `json:"text"`
}

type jsonReference struct {
	N          int    `json:"n"`
	Title      string `json:"title"`
	URL        string `json:"url"`
	Publisher  string `json:"publisher"`
	Date       string `json:"date"`
	ArchiveURL string `json:"archive_url"`
	AccessDate string `json:"access_date,omitempty"`

	// added to the contract: a reference without them has none of these
	Authors     []string `json:"authors,omitempty"`
	Pages       string   `json:"pages,omitempty"`
	ArchiveDate string   `json:"archive_date,omitempty"`
	URLStatus   string   `json:"url_status,omitempty"` // "dead" when the URL has died and archive_url stands in

	Text   string `json:"text,omitempty"`
	Source string `json:"source,omitempty"`
}

type jsonEntity struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Events []int  `json:"events"`
}

// WriteJSON writes the timeline JSON of DESIGN.md: the kept events, the
// references, and the entities of the kept events, indented as encoding/json
// would indent the whole document with one space. The document is cut into
// chunks that are encoded on every core and written in order as they are
// ready, so only a few chunks are ever in memory.
func WriteJSON(w io.Writer, t *model.Timeline, idx []int) error {
	var chunks []func([]byte) []byte
	chunks = append(chunks, func(b []byte) []byte {
		b = append(b, "{\n \"title\": "...)
		b = appendStdJSONString(b, t.Title)
		b = append(b, ",\n \"source\": "...)
		b = appendStdJSONString(b, t.Source)
		if t.Lang != "" { // an added field, only for articles not in English
			b = append(b, ",\n \"lang\": "...)
			b = appendStdJSONString(b, t.Lang)
		}
		if len(idx) == 0 {
			return append(b, ",\n \"events\": [],\n"...)
		}
		return append(b, ",\n \"events\": [\n"...)
	})

	// The event chunks note the IDs they write in kept for the entities,
	// which saves a pass over the events before anything can start.
	kept := newKeptSet(len(t.Events))
	for lo := 0; lo < len(idx); lo += eventBatch {
		hi := min(lo+eventBatch, len(idx))
		kept.filling.Add(1)
		chunks = append(chunks, func(b []byte) []byte {
			defer kept.filling.Done()
			size := 0
			for _, i := range idx[lo:hi] {
				size += 3 + eventSize(&t.Events[i])
			}
			b = reserve(b, size)
			var enc eventEncoder
			var others []int
			warmed := byte(0)
			for k := lo; k < hi; k++ {
				if (k-lo)%warmGroup == 0 {
					warmed ^= warm(t.Events, idx[k:min(k+warmGroup, hi)])
				}
				e := &t.Events[idx[k]]
				if !kept.add(e.ID) {
					others = append(others, e.ID)
				}
				b = enc.append(append(b, "  "...), e)
				if k < len(idx)-1 {
					b = append(b, ',')
				}
				b = append(b, '\n')
			}
			if hi == len(idx) {
				b = append(b, " ],\n"...)
			}
			kept.addOthers(others)
			warmSink.Add(uint32(warmed))
			return b
		})
	}

	refs := t.References
	if len(refs) == 0 {
		chunks = append(chunks, func(b []byte) []byte { return append(b, " \"references\": [],\n"...) })
	}
	for lo := 0; lo < len(refs); lo += referenceBatch {
		hi := min(lo+referenceBatch, len(refs))
		chunks = append(chunks, func(b []byte) []byte {
			if lo == 0 {
				b = append(b, " \"references\": [\n"...)
			}
			for k := lo; k < hi; k++ {
				b = appendReference(b, &refs[k])
				if k < len(refs)-1 {
					b = append(b, ',')
				}
				b = append(b, '\n')
			}
			if hi == len(refs) {
				b = append(b, " ],\n"...)
			}
			return b
		})
	}

	// Only the entities that a kept event mentions are written, and the
	// first of them has no separator before it. The chunk that opens the
	// array finds it once every event chunk has filled kept in; the entity
	// chunks, which come after it, wait for it. Chunks are taken in order,
	// so the chunks waited for are always under way.
	ents := t.Entities
	first := len(ents)
	opened := make(chan struct{})
	chunks = append(chunks, func(b []byte) []byte {
		defer close(opened)
		kept.filling.Wait()
		for k := range ents {
			if kept.any(ents[k].Events) {
				first = k
				break
			}
		}
		if first == len(ents) {
			return append(b, " \"entities\": []\n}\n"...)
		}
		return append(b, " \"entities\": [\n"...)
	})
	// Entities are cut by the event IDs they hold: the most mentioned come
	// first and can hold thousands.
	for lo := 0; lo < len(ents); {
		hi := lo
		for ids := 0; hi < len(ents) && ids < entityBatch; hi++ {
			ids += len(ents[hi].Events)
		}
		from, to := lo, hi
		chunks = append(chunks, func(b []byte) []byte {
			<-opened
			from := max(from, first)
			size := 0
			for _, en := range ents[from:to] {
				size += 64 + len(en.Name) + 12*len(en.Events)
			}
			b = reserve(b, size)
			for k := from; k < to; k++ {
				b = appendEntity(b, &ents[k], kept, k == first)
			}
			return b
		})
		lo = hi
	}
	chunks = append(chunks, func(b []byte) []byte {
		<-opened
		if first == len(ents) {
			return b
		}
		return append(b, "\n ]\n}\n"...)
	})
	return writeChunks(w, chunks)
}

// How much of the document one chunk holds: enough that handing chunks
// around costs nothing next to encoding them, few enough that the cores
// share the work evenly. An event batch is some 170 KB of JSON: the four
// buffers in flight stay in the cache from encoding to writing, and take a
// fifth of the fresh pages (each a page fault) that half-megabyte batches
// took, whose buffers grew as the batches did.
const (
	eventBatch     = 256   // events
	referenceBatch = 2048  // references
	entityBatch    = 32768 // event IDs of entities
)

// reserve returns b with room for size more bytes, and a quarter more so
// that the next, slightly larger chunk fits too; at least twice its room
// when it grows, so that the few buffers in flight settle at the largest
// chunk's size after a grow or two. Unlike slices.Grow it does
// not copy what is past the end of b: the buffers come back from
// writeChunks empty, and their old contents are garbage.
func reserve(b []byte, size int) []byte {
	if cap(b)-len(b) >= size {
		return b
	}
	return append(make([]byte, 0, max(len(b)+size+size/4, 2*cap(b))), b...)
}

// writeChunks encodes the chunks on every core and writes them to w in
// order. Each worker takes the next chunk as soon as it has a buffer, so the
// workers encode ahead while the writer writes; there are two buffers per
// worker, which bounds the memory and keeps a slow writer from piling up
// encoded chunks.
func writeChunks(w io.Writer, chunks []func([]byte) []byte) error {
	workers := par.Parts(len(chunks), 1)
	if workers <= 1 {
		var b []byte
		for _, c := range chunks {
			if b = c(b[:0]); len(b) > 0 {
				if _, err := w.Write(b); err != nil {
					return err
				}
			}
		}
		return nil
	}
	// done[k] carries chunk k from its worker to the writer; it has room
	// for it, so a worker never waits on the writer.
	done := make([]chan []byte, len(chunks))
	for k := range done {
		done[k] = make(chan []byte, 1)
	}
	// A worker holds one of the free buffers from taking a chunk until the
	// writer has written it and hands the buffer back.
	free := make(chan []byte, 2*workers)
	for range cap(free) {
		free <- nil
	}
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				var b []byte
				select {
				case b = <-free:
				case <-stop:
					return
				}
				k := int(next.Add(1) - 1)
				if k >= len(chunks) {
					return
				}
				done[k] <- chunks[k](b[:0])
			}
		})
	}
	var err error
	for k := range chunks {
		b := <-done[k]
		if len(b) > 0 {
			if _, err = w.Write(b); err != nil {
				break
			}
		}
		free <- b
	}
	close(stop)
	wg.Wait()
	return err
}

// appendReference writes one reference as encoding/json indents it inside
// the references array, with the same omitempty fields.
func appendReference(b []byte, r *model.Reference) []byte {
	b = append(b, "  {\n   \"n\": "...)
	b = strconv.AppendInt(b, int64(r.N), 10)
	c := r.Citation()
	b = appendStdField(b, "title", c.Title)
	b = appendStdField(b, "url", c.URL)
	b = appendStdField(b, "publisher", c.Publisher)
	b = appendStdField(b, "date", c.Date)
	b = appendStdField(b, "archive_url", c.ArchiveURL)
	if c.AccessDate != "" {
		b = appendStdField(b, "access_date", c.AccessDate)
	}
	if len(c.Authors) > 0 {
		b = appendStrings(b, "authors", c.Authors)
	}
	for _, f := range [...]struct{ name, value string }{{"pages", c.Pages}, {"archive_date", c.ArchiveDate}, {"url_status", c.URLStatus}} {
		if f.value != "" {
			b = appendStdField(b, f.name, f.value)
		}
	}
	if r.Text != "" {
		b = appendStdField(b, "text", r.Text)
	}
	if r.Source != "" {
		b = appendStdField(b, "source", r.Source)
	}
	return append(b, "\n  }"...)
}

// appendEntity writes an entity with the IDs of the kept events that
// mention it, as encoding/json indents it inside the entities array, and
// the separator before it unless it is the first written. An entity no kept
// event mentions is not written at all.
func appendEntity(b []byte, en *model.Entity, kept *keptSet, first bool) []byte {
	mark := len(b)
	if !first {
		b = append(b, ",\n"...)
	}
	b = append(b, "  {\n   \"name\": "...)
	b = appendStdJSONString(b, en.Name)
	b = appendStdField(b, "kind", string(en.Kind))
	b = append(b, ",\n   \"events\": ["...)
	n := 0
	for _, id := range en.Events {
		if !kept.has(id) {
			continue
		}
		if n > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(append(b, "\n    "...), int64(id), 10)
		n++
	}
	if n == 0 {
		return b[:mark]
	}
	return append(b, "\n   ]\n  }"...)
}

func appendStdField(b []byte, name, value string) []byte {
	b = append(b, ",\n   \""...)
	b = append(b, name...)
	b = append(b, "\": "...)
	return appendStdJSONString(b, value)
}

// keptSet is the set of the kept events' IDs. Event IDs are 1..n in a
// parsed timeline and stay so when timelines are merged, so a bitset of the
// timeline's size holds them, filled in by the event chunks at once. Other
// IDs, from timelines built by hand, go to a map.
type keptSet struct {
	bits    []atomic.Uint64 // bit id-1 for the IDs 1..len(events)
	mu      sync.Mutex
	others  map[int]bool
	filling sync.WaitGroup // the event chunks still adding their IDs
}

func newKeptSet(events int) *keptSet {
	return &keptSet{bits: make([]atomic.Uint64, (events+63)/64)}
}

// add adds id if it falls in the bitset, and reports whether it did.
func (s *keptSet) add(id int) bool {
	d := uint(id) - 1
	if d >= uint(len(s.bits))*64 {
		return false
	}
	s.bits[d/64].Or(1 << (d % 64))
	return true
}

// addOthers adds IDs that add did not take.
func (s *keptSet) addOthers(ids []int) {
	if len(ids) == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.others == nil {
		s.others = map[int]bool{}
	}
	for _, id := range ids {
		s.others[id] = true
	}
}

// has reports whether id is in the set; only once it is filled in.
func (s *keptSet) has(id int) bool {
	if d := uint(id) - 1; d < uint(len(s.bits))*64 {
		return s.bits[d/64].Load()&(1<<(d%64)) != 0
	}
	return s.others[id]
}

// any reports whether the set holds one of ids.
func (s *keptSet) any(ids []int) bool {
	for _, id := range ids {
		if s.has(id) {
			return true
		}
	}
	return false
}
