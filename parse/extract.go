package parse

import (
	"cmp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/par"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
	"github.com/annals-tui/annals/parse/markup"
)

// chunkBytes is the least prose a parallel chunk holds, unless
// Options.ChunkBytes says otherwise. Below twice this, an article is read in
// one pass; above it, in chunks on every core.
const chunkBytes = 1 << 20

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
func Extract(doc *markup.Doc, source string) *model.Timeline {
	return extract(doc, Options{Source: source})
}

// extract is Extract with the options of Parse: in the language opts.Lang,
// or in the language the page says (HTML's lang attribute), or in the
// language detected when it is "", and in chunks of opts.ChunkBytes.
func extract(doc *markup.Doc, opts Options) *model.Timeline {
	source, lang, size := opts.Source, opts.Lang, cmp.Or(opts.ChunkBytes, chunkBytes)
	if lang == "" {
		lang = LangOf(doc.Lang)
	}
	if lang == "zh" || lang == "" && isChineseDoc(doc) { // Chinese has its own sentences, dates and names: zh_extract.go
		return extractZh(doc, source, size)
	}
	t := &model.Timeline{Title: doc.Title, Source: source, References: doc.References}
	eu := latinGrammar(lang) // fr, nl, de: eu_detect.go; nil for English
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
	links.noteItalics(doc.Italics)
	links.subject = findSubject(doc, links)
	if eu != nil {
		links.subject = eu.subject(doc, links.subject) // eu_people.go
	}
	shown := newSentenceLinks(doc, source) // parse/links.go
	links.group = findGroup(doc, links)
	// Several chunks a core, taken in turn by as many workers as cores:
	// when one core is slowed (by the machine's other work, or by denser
	// text), the other takes more chunks instead of waiting for it.
	chunks := splitChunks(doc.Blocks, runtime.GOMAXPROCS(0), size)
	parts := make([]sortedEvents, len(chunks))
	a := newArena(doc.Blocks, chunks)
	var taken atomic.Int32
	var wg sync.WaitGroup
	for range min(len(chunks), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(taken.Add(1)) - 1; k < len(chunks); k = int(taken.Add(1)) - 1 {
				l := readChunk(doc.Blocks, chunks[k], links, shown, eu, a.region(k))
				a.used[k] = len(l.region)
				parts[k] = sortEvents(l)
			}
		}()
	}
	wg.Wait()
	dropped := foldAcrossChunks(parts)
	t.Events = dropRepeats(mergeSorted(parts, a), dropped)
	pack := en.Pack
	if eu != nil {
		pack = eu.pack
	}
	dropUnborn(t.Events, links.subject, bornWords(pack)) // unborn.go
	t.BuildEntities()
	return t
}

// chunksPerCore is how many chunks a large Doc is cut into for each core.
const chunksPerCore = 8

// warmBlocks is how many paragraphs before a chunk are read, without
// making events, for what they tell the chunk's first sentences: the latest
// date, for "that year"; the people just named, for a lone "Leopold".
const warmBlocks = 8

// warmBytes caps the text read before a chunk. Paragraphs are short in
// prose, but a document that is one long line comes as blocks of a
// quarter megabyte, and eight of them before each chunk read most of the
// document twice.
const warmBytes = 64 << 10

// warmBefore is the text read before the chunk that starts at block from:
// up to warmBlocks blocks and warmBytes bytes, the end of a longer block
// (from a sentence's start when one is near) when it is the first not to
// fit.
func warmBefore(blocks []markup.Block, from int) []markup.Block {
	lo, size := from, 0
	for lo > 0 && from-lo < warmBlocks && size+len(blocks[lo-1].Text) <= warmBytes {
		size += len(blocks[lo-1].Text)
		lo--
	}
	if lo == 0 || from-lo == warmBlocks || size == warmBytes {
		return blocks[lo:from]
	}
	b := blocks[lo-1]
	cut := len(b.Text) - (warmBytes - size)
	for cut < len(b.Text) && !utf8.RuneStart(b.Text[cut]) {
		cut++
	}
	if i := strings.Index(b.Text[cut:], ". "); i >= 0 && i < 1024 {
		cut += i + 2
	}
	b.Text, b.Offset = b.Text[cut:], b.Offset+cut
	return append([]markup.Block{b}, blocks[lo:from]...)
}

// readChunk finds the events of blocks[c.from:c.to].
func readChunk(blocks []markup.Block, c chunk, links linkSet, shown *sentenceLinks, eu *euGrammar, region []model.Event) eventList {
	x := &extractor{ents: newEntityFinder(links), shown: shown, section: sectionBefore(blocks, c.from), eu: eu}
	x.events.region = region
	x.sum.owed = make([]owedSummary, 0, cap(region)) // one for most events: the region is what the chunk is expected to hold
	if c.from > 0 {
		x.warming = true
		x.run(warmBefore(blocks, c.from))
		x.warming = false
		x.section = sectionBefore(blocks, c.from)
	}
	return x.run(blocks[c.from:c.to])
}

// sortedEvents is a chunk's events with their timeline order: each chunk
// sorts its own on its own core, and mergeSorted joins them.
type sortedEvents struct {
	events eventList       // in order of appearance
	order  model.SortedRun // their timeline order
}

func sortEvents(l eventList) sortedEvents { return sortedEvents{l, model.SortRun(l.len(), l.at)} }

// mergeSorted merges the chunks' sorted events into one slice in timeline
// order, numbering the events in order of appearance. Events that tie keep
// the order of the chunks, as a sort of all the events would. The order is
// merged first, from the small keys; the large events are then moved into
// place within the arena (arena.go), or, when it cannot hold them all,
// copied into a new slice on every core.
func mergeSorted(parts []sortedEvents, a *arena) []model.Event {
	firstID := make([]int, len(parts)) // the ID of each chunk's first event
	runs := make([]model.SortedRun, len(parts))
	n := 0
	for k, p := range parts {
		firstID[k] = n + 1
		n += p.order.Len()
		runs[k] = p.order
	}
	order := model.MergeOrder(runs)
	for k := range parts {
		parts[k].order = model.SortedRun{} // its order (4 bytes an event) is not needed past here
	}
	if a != nil && n <= len(a.all) {
		return a.mergeInPlace(parts, order, firstID)
	}
	out := make([]model.Event, n)
	par.Ranges(n, 10000, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			p := order[i]
			out[i] = *parts[p.Run].events.at(int(p.Index))
			out[i].ID = firstID[p.Run] + int(p.Index)
		}
	})
	return out
}

type chunk struct{ from, to int } // a range of blocks

// splitChunks cuts blocks into chunks of about the same size, no smaller on
// average than size bytes, ending each before a heading when one is near: up
// to chunksPerCore chunks for each of the cores, and a multiple of their
// number when there are more chunks than cores, so that the last chunks do
// not leave a core idle while another reads two.
func splitChunks(blocks []markup.Block, cores, size int) []chunk {
	total := 0
	for _, b := range blocks {
		total += len(b.Text)
	}
	if cores < 2 || total < 2*size {
		return []chunk{{0, len(blocks)}}
	}
	n := min(cores*chunksPerCore, total/size)
	if n > cores {
		n = n / cores * cores
	}
	// The chunks get smaller toward the end: the last of each core is a
	// quarter the size of the first ones, the one before it half (with
	// fewer chunks, the last is half the size of the others). The cores
	// then finish nearer together, and the one that finishes first waits
	// at most about a small chunk for the last. weights[j] is chunk j's
	// share of the text; before[k] the share before the k-th cut.
	weights := make([]int, n)
	for j := range weights {
		after := n - 1 - j // chunks after chunk j
		switch {
		case n <= cores || after < cores:
			weights[j] = 1 // the last of each core; all of them when there are no more chunks than cores
		case n < 3*cores || after < 2*cores:
			weights[j] = 2
		default:
			weights[j] = 4
		}
	}
	before := make([]int, n+1)
	for j, w := range weights {
		before[j+1] = before[j] + w
	}
	// The k-th cut goes near its share of the text: before a heading within
	// a quarter of the chunk it starts of that point, or before any
	// paragraph once a quarter of that chunk past it.
	var out []chunk
	from, done := 0, 0 // done: bytes of text before block i
	for i, b := range blocks {
		if k := len(out) + 1; k < n && i > from {
			goal := total * before[k] / before[n]
			slack := total * weights[k] / before[n] / 4
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
	shown    *sentenceLinks // the links the article shows, found in each sentence with events
	linkSlab linkSlab
	eu       *euGrammar // the date grammar of a French, Dutch or German article; nil: English
	euMem    euMemory   // the people the eu grammar named so far, whom "il", "hij", "er" or a surname mean
	anchor   model.Date // the latest date stated so far, for "that year"
	section  string
	events   eventList
	sum      summarizer
	windows  eventWindows // the event texts of a long sentence
	window   struct {     // the last window's links: the dates inside one window share them
		text  string
		links []model.Link
	}
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
		x.paragraph(b)
	}
	x.sum.settle(func(ev int) *string { return &x.events.at(ev).Summary })
	return x.events
}

// sentenceBatch is how many sentences of a paragraph are split at a time:
// a paragraph of a million sentences (a text that never breaks one) held a
// slice of them all, grown by copying, 30 MB for 16 MB of text.
const sentenceBatch = 4096

// paragraph reads a paragraph's sentences.
func (x *extractor) paragraph(b markup.Block) {
	loose := hasLooseSpace(b.Text)
	x.sentences = eachSentence(b.Text, x.eu, sentenceBatch, x.sentences, func(sn sentence) { x.sentence(b, sn, loose) })
}

// eachSentence calls fn with each sentence of paragraph p, as splitSentences
// (and, for eu's language, joinSentences) find them, split batch at a time
// into scratch, which it returns for reuse. The last of a batch waits for
// the next, which is split from its start: the grammars of French, Dutch
// and German join a sentence cut too soon to the one after it.
func eachSentence(p string, eu *euGrammar, batch int, scratch []sentence, fn func(sentence)) []sentence {
	stops := newStopFinder(p)
	for from := 0; ; {
		var more bool
		scratch, more = splitSentencesFrom(p, from, scratch, batch, stops)
		if eu != nil {
			scratch = eu.joinSentences(p, scratch)
		}
		n := len(scratch)
		if more && n < 2 {
			batch *= 2 // one sentence joined from the whole batch: read on further
			continue
		}
		if more {
			n--
		}
		for _, sn := range scratch[:n] {
			fn(sn)
		}
		if !more {
			return scratch
		}
		from = scratch[n].start
	}
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
		x.dates = dropApposedInside(text, x.eu.find(text, x.anchor, x.dates)) // forms_relative.go
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
	links := x.shown.of(text, x.toks, &x.linkSlab) // one slice for the sentence's events
	for i := range mentions {
		mentions[i].name = x.intern(mentions[i].name)
	}
	x.windows.reset(text)
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
			Links:     links,
		}
		if len(text) > longSentence { // eventtext.go
			cs, ce := x.sum.clause()
			e.Text, e.Phrase = x.windows.around(cs, ce, dm)
			e.Links = x.windowLinks(e.Text)
		}
		e.People, e.Places, e.Orgs = x.names.near(mentions, text, dates, k)
		if x.eu != nil {
			e.People = x.eu.persons(text, dates, k, e.People, &x.euMem, x.ents.links.subject)
		}
		if !x.events.add(e, len(text) > longSentence) {
			x.sum.forgo(x.events.len()) // the summary owed to it, were it new
		}
	}
}

// windowLinks is the links a long sentence's event window shows, read
// once for the dates that share the window.
func (x *extractor) windowLinks(w string) []model.Link {
	if w != x.window.text {
		x.window.text, x.window.links = w, x.shown.ofText(w, &x.linkSlab)
	}
	return x.window.links
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

// eventList holds a chunk's events: in its region of the arena while they
// fit, then in blocks of a fixed size, which grow without copying what they
// hold.
type eventList struct {
	region []model.Event // len: the events in it; cap: the region's size
	blocks [][]model.Event
	run    repeatRun // the events the next may repeat: repeats.go
}

const eventBlock = 1024 // about 250 KB: a chunk wastes little of its last block

// add stores e, or folds it into the event it repeats (repeats.go) and
// reports false. window says that e's text is a window of a long sentence.
func (l *eventList) add(e model.Event, window bool) bool {
	if k := l.run.find(&e, window); k != nil {
		l.run.fold(k, &e)
		return false
	}
	if len(l.region) < cap(l.region) && len(l.blocks) == 0 {
		l.region = append(l.region, e)
	} else {
		if n := len(l.blocks); n == 0 || len(l.blocks[n-1]) == eventBlock {
			l.blocks = append(l.blocks, make([]model.Event, 0, eventBlock))
		}
		last := &l.blocks[len(l.blocks)-1]
		*last = append(*last, e)
	}
	l.run.keep(l.at(l.len()-1), window)
	return true
}

func (l *eventList) len() int {
	if len(l.blocks) == 0 {
		return len(l.region)
	}
	return len(l.region) + (len(l.blocks)-1)*eventBlock + len(l.blocks[len(l.blocks)-1])
}

func (l *eventList) at(i int) *model.Event {
	if i < len(l.region) {
		return &l.region[i]
	}
	i -= len(l.region)
	return &l.blocks[i/eventBlock][i%eventBlock]
}

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
