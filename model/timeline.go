package model

import (
	"fmt"
	"slices"
	"strings"
)

// Span is a byte range [Start, End) inside a string.
type Span struct{ Start, End int }

// Event is one dated statement of an article. One sentence can hold several
// events ("visited in November 1996 and May 2000" is two); they share Text.
type Event struct {
	ID        int    // 1-based, in order of appearance in the article
	Date      Date   // when
	Text      string // the sentence that states it, citation markers removed (over 1 KB: a window of it around the date's clause)
	Summary   string // a short line for lists: the clause that states it
	People    []string
	Places    []string
	Orgs      []string
	Citations []int  // reference numbers, as the [n] markers give them
	Section   string // the heading the sentence sits under, "" before any
	Offset    int    // byte offset of the sentence in the source
	Phrase    Span   // the date phrase inside Text ("in April 1991"), for highlighting
	Source    string // which source it came from, when several are merged
	Links     []Link // the articles the sentence links to (model/links.go)
}

// Reference is one source an article cites, with as much as the article gives.
//
// What a citation gives sits behind a pointer. A long Markdown or plain-text
// article can hold a footnote every 36 bytes, each with only its number and
// text: at 208 bytes, every citation field inline, the 440,000 references of
// a 16 MB one were most of the memory it took. Without them a reference is
// 48 bytes.
type Reference struct {
	N      int
	Text   string    // the reference's text as written, when it is not structured
	Source string    // the source it belongs to, when several are merged
	Cite   *Citation // what a citation gives; nil when it gives nothing. Read it with Citation, set it with SetCitation
}

// Citation is what a reference gives beyond its text: the fields of a
// citation template, or the link and title a plain note holds.
type Citation struct {
	Title       string
	Authors     []string // as the citation names them: "Smith, John" or "John Smith"
	URL         string
	Publisher   string // the work or publisher: a website, newspaper, journal or a book's publisher
	Date        string
	Pages       string // "p. 12", "pp. 12–15": where in a book or journal
	AccessDate  string
	ArchiveURL  string
	ArchiveDate string
	URLStatus   string // "dead" when the citation says its URL has died (then ArchiveURL is the copy to open)
}

// Citation returns what r's citation gives, the zero Citation when it gives
// nothing, so that readers need not check for nil.
func (r Reference) Citation() Citation {
	if r.Cite == nil {
		return Citation{}
	}
	return *r.Cite
}

// SetCitation makes c r's citation. A citation that gives nothing (a template
// with every field empty) leaves r with its text alone and allocates nothing.
func (r *Reference) SetCitation(c Citation) {
	if c.IsZero() {
		r.Cite = nil
		return
	}
	// A copy made here, not &c: taking c's address would move every c
	// to the heap, the empty ones of every footnote too.
	p := new(Citation)
	*p = c
	r.Cite = p
}

// IsZero reports whether c gives nothing.
func (c Citation) IsZero() bool {
	return c.Title == "" && len(c.Authors) == 0 && c.URL == "" && c.Publisher == "" && c.Date == "" &&
		c.Pages == "" && c.AccessDate == "" && c.ArchiveURL == "" && c.ArchiveDate == "" && c.URLStatus == ""
}

// String shows what c gives, so that %v of a Reference prints its citation
// and not the address it sits at.
func (c Citation) String() string {
	type fields Citation // without String, or Sprintf would call it again
	return fmt.Sprintf("%+v", fields(c))
}

// Dead reports whether the citation says its URL no longer shows what was
// cited (url-status dead, unfit or usurped) and gives an archived copy to
// open instead.
func (r Reference) Dead() bool { return r.Cite != nil && r.Cite.Dead() }

// Dead is Reference.Dead of the reference c belongs to.
func (c Citation) Dead() bool {
	switch c.URLStatus {
	case "dead", "unfit", "usurped":
		return strings.TrimSpace(c.ArchiveURL) != ""
	}
	return false
}

// EntityKind tells people, places and organisations apart.
type EntityKind string

// The kinds of entity an event can mention.
const (
	Person EntityKind = "person"
	Place  EntityKind = "place"
	Org    EntityKind = "org"
)

// Entity is a person, place or organisation with the IDs of the events that
// mention it.
type Entity struct {
	Name   string
	Kind   EntityKind
	Events []int
}

// Timeline is an article's events in date order with what they cite.
type Timeline struct {
	Title      string
	Source     string
	Lang       string // ISO 639-1 code of the article's language when it is not English: "fr"; "" for English
	Events     []Event
	References []Reference
	Entities   []Entity
}

// Sort puts the events in timeline order: by start, then coarser precision
// first, then by position in the article.
func (t *Timeline) Sort() {
	// Sort small keys, not events: an Event is large, and the comparisons
	// of a million of them through pointers cost more than building the
	// keys. The keys carry everything the order needs.
	ev := t.Events
	keys := make([]orderKey, len(ev))
	sources := sourceRanks(ev)
	for i := range ev {
		keys[i] = keyOf(&ev[i], i)
		if sources != nil {
			keys[i].source = sources[ev[i].Source]
		}
	}
	order := timelineOrder(len(keys), func(i int) orderKey { return keys[i] })
	moveInOrder(order, func(i int) *Event { return &ev[i] })
}

// sourceRanks numbers the events' sources in string order, or is nil when
// they all have the same one (a single article).
func sourceRanks(ev []Event) map[string]int32 {
	if len(ev) == 0 {
		return nil
	}
	first, same := ev[0].Source, true
	for i := range ev {
		if ev[i].Source != first {
			same = false
			break
		}
	}
	if same {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for i := range ev {
		if s := ev[i].Source; !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	slices.Sort(names)
	ranks := make(map[string]int32, len(names))
	for i, n := range names {
		ranks[n] = int32(i)
	}
	return ranks
}

// Reference returns reference n of the source an event came from, if the
// article has it. Reference numbers are per source: [1] of one article is not
// [1] of another.
func (t *Timeline) Reference(source string, n int) (Reference, bool) {
	for _, r := range t.References {
		if r.N == n && r.Source == source {
			return r, true
		}
	}
	return Reference{}, false
}

// CitedBy returns the indices into Events of the events that cite reference n
// of a source.
func (t *Timeline) CitedBy(source string, n int) []int {
	var out []int
	for i := range t.Events {
		if t.Events[i].Source == source && slices.Contains(t.Events[i].Citations, n) {
			out = append(out, i)
		}
	}
	return out
}

// Merge appends other's events, references and entities to t. Event IDs are
// renumbered after t's so they stay unique. Sources keep events apart: an
// event or reference without one takes its timeline's Source, so that [1] of
// one article never answers for [1] of another.
func (t *Timeline) Merge(other *Timeline) {
	*t = *MergeAll([]*Timeline{t, other})
}

// MergeAll is Merge of many timelines in one pass: the events are sorted
// and the entities built once, not once a source, so N sources cost what
// one timeline of all their events does. One timeline is returned as it
// is; none gives an empty one.
func MergeAll(ts []*Timeline) *Timeline {
	switch len(ts) {
	case 0:
		return &Timeline{}
	case 1:
		return ts[0]
	}
	out := &Timeline{}
	events, refs := 0, 0
	for _, t := range ts {
		events, refs = events+len(t.Events), refs+len(t.References)
	}
	out.Events = make([]Event, 0, events)
	out.References = make([]Reference, 0, refs)
	var titles, sources []string
	base := 0
	for _, t := range ts {
		base = out.appendTagged(t, base)
		if t.Title != "" {
			titles = append(titles, t.Title)
		}
		if t.Source != "" {
			sources = append(sources, t.Source)
		}
	}
	out.Title, out.Source = strings.Join(titles, " + "), strings.Join(sources, ", ")
	out.Sort()
	out.BuildEntities()
	return out
}

// appendTagged appends t's events, their IDs after base (the largest ID in
// out so far, which it returns updated), and t's references, each taking
// t's Source unless it has its own.
func (out *Timeline) appendTagged(t *Timeline, base int) int {
	next := base
	for _, e := range t.Events {
		e.ID += base
		next = max(next, e.ID)
		if e.Source == "" {
			e.Source = t.Source
		}
		out.Events = append(out.Events, e)
	}
	for _, r := range t.References {
		if r.Source == "" {
			r.Source = t.Source
		}
		out.References = append(out.References, r)
	}
	return next
}

// IndexOfID returns the position in Events of the event with this ID, or -1.
func (t *Timeline) IndexOfID(id int) int {
	for i := range t.Events {
		if t.Events[i].ID == id {
			return i
		}
	}
	return -1
}

// BuildEntities fills Entities from the events' people, places and orgs,
// most-mentioned first, then by name.
func (t *Timeline) BuildEntities() { t.buildEntities(partsOf(len(t.Events), entitiesPart)) }

// buildEntities is BuildEntities indexing the events in parts at once; the
// parts are joined in event order, so the result is that of one pass.
//
// Each part counts its entities' events first and notes, mention by
// mention, which entity each is; the event lists are then cut from one
// array of the exact size and filled from the notes, with no map look-up.
// Lists grown by append, and grown again to join the parts, allocated four
// times what they held: fresh memory, a page fault every 512 IDs.
func (t *Timeline) buildEntities(parts int) {
	n := len(t.Events)
	idx := make([]entityIndex, parts)
	runParts(parts, func(k int) {
		lo, hi := boundsOf(n, parts, k)
		idx[k] = indexEntities(t.Events[lo:hi])
	})
	// The entities of all the parts, in order of first mention: those of
	// the first part keep their places, and its maps become the whole's.
	all := &idx[0]
	counts := slices.Clone(all.counts)
	last := slices.Clone(all.last)
	global := make([][]int32, parts) // part k's entity i is the whole's global[k][i]
	global[0] = make([]int32, len(all.entities))
	for i := range global[0] {
		global[0][i] = int32(i)
	}
	for k := 1; k < parts; k++ {
		x := &idx[k]
		global[k] = make([]int32, len(x.entities))
		for i, en := range x.entities {
			pos := all.byKind[kindIndex(en.Kind)]
			g, ok := pos[en.Name]
			if !ok {
				g = len(all.entities)
				pos[en.Name] = g
				all.entities = append(all.entities, Entity{Name: en.Name, Kind: en.Kind})
				counts, last = append(counts, 0), append(last, 0)
			}
			global[k][i] = int32(g)
			if counts[g] > 0 && last[g] == x.first[i] {
				x.skipFirst[i] = true // the part's first event is the one the list ends with: a list never repeats an event
				x.counts[i]--
			}
			counts[g] += x.counts[i]
			if x.counts[i] > 0 {
				last[g] = x.last[i]
			}
		}
	}
	// Cut the lists from one array; each part starts writing an entity's
	// where the parts before it stopped.
	ids := make([]int, sumInts(counts))
	at := make([]int, len(counts))
	off := 0
	for g := range all.entities {
		all.entities[g].Events = ids[off : off+counts[g] : off+counts[g]]
		at[g], off = off, off+counts[g]
	}
	cursors := make([][]int, parts)
	for k := range parts {
		cursors[k] = make([]int, len(global[k]))
		for i, g := range global[k] {
			cursors[k][i] = at[g]
			at[g] += idx[k].counts[i]
		}
	}
	runParts(parts, func(k int) {
		lo, hi := boundsOf(n, parts, k)
		idx[k].fill(t.Events[lo:hi], ids, cursors[k])
	})
	out := all.entities
	slices.SortStableFunc(out, func(a, b Entity) int {
		if len(a.Events) != len(b.Events) {
			return cmpInt(len(b.Events), len(a.Events))
		}
		return strings.Compare(a.Name, b.Name)
	})
	t.Entities = out
}

// entitiesPart is the least number of events BuildEntities gives a core.
const entitiesPart = 20000

// entityIndex is the entities of a run of events, in order of first
// mention, with one map a kind keyed by name alone: a cheaper hash than name
// and kind together. It counts each entity's events (a name twice in one
// event is one) rather than listing them, and notes for every mention, in
// the order fill reads them, the entity it is, or -1 when it repeats the
// event before.
type entityIndex struct {
	entities  []Entity
	byKind    [3]map[string]int // Person, Place, Org -> position in entities
	counts    []int             // the events of each entity
	first     []int             // the ID of each entity's first event, and of its last
	last      []int
	skipFirst []bool  // the entity's first event is not written: the part before ended its list with it
	mentions  []int32 // the entity of each mention, or -1
}

func kindIndex(k EntityKind) int {
	switch k {
	case Person:
		return 0
	case Place:
		return 1
	}
	return 2
}

func indexEntities(events []Event) entityIndex {
	x := entityIndex{byKind: [3]map[string]int{{}, {}, {}}}
	n := 0
	for i := range events {
		n += len(events[i].People) + len(events[i].Places) + len(events[i].Orgs)
	}
	x.mentions = make([]int32, 0, n)
	for i := range events {
		e := &events[i]
		x.add(e.People, Person, e.ID)
		x.add(e.Places, Place, e.ID)
		x.add(e.Orgs, Org, e.ID)
	}
	x.skipFirst = make([]bool, len(x.entities))
	return x
}

func (x *entityIndex) add(names []string, kind EntityKind, id int) {
	pos := x.byKind[kindIndex(kind)]
	for _, n := range names {
		i, ok := pos[n]
		if !ok {
			i = len(x.entities)
			pos[n] = i
			x.entities = append(x.entities, Entity{Name: n, Kind: kind})
			x.counts, x.first, x.last = append(x.counts, 0), append(x.first, id), append(x.last, id)
		}
		if x.counts[i] > 0 && x.last[i] == id {
			x.mentions = append(x.mentions, -1)
			continue
		}
		x.counts[i]++
		x.last[i] = id
		x.mentions = append(x.mentions, int32(i))
	}
}

// fill writes the IDs of events, the run x indexed, into ids: entity i's
// from at[i] on.
func (x *entityIndex) fill(events []Event, ids, at []int) {
	m := 0
	for i := range events {
		e := &events[i]
		for range len(e.People) + len(e.Places) + len(e.Orgs) {
			k := x.mentions[m]
			m++
			if k < 0 {
				continue
			}
			if x.skipFirst[k] {
				x.skipFirst[k] = false
				continue
			}
			ids[at[k]] = e.ID
			at[k]++
		}
	}
}

// Span returns the first start year and last end year of the events, and
// false when there are none.
func (t *Timeline) Span() (from, to int, ok bool) {
	for i, e := range t.Events {
		if i == 0 || int(e.Date.Start.Year) < from {
			from = int(e.Date.Start.Year)
		}
		if i == 0 || int(e.Date.End.Year) > to {
			to = int(e.Date.End.Year)
		}
	}
	return from, to, len(t.Events) > 0
}
