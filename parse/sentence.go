package parse

import (
	"github.com/annals-tui/annals/parse/lang/en"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a paragraph: its text (with inner citation
// markers still in place) and the citations that follow it.
type sentence struct {
	start, end int   // byte range in the paragraph, without the trailing markers
	citations  []int // the [n] markers right after it, before or after its full stop
}

// citationAt reports whether a [n] marker starts at i in s, and returns its
// number and end.
func citationAt(s string, i int) (n, end int, ok bool) {
	if i >= len(s) || s[i] != '[' {
		return 0, 0, false
	}
	j := i + 1
	for j < len(s) && j-i <= 5 && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i+1 || j >= len(s) || s[j] != ']' || n == 0 {
		return 0, 0, false
	}
	return n, j + 1, true
}

// markersAt reads a run of [n] markers starting at i, allowing spaces
// between them ("[5][6]", "[5] [6]"), and returns their numbers and the end
// of the run.
func markersAt(s string, i int) ([]int, int) {
	var ns []int
	end := i
	for j := i; ; {
		k := j
		for k < len(s) && s[k] == ' ' && len(ns) > 0 {
			k++
		}
		n, e, ok := citationAt(s, k)
		if !ok {
			break
		}
		ns = append(ns, n)
		j, end = e, e
	}
	return ns, end
}

// noteAt reports whether a bracketed note that is no [n] citation starts at
// i: "[a]", "[note 1]", "[citation needed]", or a marker of more digits
// than citationAt reads ("[1234567]"). After a full stop it ends the
// sentence as a citation would, and it returns the note's end.
func noteAt(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '[' {
		return 0, false
	}
	for j := i + 1; j < len(s) && j-i <= maxNoteBytes; j++ {
		c := s[j]
		switch {
		case c == ']':
			return j + 1, j > i+1
		case c == ' ' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		default:
			return 0, false
		}
	}
	return 0, false
}

// maxNoteBytes is the longest note noteAt reads ("[citation needed]",
// "[better source needed]").
const maxNoteBytes = 32

// markersAfterStop reads the [n] markers after a full stop, and the notes
// among them ("it rained.[a] In 1992", "…[3][note 1]"), and returns the
// citations and the end of the run.
func markersAfterStop(p string, i int) ([]int, int) {
	cites, after := markersAt(p, i)
	for {
		e, ok := noteAt(p, after)
		if !ok {
			return cites, after
		}
		more, end := markersAt(p, e)
		cites, after = append(cites, more...), end
	}
}

// maxSentenceBytes is the longest stretch read as one sentence: text that
// never ends one ("1991 1991 1991 …", a list glued into one line) is cut
// there, at a space, so that the work on each sentence stays bounded. Real
// sentences, even run-on list items of a saved page, are far shorter.
const maxSentenceBytes = 8 << 10

// cutLong appends the stretch of p from start that is too long for one
// sentence, cut at the last space before the limit (in Chinese, which has
// none, after the last comma; or else at the limit), and returns where the
// rest starts.
func cutLong(p string, start int, out []sentence) ([]sentence, int) {
	cut, half := start+maxSentenceBytes, start+maxSentenceBytes/2
	if sp := strings.LastIndexByte(p[half:cut], ' '); sp >= 0 {
		cut = half + sp
	} else if br := strings.LastIndex(p[half:cut], "，"); br >= 0 {
		cut = half + br + len("，")
	}
	for cut > start && !utf8.RuneStart(p[cut]) {
		cut--
	}
	end := len(strings.TrimRight(p[:cut], " \t"))
	if end > start {
		out = append(out, sentence{start: start, end: end})
	}
	return out, skipSpace(p, cut)
}

// markersBefore reads the [n] markers that stand right before a full stop
// at i ("a decree in 1860 [7]."), which belong to the sentence it ends.
func markersBefore(p string, start, i int) []int {
	j := i
	for j > start && p[j-1] == ' ' {
		j--
	}
	k := j
	for k > start && p[k-1] == ']' {
		o := strings.LastIndexByte(p[start:k], '[')
		if o < 0 {
			break
		}
		o += start
		if _, e, ok := citationAt(p, o); !ok || e != k {
			break
		}
		k = o
		for k > start && p[k-1] == ' ' {
			k--
		}
	}
	if k == j {
		return nil
	}
	cites, _ := markersAt(p, skipSpace(p, k))
	return cites
}

// abbreviations that end with a full stop without ending a sentence
// (lower-cased, without the stop).
var abbreviations = en.Pack.Abbreviations

// splitSentences splits a paragraph into sentences. A sentence ends at . ! or
// ? (with any closing quotes or brackets) followed by white space and a
// capital, digit or opening quote; or at a citation marker followed by white
// space and a capital (mirrors drop the full stop: "security law[8] In
// December"). Markers right after the end belong to the sentence; markers at
// the very start of a paragraph belong to a sentence that is not there.
// The sentences are appended to dst[:0].
func splitSentences(p string, dst []sentence) []sentence { return splitSentencesUpTo(p, dst, -1) }

// firstSentence is splitSentences(p)[0], found without reading on: what
// looks at a paragraph's opening sentence costs that sentence, not the
// paragraph (a 16 MB one was split whole, twice, for its first).
func firstSentence(p string) (sentence, bool) {
	sn := splitSentencesUpTo(p, nil, 1)
	if len(sn) == 0 {
		return sentence{}, false
	}
	return sn[0], true
}

// splitSentencesUpTo is splitSentences stopped after limit sentences (at
// the least: a long stretch may be cut in several at once); -1: none.
func splitSentencesUpTo(p string, dst []sentence, limit int) []sentence {
	out, _ := splitSentencesFrom(p, 0, dst, limit, newStopFinder(p))
	return out
}

// splitSentencesFrom is splitSentencesUpTo for the sentences from from, the
// start of one (or 0), and reports whether it stopped at limit with more
// to come: a paragraph is read a batch of sentences at a time, from the
// start of the last of a batch, as splitting it whole reads it (a sentence
// depends on no text before its start). stops is p's stop finder, kept from
// batch to batch: a fresh one would look for each stop the paragraph lacks
// from each batch to the paragraph's end, every time.
func splitSentencesFrom(p string, from int, dst []sentence, limit int, stops *stopFinder) ([]sentence, bool) {
	out := dst[:0]
	start := from
	if from == 0 {
		start = skipSpace(p, 0)
		if _, e := markersAt(p, start); e > start { // "[1] The diplomatic ..."
			start = skipSpace(p, e)
		}
	}
	for i := start; ; {
		i = stops.from(i)
		for min(i, len(p))-start > maxSentenceBytes {
			out, start = cutLong(p, start, out)
			i = max(i, start)
		}
		if len(out) >= limit && limit >= 0 {
			return out, true
		}
		if i >= len(p) {
			break
		}
		c := p[i]
		switch {
		case c == '.' || c == '!' || c == '?':
			endText := i + 1
			for endText < len(p) && strings.IndexByte("\"')]”’»", p[endText]) >= 0 {
				endText++
			}
			if endText < len(p) && (p[endText] == '"' || strings.HasPrefix(p[endText:], "”")) {
				endText += len("”")
			}
			cites, after := markersAfterStop(p, endText)
			if c == '.' && !endsWithStop(p, start, i) || endText == i+1 && insideQuote(p, start, i) {
				i++
				continue
			}
			if next := skipSpace(p, after); next >= len(p) || (next > after && startsSentence(p[next:])) {
				cites = append(markersBefore(p, start, i), cites...)
				out = append(out, sentence{start: start, end: endText, citations: cites})
				start, i = next, next
				continue
			}
			i = max(after, i+1)
		case c == '[':
			cites, after := markersAt(p, i)
			if len(cites) == 0 {
				i++
				continue
			}
			next := skipSpace(p, after)
			if next >= len(p) || (next > after && startsCapital(p[next:]) && !startsProperContinuation(p, i)) {
				out = append(out, sentence{start: start, end: i, citations: cites})
				start, i = next, next
				continue
			}
			i = after
		}
	}
	if start < len(p) {
		end := len(strings.TrimRight(p, " \t"))
		if end > start {
			out = append(out, sentence{start: start, end: end})
		}
	}
	return out, false
}

// insideQuote reports whether the stop at i falls inside a quotation opened
// since start and closed later in the paragraph ("He said "It is done. We
// won."[3]"): the quotation's stops end no sentence of the text around it.
func insideQuote(p string, start, i int) bool {
	before := p[start:i]
	if strings.Count(before, `"`)%2 == 1 {
		return strings.IndexByte(p[i:min(len(p), i+maxQuote)], '"') >= 0
	}
	if strings.IndexByte(before, 0xE2) >= 0 && strings.Count(before, "“") > strings.Count(before, "”") { // both quotes start with 0xE2
		return strings.Contains(p[i:min(len(p), i+maxQuote)], "”")
	}
	return false
}

// maxQuote bounds how far a quotation runs past a full stop inside it.
const maxQuote = 400

// stopFinder finds the bytes where a sentence may end: a stop, or the
// opening bracket of a citation marker. It keeps the next place of each,
// found with strings.IndexByte (which compares many bytes at once), so a
// paragraph costs four fast scans rather than a look at every byte. Asked
// from before where it last looked (the next batch of sentences starts at
// the last one of the batch before), it reads only the stretch between.
type stopFinder struct {
	p string
	// For each of sentenceStops: p[next] is that stop, or next is len(p),
	// and none of it lies in p[lo:next]; next is -1 before the first look.
	lo, next [4]int
}

const sentenceStops = ".!?["

func newStopFinder(p string) *stopFinder {
	return &stopFinder{p: p, next: [4]int{-1, -1, -1, -1}}
}

// from returns the first stop at or after i, or len(p).
func (f *stopFinder) from(i int) int {
	best := len(f.p)
	if i >= best {
		return best
	}
	for k := range len(sentenceStops) {
		switch {
		case f.next[k] < i: // not looked for yet, or passed
			f.next[k] = len(f.p)
			if j := strings.IndexByte(f.p[i:], sentenceStops[k]); j >= 0 {
				f.next[k] = i + j
			}
			f.lo[k] = i
		case i < f.lo[k]:
			if j := strings.IndexByte(f.p[i:f.lo[k]], sentenceStops[k]); j >= 0 {
				f.next[k] = i + j
			}
			f.lo[k] = i
		}
		best = min(best, f.next[k])
	}
	return best
}

// endsWithStop decides whether the full stop at i ends a sentence, or
// belongs to an abbreviation, an initial ("J. R. Tolkien") or a number.
func endsWithStop(p string, start, i int) bool {
	j := i
	for j > start && p[j-1] != ' ' && p[j-1] != '(' && p[j-1] != '"' {
		j--
	}
	if word, ok := abbreviation(strings.TrimRight(p[j:i], ".")); ok {
		// "U.S." and "etc." can end a sentence; they do when a capital
		// follows that does not start a name. Keep it simple: the common
		// title and initial abbreviations never end one; others do when
		// the next word is a sentence opener such as "The".
		return abbreviationEnds(word, p[min(i+1, len(p)):])
	}
	if w := p[j:i]; len(w) <= 2 && strings.Trim(w, "0123456789") == "" && strings.Trim(p[start:j], "*#•- ") == "" {
		return false // "* 7. August 1940": a day that opens a list line is no sentence
	}
	if w := p[j:i]; utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) { // an initial
			return false
		}
	}
	return true
}

// abbreviation returns w in lower case when it is one of the abbreviations.
// Most sentences end in a word too long or too foreign to be one, and the
// rest are lower-cased on the stack: no copy is made to tell.
func abbreviation(w string) (string, bool) {
	var buf [8]byte // longer than the longest, "u.s.s.r"
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !abbreviations[string(buf[:len(w)])] {
		return "", false
	}
	return string(buf[:len(w)]), true
}

var sentenceOpeners = map[string]bool{
	"The": true, "In": true, "On": true, "It": true, "He": true, "She": true, "They": true, "This": true,
	"A": true, "An": true, "By": true, "After": true, "Before": true, "During": true, "Since": true, "As": true,
	"However,": true, "Both": true, "Its": true, "His": true, "Her": true, "Their": true, "There": true,
}

func abbreviationEnds(word, rest string) bool {
	switch word {
	case "u.s", "u.k", "u.n", "u.s.s.r", "e.u", "a.m", "p.m", "inc", "ltd", "co", "corp", "bros", "al", "est":
		next := strings.Fields(rest)
		return len(next) > 0 && sentenceOpeners[next[0]]
	}
	return false
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}

// startsSentence: a capital, a digit, or an opening quote or bracket.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([¿¡", r)
}

func startsCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '"' || r == '“'
}

// startsProperContinuation guards the marker rule: "the treaty[3] Qing
// officials signed" has no stop either, but a marker between a lower-case
// word and a capital almost always ends a sentence in mirrored text, so the
// only exception kept is a marker right after a comma or colon.
func startsProperContinuation(p string, marker int) bool {
	j := marker
	for j > 0 && p[j-1] == ' ' {
		j--
	}
	return j > 0 && (p[j-1] == ',' || p[j-1] == ':' || p[j-1] == ';')
}

// stripMarkers removes [n] markers from a sentence's text and folds the white
// space they leave. Sentences are already trimmed, so the clean text starts
// where the sentence does. Text with no marker and no run of spaces is
// returned as it is, without a copy. loose says whether the paragraph it
// comes from has white space to fold (see hasLooseSpace); most have none.
func stripMarkers(s string, loose bool) string {
	if !needsStrip(s, loose) {
		return s
	}
	buf := make([]byte, 0, len(s))
	lastSpace, afterMarker := true, false
	for i := 0; i < len(s); {
		if _, e, ok := citationAt(s, i); ok {
			i, afterMarker = e, true
			continue
		}
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' {
			if !lastSpace {
				buf = append(buf, ' ')
			}
			lastSpace = true
			i++
			continue
		}
		// a marker removed before punctuation leaves "law , then": drop the space
		if afterMarker && (c == ',' || c == '.' || c == ';' || c == ':') && len(buf) > 0 && buf[len(buf)-1] == ' ' {
			buf = buf[:len(buf)-1]
		}
		if afterMarker && !lastSpace && !strings.ContainsRune(",.;:!?)]}'\"", rune(c)) {
			buf = append(buf, ' ') // "law[8]In": the marker parted two words
		}
		lastSpace, afterMarker = false, false
		buf = append(buf, c)
		i++
	}
	for len(buf) > 0 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	return string(buf)
}

// needsStrip reports whether s holds a marker, a tab or newline, or two
// spaces in a row, or starts or ends with a space. Each test is an
// IndexByte-like scan that compares many bytes at once; the tests for white
// space to fold are made only when the paragraph has some (loose).
func needsStrip(s string, loose bool) bool {
	if s == "" {
		return false
	}
	return s[0] == ' ' || s[len(s)-1] == ' ' || strings.IndexByte(s, '[') >= 0 ||
		loose && (strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '\n') >= 0 || strings.Contains(s, "  "))
}

// hasLooseSpace reports whether a paragraph has a tab, a newline or two
// spaces in a row: white space that stripMarkers folds. One look at the
// paragraph spares one at each of its sentences.
func hasLooseSpace(p string) bool {
	return strings.IndexByte(p, '\t') >= 0 || strings.IndexByte(p, '\n') >= 0 || strings.Contains(p, "  ")
}
