package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryWidth is the longest summary, in characters: a list row's worth.
const summaryWidth = 72

// clauseBreaks end one clause of a sentence and start another.
var clauseBreaks = []string{"; ", ": ", " – ", " — ", ", when ", ", which ", ", while ", ", whilst ",
	", but ", ", although ", ", though ", ", whereas ", ", where ", ", after which ", ", and ", ", as "}

// subBreaks start the phrase that holds a date inside a long clause.
var subBreaks = []string{", ", " and ", " such as ", " with ", " including ", " after ", " following "}

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

// clauseBreak is where one of clauseBreaks stands in a sentence: at is its
// first byte, after the byte past it.
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

// summarizer makes the summaries of a chunk's events. Most summaries are a
// slice of their sentence; those that are not (a capital put first, an
// ellipsis put last) are written one after another into blocks of bytes,
// each of which becomes one string when the chunk is done, rather than a
// string each.
type summarizer struct {
	breaks []clauseBreak // of the current sentence
	buf    []byte        // the block being filled
	full   [][]byte      // the blocks filled before it
	owed   []owedSummary // which events take which part of which block
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

// summarize makes the short line a list shows for the event whose date phrase
// is text[from:to]: the clause that holds the date, without a leading "In
// June 2020," that the list's date column already says, cut at a word. The
// summary is returned, or, when it had to be written into the buffer, owed
// to event number ev and filled in by settle.
func (z *summarizer) summarize(text string, from, to, ev int) string {
	start, end := 0, len(text)
	for _, br := range z.breaks {
		switch {
		case br.after <= from:
			start = max(start, br.after)
		case br.at >= to:
			end = min(end, br.at)
		}
	}
	// A long clause whose date lies past what a row shows starts at the
	// phrase that holds the date: "such as Zhu Rongji in April 1991".
	if to-start > summaryWidth {
		for _, br := range subBreaks {
			if i := strings.LastIndex(text[start:from], br); i >= 0 && start+i+len(br) > start {
				start = max(start, start+i+len(br))
			}
		}
	}
	clause := strings.TrimSpace(text[start:end])
	dateAt := from - start
	capital := false
	// "In June 2020, Belgium opposed ..." -> "Belgium opposed ..."
	if lead := leadingDate(clause, dateAt, to-start); lead > 0 && len(clause)-lead > 15 {
		clause, capital = strings.TrimSpace(clause[lead:]), true
	}
	first, size := utf8.DecodeRuneInString(clause)
	upper := unicode.ToUpper(first)
	if capital && (first == utf8.RuneError || upper == first) {
		capital = false // already a capital (or not a letter): nothing to change
	}
	if capital && utf8.RuneLen(upper) != size {
		// A capital of another length ("ſ" → "S") would shift every byte
		// count below: build it as a string first, the rare slow way.
		return z.oweString(ev, cut(strings.TrimRight(summaryOrSentence(string(upper)+clause[size:], text), " .;,:"), summaryWidth))
	}
	if fewerRunes(clause, 20) && len(text) > len(clause) {
		clause, capital = text, false // too little to say anything: the sentence then
	}
	clause = strings.TrimRight(clause, " .;,:")
	body, ellipsis := cutAt(clause, summaryWidth)
	if !capital && !ellipsis {
		return body
	}
	z.room(utf8.UTFMax + len(body) + len("…"))
	from0 := len(z.buf)
	if capital {
		z.buf = utf8.AppendRune(z.buf, upper)
		body = body[size:]
	}
	z.buf = append(z.buf, body...)
	if ellipsis {
		z.buf = append(z.buf, "…"...)
	}
	z.owe(ev, from0)
	return ""
}

// summaryOrSentence is the clause, or the whole sentence when the clause is
// too short to say anything.
func summaryOrSentence(clause, text string) string {
	if fewerRunes(clause, 20) && len(text) > len(clause) {
		return text
	}
	return clause
}

// oweString puts a summary built the slow way into the blocks.
func (z *summarizer) oweString(ev int, s string) string {
	z.room(len(s))
	from := len(z.buf)
	z.buf = append(z.buf, s...)
	z.owe(ev, from)
	return ""
}

// settle gives the owed summaries to their events, as slices of one string
// a block.
func (z *summarizer) settle(summaries func(ev int) *string) {
	blocks := make([]string, 0, len(z.full)+1)
	for _, b := range append(z.full, z.buf) {
		blocks = append(blocks, string(b))
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

// leadingDate returns where the clause's opening date phrase ("In June
// 2020, ", "On 6 October 1949, ") ends, or 0 when the clause does not open
// with its date.
func leadingDate(clause string, from, to int) int {
	if from < 0 || to > len(clause) || to <= from {
		return 0
	}
	before := strings.TrimSpace(clause[:from])
	found := false
	for _, w := range leadingDates {
		if len(w) == len(before) && strings.EqualFold(w, before) {
			found = true
			break
		}
	}
	if !found {
		return 0
	}
	rest := clause[to:]
	if strings.HasPrefix(rest, ",") {
		return to + 1
	}
	return 0
}

// fewerRunes reports whether s has fewer than n characters, counting no
// further than it must: a string of 4n bytes or more has at least n.
func fewerRunes(s string, n int) bool {
	if len(s) >= 4*n {
		return false
	}
	return utf8.RuneCountInString(s) < n
}

// cut shortens s to at most n characters at a word boundary, with an ellipsis.
func cut(s string, n int) string {
	body, ellipsis := cutAt(s, n)
	if ellipsis {
		return body + "…"
	}
	return body
}

// cutAt is cut without writing the ellipsis: the part of s kept, and whether
// an ellipsis follows it. It reads no further than the (n+1)th character.
func cutAt(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	// byte offsets of the (n/2)th and (n-1)th characters, found on the way
	// to an (n+1)th that says s is too long
	half, limit := 0, 0
	k := 0
	for i := 0; i < len(s); k++ {
		if k == n/2 {
			half = i
		}
		if k == n-1 {
			limit = i
		}
		if k == n {
			cutAt := limit
			if j := strings.LastIndexByte(s[half:min(limit+1, len(s))], ' '); j > 0 {
				cutAt = half + j
			}
			return strings.TrimRight(s[:cutAt], " ,;:"), true
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return s, false // n characters or fewer
}
