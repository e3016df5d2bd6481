package parse

import (
	"unsafe"

	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryWidth is the longest summary, in characters: the text column of a
// wide terminal's row. Narrower layouts cut it again to the width they have.
const summaryWidth = 120

// headWidth is the longest subject-and-verb head put before the phrase of a
// date that shares its clause with others.
const headWidth = 60

// clauseBreaks end one clause of a sentence and start another. A relative
// ", which " or ", while " is not one: "…, which took place on 9 May 1950"
// has no subject of its own, so its clause runs on from the one before.
var clauseBreaks = []string{"; ", ": ", " – ", " — ", ", when ",
	", but ", ", although ", ", though ", ", whereas ", ", where ", ", and ", ", as "}

// subBreakWords start the phrase that holds a date inside a clause, after a
// space: "such as Zhu Rongji in April 1991", "and again in 2000".
// A switch, not a map: it is asked of every word of every dated sentence.
func isSubBreakWord(w string) bool {
	switch w {
	case "and", "such", "with", "including", "after", "following":
		return true
	}
	return false
}

// commaBreakInitials are the first letters of the words after ", " in
// clauseBreaks.
var commaBreakInitials = func() (t [256]bool) {
	for _, br := range clauseBreaks {
		if strings.HasPrefix(br, ", ") {
			t[br[2]] = true
		}
	}
	return t
}()

// clauseBreak is where a break stands in a sentence: at is its first byte,
// after the byte past it.
type clauseBreak struct{ at, after int }

// findClauseBreaks lists the clause breaks of a sentence, once for all its
// dates. Every break opens with a comma, semicolon or colon, or a space
// before a dash, so only those tokens are looked at.
func findClauseBreaks(text string, toks []token, dst []clauseBreak) []clauseBreak {
	dst = dst[:0]
	for k := range toks {
		t := &toks[k]
		i := t.start
		switch {
		case t.kind == tPunct && text[i] == ',':
			// ", when ", ", but ", ", and ", ", though "...: most commas
			// are followed by another word
			if i+2 >= len(text) || text[i+1] != ' ' || !commaBreakInitials[text[i+2]] {
				continue
			}
		case t.kind == tPunct && (text[i] == ';' || text[i] == ':'):
		case t.kind == tDash && i > 0 && text[i-1] == ' ':
			i-- // " – "
		default:
			continue
		}
		for _, br := range clauseBreaks {
			if br[0] == text[i] && strings.HasPrefix(text[i:], br) {
				dst = append(dst, clauseBreak{i, i + len(br)})
				break
			}
		}
	}
	return dst
}

// outsideDates drops the breaks that stand inside a date phrase: the dash
// of "(September 5, 1921 – June 14, 1979)" joins the two ends of one date,
// and ends no clause. Both lists are in text order.
func outsideDates(breaks []clauseBreak, dates []dateSpan) []clauseBreak {
	out, d := breaks[:0], 0
	for _, br := range breaks {
		for d < len(dates) && dates[d].to <= br.at {
			d++
		}
		if d < len(dates) && dates[d].from <= br.at {
			continue
		}
		out = append(out, br)
	}
	return out
}

// findSubBreaks lists where the phrases inside a clause start: after ", "
// and before " and ", " with ", " such as "... In text order.
func findSubBreaks(text string, toks []token, dst []clauseBreak) []clauseBreak {
	dst = dst[:0]
	for k := range toks {
		t := &toks[k]
		switch {
		case t.kind == tPunct && text[t.start] == ',' && t.start+1 < len(text) && text[t.start+1] == ' ':
			if k+1 < len(toks) && toks[k+1].kind == tWord && isJrSr(toks[k+1].text) {
				continue // "Clinton Williams Murchison, Jr.": one name
			}
			dst = append(dst, clauseBreak{t.start, t.start + 2})
		case t.kind == tWord && t.start > 0 && text[t.start-1] == ' ' && isSubBreakWord(t.text):
			end := t.end
			if t.text == "such" {
				if !strings.HasPrefix(text[end:], " as ") {
					continue
				}
				end += len(" as")
			}
			if end < len(text) && text[end] == ' ' {
				dst = append(dst, clauseBreak{t.start - 1, end + 1})
			}
		}
	}
	return dst
}

// dateSpan is where a date phrase stands in its sentence.
type dateSpan struct{ from, to int }

// clauseInfo is what the dates of one clause share: its bounds, where its
// body starts after an opening "In 1899 and 1900, ", the dates it holds and
// the subject-and-verb head of its body.
type clauseInfo struct {
	start, end int // the clause, text[start:end]
	body       int // where it starts once an opening date phrase is dropped
	lo, hi     int // the first and last of its dates
	lead       int // how many of them stand in the opening phrase
	head       string
	capital    bool // the body starts in lower case inside the sentence
}

// summarizer makes the summaries of a chunk's events. Most summaries are a
// slice of their sentence; those that are not (a capital put first, an
// ellipsis put last, a head joined to a phrase) are written one after another
// into blocks of bytes, each of which becomes one string when the chunk is
// done, rather than a string each.
//
// Within a sentence it walks the breaks and dates once, in text order, so a
// sentence with n dates costs n steps, not n times its length.
type summarizer struct {
	text   string
	breaks []clauseBreak // of the current sentence
	subs   []clauseBreak
	dates  []dateSpan
	bi, si int // the first break and sub-break not wholly before the current date
	last   int // the date summarised last, or -1
	cl     clauseInfo
	buf    []byte        // the block being filled
	full   [][]byte      // the blocks filled before it
	owed   []owedSummary // which events take which part of which block
}

// begin readies the summarizer for the dates of one sentence.
func (z *summarizer) begin(text string, toks []token, dates []dateMatch) {
	z.text = text
	z.breaks = findClauseBreaks(text, toks, z.breaks)
	z.subs = findSubBreaks(text, toks, z.subs)
	z.dates = z.dates[:0]
	for _, d := range dates {
		z.dates = append(z.dates, dateSpan{d.start, d.end})
	}
	z.breaks = outsideDates(z.breaks, z.dates)
	z.bi, z.si, z.last = 0, 0, -1
	z.cl = clauseInfo{start: -1}
}

type owedSummary struct{ event, block, from, to int32 } // 16 bytes: there is one for most events

// summaryBlock is the size of the blocks summaries are written into: large
// enough for a thousand, small enough that a chunk wastes little of its last.
const summaryBlock = 64 << 10

// room makes room for n more bytes in the block being filled.
func (z *summarizer) room(n int) {
	if cap(z.buf)-len(z.buf) >= n {
		return
	}
	if len(z.buf) > 0 {
		z.full = append(z.full, z.buf)
	}
	z.buf = make([]byte, 0, max(summaryBlock, n))
}

// owe records that event ev takes the bytes written into the block since from.
func (z *summarizer) owe(ev, from int) {
	z.owed = append(z.owed, owedSummary{int32(ev), int32(len(z.full)), int32(from), int32(len(z.buf))})
}

// forgo drops the summary owed to event ev, when the event turned out to
// repeat one before it (repeats.go) and the number goes to the next.
func (z *summarizer) forgo(ev int) {
	if n := len(z.owed); n > 0 && int(z.owed[n-1].event) == ev {
		o := z.owed[n-1]
		if int(o.block) == len(z.full) {
			z.buf = z.buf[:o.from]
		}
		z.owed = z.owed[:n-1]
	}
}

// summarize makes the short line a list shows for date number k of the
// sentence given to begin: the clause that holds the date with its subject
// and verb, without an opening "In June 2020," that the list's date column
// already says. When the clause holds other dates too, each gets its own
// line: the first the clause up to its phrase, the others the clause's head
// and their own phrase ("Philippe led trade missions … again in 2000"). The
// summary is returned, or, when it had to be written into the buffer, owed to
// event number ev and filled in by settle.
func (z *summarizer) summarize(k, ev int) string {
	if k <= z.last { // out of text order: walk from the start again
		z.bi, z.si, z.cl = 0, 0, clauseInfo{start: -1}
	}
	z.last = k
	d := z.dates[k]
	cs, ce := z.clauseOf(d)
	if cs != z.cl.start {
		z.cl = z.newClause(cs, ce, k)
	}
	cl := &z.cl
	text := z.text
	first := cl.lo + cl.lead
	switch {
	case cl.hi == cl.lo || k < first:
		return z.whole(ev, cl)
	case k == first && cl.lead == 0:
		// "in 1996 and again in 2000": a date list reads whole for its first
		pe := z.phraseEnd(k, d)
		if fewerRunes(text[cl.body:pe], 20) || z.dates[k+1].from-pe < 25 {
			return z.whole(ev, cl)
		}
		return z.emit(ev, cl.capital, "", text[cl.body:pe])
	}
	ps := z.phraseStart(k, d)
	phrase := strings.TrimSpace(text[ps:z.phraseEnd(k, d)])
	if cl.head == "" {
		return z.emit(ev, false, "", phrase)
	}
	return z.emit(ev, cl.capital, cl.head, phrase)
}

// clause is the bounds of the clause of the date summarised last.
func (z *summarizer) clause() (int, int) { return z.cl.start, z.cl.end }

// clauseOf returns the bounds of the clause that holds d, moving the break
// cursor on: dates come in text order, so each break is passed once.
func (z *summarizer) clauseOf(d dateSpan) (int, int) {
	for z.bi < len(z.breaks) && z.breaks[z.bi].after <= d.from {
		z.bi++
	}
	cs := 0
	if z.bi > 0 {
		cs = z.breaks[z.bi-1].after
	}
	j := z.bi
	for j < len(z.breaks) && z.breaks[j].at < d.to {
		j++
	}
	if j < len(z.breaks) {
		return cs, z.breaks[j].at
	}
	return cs, len(z.text)
}

// newClause measures the clause text[cs:ce] whose first date not yet seen
// is number k: the dates it holds, its opening date phrase and its head.
func (z *summarizer) newClause(cs, ce, k int) clauseInfo {
	cl := clauseInfo{start: cs, end: ce, lo: k, hi: k}
	for cl.lo > 0 && z.dates[cl.lo-1].from >= cs {
		cl.lo--
	}
	for cl.hi+1 < len(z.dates) && z.dates[cl.hi+1].to <= ce {
		cl.hi++
	}
	text := z.text
	cl.body = cs + len(text[cs:ce]) - len(strings.TrimLeft(text[cs:ce], " "))
	if end, n := z.leadingDates(&cl); n > 0 && ce-end > 15 {
		cl.body, cl.lead = end+len(text[end:ce])-len(strings.TrimLeft(text[end:ce], " ")), n
	}
	first, size := utf8.DecodeRuneInString(text[cl.body:])
	cl.capital = cl.body > 0 && size > 0 && unicode.IsLower(first)
	if cl.hi > cl.lo && cl.lo+cl.lead <= cl.hi {
		cl.head = z.headOf(&cl)
	}
	return cl
}

// leadingDates finds an opening date phrase, "In 1899 and 1900, " or "On 6
// October 1949, ": where it ends and how many dates it holds.
func (z *summarizer) leadingDates(cl *clauseInfo) (int, int) {
	text := z.text
	before := strings.TrimSpace(text[cl.start:z.dates[cl.lo].from])
	for _, conj := range []string{"and ", "but ", "then ", "And ", "But ", "Then "} {
		before = strings.TrimPrefix(before, conj)
	}
	if !isLeadingWord(before) {
		return 0, 0
	}
	m := cl.lo
	for m < cl.hi && isDateJoin(text[z.dates[m].to:z.dates[m+1].from]) {
		m++
	}
	if end := z.dates[m].to; end < cl.end && text[end] == ',' {
		return end + 1, m - cl.lo + 1
	}
	return 0, 0
}

func isLeadingWord(s string) bool {
	for _, w := range leadingDates {
		if len(w) == len(s) && strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// isDateJoin reports whether s joins two dates of a list: "1899 and 1900".
func isDateJoin(s string) bool {
	switch s {
	case ", ", " and ", ", and ", " or ", "–", "-", " to ", " and in ", " and on ":
		return true
	}
	return false
}

// headOf is the subject and verb of the clause's body: the words before its
// first phrase break or first date after the opening, without a trailing
// "in" or "on" that belonged to the date.
func (z *summarizer) headOf(cl *clauseInfo) string {
	end := z.dates[cl.lo+cl.lead].from
	i := sort.Search(len(z.subs), func(i int) bool { return z.subs[i].at >= cl.body })
	if i < len(z.subs) && z.subs[i].at < end {
		end = z.subs[i].at
	}
	head := strings.TrimRight(z.text[cl.body:max(cl.body, end)], " ,;:(")
	for {
		sp := strings.LastIndexByte(head, ' ')
		if sp < 0 || !trailingWords[head[sp+1:]] {
			break
		}
		head = strings.TrimRight(head[:sp], " ,")
	}
	if trailingWords[head] || fewerRunes(head, 3) {
		return ""
	}
	body, _ := cutAt(head, headWidth)
	return body
}

// trailingWords end a head only because a date followed them.
var trailingWords = map[string]bool{"in": true, "on": true, "at": true, "by": true, "from": true, "since": true,
	"during": true, "of": true, "the": true, "and": true, "until": true, "between": true, "In": true, "On": true}

// phraseStart is where the phrase of date k starts: after the last phrase
// break before it, and after the date before it in its clause.
func (z *summarizer) phraseStart(k int, d dateSpan) int {
	z.passSubs(d)
	ps := z.cl.body
	if z.si > 0 {
		ps = max(ps, z.subs[z.si-1].after)
	}
	if k > z.cl.lo {
		ps = max(ps, z.dates[k-1].to)
	}
	return min(ps, d.from)
}

// passSubs moves the sub-break cursor past the breaks that end before d.
func (z *summarizer) passSubs(d dateSpan) {
	for z.si < len(z.subs) && z.subs[z.si].after <= d.from {
		z.si++
	}
}

// phraseEnd is where the phrase of date k ends: at the next phrase break,
// the next date or the clause's end.
func (z *summarizer) phraseEnd(k int, d dateSpan) int {
	z.passSubs(d)
	pe := z.cl.end
	if k < z.cl.hi {
		pe = min(pe, z.dates[k+1].from)
	}
	for j := z.si; j < len(z.subs) && z.subs[j].at < pe; j++ {
		if z.subs[j].at >= d.to {
			return z.subs[j].at
		}
	}
	return max(pe, d.to)
}

// whole is the summary of a date alone in its clause (or in its opening
// phrase): the clause's body, or the sentence when that says too little.
func (z *summarizer) whole(ev int, cl *clauseInfo) string {
	body, capital := z.text[cl.body:cl.end], cl.capital
	if fewerRunes(strings.TrimSpace(body), 20) && len(z.text) > len(body) {
		body, capital = z.text, false
	}
	return z.emit(ev, capital, "", body)
}

// emit makes the summary head + " … " + body (or body alone), cut to
// summaryWidth at a word. It is a slice of the sentence when it can be.
func (z *summarizer) emit(ev int, capital bool, head, body string) string {
	body = strings.TrimRight(strings.TrimSpace(body), " .;,:")
	room := summaryWidth
	if head != "" {
		room = max(20, summaryWidth-utf8.RuneCountInString(head)-3)
	}
	body, ellipsis := cutAt(body, room)
	lead := head
	if lead == "" {
		lead = body
	}
	first, size := utf8.DecodeRuneInString(lead)
	upper := unicode.ToUpper(first)
	capital = capital && first != utf8.RuneError && upper != first
	if !capital && !ellipsis && head == "" {
		return body
	}
	z.room(utf8.UTFMax + len(head) + len(" … ") + len(body) + len("…"))
	from := len(z.buf)
	if capital {
		z.buf = utf8.AppendRune(z.buf, upper)
	}
	if head != "" {
		z.buf = append(append(append(z.buf, head[size*b2i(capital):]...), " … "...), body...)
	} else {
		z.buf = append(z.buf, body[size*b2i(capital):]...)
	}
	if ellipsis {
		z.buf = append(z.buf, "…"...)
	}
	z.owe(ev, from)
	return ""
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// settle gives the owed summaries to their events, as slices of one string
// a block.
func (z *summarizer) settle(summaries func(ev int) *string) {
	// Each block becomes a string without a copy: the summarizer drops it
	// here and nothing writes to it again (z.buf is reset below), so the
	// bytes are as immutable as a string's must be. A copy doubled the
	// memory summaries take, on the way to the one collection the export
	// can afford.
	blocks := make([]string, 0, len(z.full)+1)
	for _, b := range append(z.full, z.buf) {
		blocks = append(blocks, unsafe.String(unsafe.SliceData(b), len(b)))
	}
	for _, o := range z.owed {
		*summaries(int(o.event)) = blocks[o.block][o.from:o.to]
	}
	z.buf, z.full, z.owed = nil, nil, z.owed[:0]
}

// leadingDates are the words that may stand before a clause's opening date
// phrase, in lower case.
var leadingDates = []string{"", "in", "on", "by", "since", "from", "during", "until", "as of", "at the end of",
	"in the", "during the", "by the", "since the", "at the start of", "in early", "in late", "in mid"}
