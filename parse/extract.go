package parse

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/annals-tui/annals/internal/swar"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// chunkBytes is the least prose a parallel chunk holds. Below twice this, an
// article is read in one pass; above it, in chunks on every core. (A
// variable so that tests can chunk small articles.)
var chunkBytes = 1 << 20

// Extract finds the dated events of a Doc: every date expression in every
// sentence of its prose becomes an event, with the sentence as its text, the
// people, places and organisations near the date, the citations that follow
// the sentence, and the heading it sits under.
//
// A large Doc (a merged archive, a whole category) is cut into chunks of at
// least a megabyte, at headings where it can be, and the chunks are read at
// once on all cores. What carries from one sentence to the next (the latest
// date, for "a decade later"; the people named so far, for a later "Leopold")
// is learnt again at each chunk from the few paragraphs before it: a
// relative date or a one-word name that only a page further back explains
// may go unresolved at a chunk's start. An ordinary article is one chunk.
func Extract(doc *markup.Doc, source string) *model.Timeline { return extract(doc, source, "") }

// extract is Extract in the language lang, or in the language detected
// when lang is "".
func extract(doc *markup.Doc, source, lang string) *model.Timeline {
	if lang == "zh" || lang == "" && isChineseDoc(doc) { // Chinese has its own sentences, dates and names: zh_extract.go
		return extractZh(doc, source)
	}
	t := &model.Timeline{Title: doc.Title, Source: source, References: doc.References}
	eu := latinGrammars[lang] // fr, nl, de: eu_detect.go; nil for English
	if lang == "" {
		eu = latinGrammarOf(doc)
	}
	if eu != nil {
		t.Lang = eu.pack.Name
		d := *doc
		d.Blocks = eu.prose(doc.Blocks)
		doc = &d
	}
	links := classifyLinks(doc.Links)
	links.noteWorks(doc.Shown)
	links.subject = findSubject(doc, links)
	links.group = findGroup(doc, links)
	// Several chunks a core, taken in turn by as many workers as cores:
	// when one core is slowed (by the machine's other work, or by denser
	// text), the other takes more chunks instead of waiting for it.
	chunks := splitChunks(doc.Blocks, runtime.GOMAXPROCS(0))
	parts := make([]sortedEvents, len(chunks))
	var taken atomic.Int32
	var wg sync.WaitGroup
	for range min(len(chunks), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(taken.Add(1)) - 1; k < len(chunks); k = int(taken.Add(1)) - 1 {
				parts[k] = sortEvents(readChunk(doc.Blocks, chunks[k], links, eu))
			}
		}()
	}
	wg.Wait()
	t.Events = mergeSorted(parts)
	attachLinks(t, doc, source) // parse/links.go
	t.BuildEntities()
	return t
}

// chunksPerCore is how many chunks a large Doc is cut into for each core.
const chunksPerCore = 4

// warmBlocks is how many paragraphs before a chunk are read, without
// making events, for what they tell the chunk's first sentences: the latest
// date, for "that year"; the people just named, for a lone "Leopold".
const warmBlocks = 8

// readChunk finds the events of blocks[c.from:c.to].
func readChunk(blocks []markup.Block, c chunk, links linkSet, eu *euGrammar) eventList {
	x := &extractor{ents: newEntityFinder(links), section: sectionBefore(blocks, c.from), eu: eu}
	if c.from > 0 {
		x.warming = true
		x.run(blocks[max(0, c.from-warmBlocks):c.from])
		x.warming = false
		x.section = sectionBefore(blocks, c.from)
	}
	return x.run(blocks[c.from:c.to])
}

// sortedEvents is a chunk's events with their order keys in timeline
// order: each chunk sorts its own on its own core, and mergeSorted joins
// them as it copies the events into the timeline.
type sortedEvents struct {
	events eventList        // in timeline order
	keys   []model.OrderKey // events[i]'s key; Index: its place in order of appearance
}

// The events are moved into the order of their keys too, while they are in
// the cache of the core that made them, so that the merge reads each chunk
// from start to end. keys[i].Index stays the i-th event's place in order of
// appearance, for its ID.
func sortEvents(l eventList) sortedEvents {
	keys := make([]model.OrderKey, l.len())
	for i := range keys {
		keys[i] = model.KeyOf(l.at(i), i)
	}
	model.SortKeys(keys)
	model.MoveInOrder(keys, l.at)
	return sortedEvents{l, keys}
}

// mergeSorted merges the chunks' sorted events into one slice in timeline
// order, numbering the events in order of appearance. Events that tie keep
// the order of the chunks, as a sort of all the events would. The order is
// merged first, from the small keys; the large events are then copied into
// place on every core.
func mergeSorted(parts []sortedEvents) []model.Event {
	n := 0
	firstID := make([]int, len(parts)) // the ID of each chunk's first event
	for k, p := range parts {
		firstID[k] = n + 1
		n += len(p.keys)
	}
	type place struct{ chunk, key int32 }
	order := make([]place, n)
	next := make([]int, len(parts)) // the next key of each chunk
	for i := range order {
		best := 0
		for k := 1; k < len(parts); k++ {
			if next[k] < len(parts[k].keys) && (next[best] == len(parts[best].keys) ||
				model.CompareOrder(parts[k].keys[next[k]], parts[best].keys[next[best]]) < 0) {
				best = k
			}
		}
		order[i] = place{int32(best), int32(next[best])}
		next[best]++
	}
	out := make([]model.Event, n)
	inParallel(n, func(i int) {
		p := order[i]
		key := parts[p.chunk].keys[p.key]
		out[i] = *parts[p.chunk].events.at(int(p.key))
		out[i].ID = firstID[p.chunk] + int(key.Index)
	})
	return out
}

// inParallel calls do for 0..n-1, in ranges on every core when n is large.
func inParallel(n int, do func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/10000))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := n * w / workers; i < n*(w+1)/workers; i++ {
				do(i)
			}
		}()
	}
	wg.Wait()
}

type chunk struct{ from, to int } // a range of blocks

// splitChunks cuts blocks into chunks of about the same size, no smaller on
// average than chunkBytes, ending each before a heading when one is near: up
// to chunksPerCore chunks for each of the cores, and a multiple of their
// number when there are more chunks than cores, so that the last chunks do
// not leave a core idle while another reads two.
func splitChunks(blocks []markup.Block, cores int) []chunk {
	total := 0
	for _, b := range blocks {
		total += len(b.Text)
	}
	if cores < 2 || total < 2*chunkBytes {
		return []chunk{{0, len(blocks)}}
	}
	n := min(cores*chunksPerCore, total/chunkBytes)
	if n > cores {
		n = n / cores * cores
	}
	// The last chunk of each core is half the size of the others: the
	// cores finish them nearer together, and the one that finishes first
	// waits less for the last. weightBefore(k) is the share of the text
	// before the k-th cut, in half chunks.
	last := n - cores // the first of the half-size chunks
	if n <= cores {
		last = n // as many chunks as cores or fewer: all the same size
	}
	weightBefore := func(k int) int { return 2*min(k, last) + max(0, k-last) }
	// The k-th cut goes near its share of the text: before a heading within
	// a quarter chunk of that point, or before any paragraph once a quarter
	// chunk past it.
	slack := total / n / 4
	var out []chunk
	from, done := 0, 0 // done: bytes of text before block i
	for i, b := range blocks {
		if k := len(out) + 1; k < n && i > from {
			goal := total * weightBefore(k) / weightBefore(n)
			if b.Kind == markup.Heading && done >= goal-slack || done >= goal+slack {
				out = append(out, chunk{from, i})
				from = i
			}
		}
		done += len(b.Text)
	}
	return append(out, chunk{from, len(blocks)})
}

// sectionBefore is the heading in force at block i.
func sectionBefore(blocks []markup.Block, i int) string {
	for j := i - 1; j >= 0; j-- {
		if blocks[j].Kind == markup.Heading {
			return blocks[j].Text
		}
	}
	return ""
}

// extractor reads blocks in order, carrying what one sentence tells the next.
type extractor struct {
	ents     *entityFinder
	eu       *euGrammar // the date grammar of a French, Dutch or German article; nil: English
	euLast   string     // the person the eu grammar named last, whom "il", "hij", "er" mean
	anchor   model.Date // the latest date stated so far, for "that year"
	section  string
	events   eventList
	sum      summarizer
	warming  bool              // reading the paragraphs before a chunk for its context: no events
	interned map[string]string // each name the chunk's events hold, as first met (see intern)
	// scratch, reused from sentence to sentence
	toks      []token
	sentences []sentence
	dates     []dateMatch
	names     nameLists
}

func (x *extractor) run(blocks []markup.Block) eventList {
	for _, b := range blocks {
		if b.Kind == markup.Heading {
			x.section = b.Text
			continue
		}
		x.sentences = splitSentences(b.Text, x.sentences)
		if x.eu != nil {
			x.sentences = x.eu.joinSentences(b.Text, x.sentences)
		}
		loose := hasLooseSpace(b.Text)
		for _, sn := range x.sentences {
			x.sentence(b, sn, loose)
		}
	}
	x.sum.settle(func(ev int) *string { return &x.events.at(ev).Summary })
	return x.events
}

// loose says whether the paragraph has white space for stripMarkers to fold.
func (x *extractor) sentence(b markup.Block, sn sentence, loose bool) {
	text := stripMarkers(b.Text[sn.start:sn.end], loose)
	if text == "" {
		return
	}
	maybeDate := mayHoldDate(text)
	if !maybeDate && !mayNamePerson(text) && x.eu == nil {
		return // no date, and no one to remember for later sentences
	}
	x.toks = tokenize(text, x.toks)
	var dates []dateMatch
	if x.eu != nil {
		x.dates = x.eu.find(text, x.anchor, x.dates)
		dates = x.dates
	} else if maybeDate {
		x.dates = findDates(text, x.toks, x.anchor, x.dates)
		dates = x.dates
	}
	if len(dates) == 0 {
		x.ents.observe(text, x.toks)
		return
	}
	mentions := x.ents.refer(x.toks, x.ents.find(text, x.toks))
	if x.warming {
		for _, dm := range dates {
			if !dm.relative {
				x.anchor = dm.date
			}
		}
		return
	}
	x.sum.begin(text, x.toks, dates)
	for i := range mentions {
		mentions[i].name = x.intern(mentions[i].name)
	}
	for k, dm := range dates {
		if !dm.relative {
			x.anchor = dm.date
		}
		e := model.Event{
			Date:      dm.date,
			Text:      text,
			Summary:   x.sum.summarize(k, x.events.len()),
			Citations: sn.citations,
			Section:   x.section,
			Offset:    b.Offset + sn.start,
			Phrase:    model.Span{Start: dm.start, End: dm.end},
		}
		e.People, e.Places, e.Orgs = x.names.near(mentions, text, dates, k)
		if x.eu != nil {
			e.People = x.eu.titledNear(text, dates, k, x.eu.people(text, e.People))
			e.People, x.euLast = x.eu.referred(text, e.People, x.euLast, x.ents.links.subject)
		}
		x.events.add(e)
	}
}

// intern returns the first string met with the text of name. The events of
// a chunk then share one copy of each name, and what reads the names of
// every event afterwards (the entity index, the JSON writer) finds a few
// strings in the cache rather than each in its own sentence somewhere in the
// article's memory.
func (x *extractor) intern(name string) string {
	if x.interned == nil {
		x.interned = map[string]string{}
	}
	if first, ok := x.interned[name]; ok {
		return first
	}
	x.interned[name] = name
	return name
}

// eventList holds a chunk's events in blocks of a fixed size: it grows
// without copying what it holds, and Extract copies each event once, into
// the timeline.
type eventList struct{ blocks [][]model.Event }

const eventBlock = 1024 // about 250 KB: a chunk wastes little of its last block

func (l *eventList) add(e model.Event) {
	if n := len(l.blocks); n == 0 || len(l.blocks[n-1]) == eventBlock {
		l.blocks = append(l.blocks, make([]model.Event, 0, eventBlock))
	}
	last := &l.blocks[len(l.blocks)-1]
	*last = append(*last, e)
}

func (l *eventList) len() int {
	if len(l.blocks) == 0 {
		return 0
	}
	return (len(l.blocks)-1)*eventBlock + len(l.blocks[len(l.blocks)-1])
}

func (l *eventList) at(i int) *model.Event { return &l.blocks[i/eventBlock][i%eventBlock] }

// mayHoldDate is a quick test, in one pass over the bytes, that a sentence
// can hold a date: a digit, a month name, or a word that relative and
// written-out dates need (year, decade, century, month, day). Most sentences
// of most articles fail it and skip the date grammar.
func mayHoldDate(s string) bool {
	// Most sentences that hold a date hold a digit: look for one first,
	// eight bytes at a time (a byte of 0x80 or more is no digit).
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if w := swar.Load(s, i); swar.In(w&^swar.High, '0', '9')&^w != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		switch dateHints[s[i]] {
		case 0:
			continue
		case hintDigit:
			return true
		case hintWord:
			if w := s[i:]; strings.HasPrefix(w, "year") || strings.HasPrefix(w, "decade") || strings.HasPrefix(w, "day") ||
				strings.HasPrefix(w, "centur") || strings.HasPrefix(w, "month") {
				return true
			}
		case hintMonth:
			if (i == 0 || s[i-1] == ' ' || s[i-1] == '(') && i+3 <= len(s) {
				switch s[i : i+3] {
				case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
					return true
				}
			}
		}
	}
	return false
}

// dateHints marks the bytes at which mayHoldDate looks closer: one table
// look-up a byte, rather than a chain of comparisons.
var dateHints = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = hintDigit
	}
	for _, c := range "ydcm" { // year, decade, day, century, month
		t[c] = hintWord
	}
	for _, c := range "JFMASOND" { // the first letters of the months
		t[c] = hintMonth
	}
	return t
}()

const (
	hintDigit = iota + 1
	hintWord
	hintMonth
)

// mayNamePerson is a quick test that a sentence without dates is worth
// reading for names that later sentences may use alone: two capitalised
// words in a row, or a capitalised word after a title-like capital.
func mayNamePerson(s string) bool {
	prevCap := false
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		c := s[i]
		isCap := c >= 'A' && c <= 'Z' || c >= 0xc3 // a capital, or a non-ASCII letter that may be one
		if isCap && prevCap {
			return true
		}
		prevCap = isCap
	}
	return false
}
