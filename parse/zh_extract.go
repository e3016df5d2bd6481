package parse

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/zh"
	"github.com/annals-tui/annals/parse/markup"
)

// isChineseDoc reports whether the prose of doc is Chinese, from the script
// of its title and first 64 KB.
func isChineseDoc(doc *markup.Doc) bool {
	var c scriptCount
	c.add(doc.Title)
	for _, b := range doc.Blocks {
		if c.seen >= detectBytes {
			break
		}
		c.add(b.Text)
	}
	return c.lang() == "zh"
}

// extractZh is Extract for a Chinese Doc: its sentences end at 。！？, its
// dates are read by the Chinese scanner (zh_point.go) and its people by
// zh_people.go; events, sorting and citations are the English pipeline's.
func extractZh(doc *markup.Doc, source string, size int) *model.Timeline {
	t := &model.Timeline{Title: doc.Title, Source: source, Lang: "zh", References: doc.References}
	blocks := zhProse(doc.Blocks)
	texts := make([]string, 0, len(blocks))
	for _, b := range blocks {
		if b.Kind != markup.Heading {
			texts = append(texts, b.Text)
		}
	}
	people := learnZhPeople(texts, doc.Links, doc.Title)
	// As Extract does: chunks read on every core, each after reading the
	// few paragraphs before it for the latest date.
	chunks := splitChunks(blocks, runtime.GOMAXPROCS(0), size)
	parts := make([]sortedEvents, len(chunks))
	var wg sync.WaitGroup
	for k, c := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := zhExtractor{people: people, section: sectionBefore(blocks, c.from)}
			x.warming = true
			for _, b := range warmBefore(blocks, c.from) {
				x.block(b)
			}
			x.warming, x.section = false, sectionBefore(blocks, c.from)
			for _, b := range blocks[c.from:c.to] {
				x.block(b)
			}
			parts[k] = sortEvents(x.events)
		}()
	}
	wg.Wait()
	dropped := foldAcrossChunks(parts)
	t.Events = dropRepeats(mergeSorted(parts, nil), dropped)
	dropUnborn(t.Events, people.subject, zh.Pack.Born) // unborn.go
	t.BuildEntities()
	return t
}

// zhProse returns the blocks before the first tail heading ("参考文献").
func zhProse(blocks []markup.Block) []markup.Block {
	for i, b := range blocks {
		if b.Kind == markup.Heading && zh.Pack.TailHeadings[strings.TrimSpace(b.Text)] {
			return blocks[:i]
		}
	}
	return blocks
}

// zhExtractor reads a Chinese Doc's blocks in order, carrying the latest
// date from sentence to sentence.
type zhExtractor struct {
	people    *zhPeople
	anchor    model.Date
	section   string
	events    eventList
	warming   bool // reading the paragraphs before a chunk for its latest date: no events
	sentences []sentence
	dates     []dateMatch
	windows   eventWindows // the event texts of a long sentence: eventtext.go
}

func (x *zhExtractor) block(b markup.Block) {
	if b.Kind == markup.Heading {
		x.section = b.Text
		if !numberedItem(b.Text) {
			return
		}
	}
	x.sentences = splitZhSentences(b.Text, x.sentences)
	for _, sn := range x.sentences {
		x.sentence(b, sn)
	}
}

func (x *zhExtractor) sentence(b markup.Block, sn sentence) {
	text := stripZhMarkers(b.Text[sn.start:sn.end])
	if text == "" || isZhChrome(text) {
		return
	}
	x.dates = findZhDates(text, x.anchor, x.dates)
	if len(x.dates) == 0 {
		return
	}
	var people []string
	if !x.warming {
		people = x.people.in(text)
	}
	x.windows.reset(text)
	for _, dm := range x.dates {
		if !dm.relative {
			x.anchor = dm.date
		}
		if x.warming {
			continue
		}
		cs, ce := zhClauseBounds(text, dm.start, dm.end)
		e := model.Event{
			Date:      dm.date,
			Text:      text,
			Summary:   text[cs:ce],
			Citations: sn.citations,
			Section:   x.section,
			Offset:    b.Offset + sn.start,
			Phrase:    model.Span{Start: dm.start, End: dm.end},
			People:    people,
		}
		if len(text) > longSentence {
			e.Text, e.Phrase = x.windows.around(cs, ce, dm)
		}
		x.events.add(e, len(text) > longSentence)
	}
}

// isZhChrome reports page furniture: an "更新时间" line, a bare timestamp.
func isZhChrome(s string) bool {
	for _, w := range zh.Pack.ChromeWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// zhClauseBounds is where the clause of text that holds the date at
// [from, to) stands: the text between the clause breaks (；，,) around it, or
// the sentence when it is short. In a long sentence the breaks are looked
// for no further than zhClauseReach from the date, so that a sentence of
// many dates costs each of them a bounded search, not one of its length.
func zhClauseBounds(text string, from, to int) (int, int) {
	if len(text) <= 90 {
		return 0, len(text)
	}
	lo, hi := 0, len(text)
	if len(text) > longSentence {
		lo, hi = max(0, from-zhClauseReach), min(len(text), to+zhClauseReach)
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi--
		}
	}
	start, end := lo, hi
	for _, br := range []string{"；", "，", ","} {
		if i := strings.LastIndex(text[lo:from], br); i >= 0 && lo+i+len(br) > start {
			start = lo + i + len(br)
		}
		if i := strings.Index(text[to:hi], br); i >= 0 && to+i < end {
			end = to + i
		}
	}
	return start, end
}

// zhClauseReach is how far from its date a clause break is looked for in a
// long sentence.
const zhClauseReach = 240

// numberedItem reports a line that opens with a list number ("1. ",
// "2、"): the text reader may take a short one for a heading, but it is a
// list item the page shows as prose, and its dates are events.
func numberedItem(s string) bool {
	n, ok := readZhNum(s, 0)
	return ok && n.arabic && (strings.HasPrefix(s[n.end:], ". ") || strings.HasPrefix(s[n.end:], "、"))
}
