package markup

import (
	"bytes"
	"encoding/binary"
	"github.com/annals-tui/annals/internal/swar"
	"math/bits"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/annals-tui/annals/model"
)

// ReadText reads a plain-text article in the shapes Wikipedia text takes in
// the wild: a title line ("Title", "= Title =", "Title explained"),
// "== Heading ==" or "History[edit]" or bare heading lines, page chrome
// ("From Wikipedia, the free encyclopedia", "Jump to navigation"), infobox
// residue, mirrors whose sentences run together with [n] markers, a reference
// list at the end, and one long line of link titles glued together ("Zhu
// RongjiQian QichenBrussels...") that lists the article's linked names.
//
// The Doc's text is not copied out of src but shares its memory (a 20 MB
// article is not held twice, nor copied once): src must not change after.
func ReadText(src []byte) *Doc { return readText(src, partsPerCore*runtime.GOMAXPROCS(0), partBytes) }

// readText is ReadText in at most n parts of at least size bytes each.
func readText(src []byte, n, size int) *Doc {
	text := unsafe.String(unsafe.SliceData(src), len(src))
	parts := splitAtBlankLines(src, n, size)
	if len(parts) == 1 {
		doc, _ := readTextPart(text, 0, textState{})
		return doc
	}
	// A large text is read in parts on every core. Each part after the
	// first starts as if after prose. When the part before it ended in
	// another state (inside a reference list or an infobox, before any
	// title), it is read again from that state, unless it starts afresh
	// (with a line that sets the state whatever it was).
	docs := make([]*Doc, len(parts))
	ends := make([]textState, len(parts))
	var wg sync.WaitGroup
	for k, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[k], ends[k] = readTextPart(text[p.from:p.to], p.from, textState{titleDone: k > 0})
		}()
	}
	wg.Wait()
	for k := 1; k < len(parts); k++ {
		if st := ends[k-1]; parts[k].afresh && st.titleDone || st == (textState{titleDone: true}) {
			continue
		}
		p := parts[k]
		docs[k], ends[k] = readTextPart(text[p.from:p.to], p.from, ends[k-1])
	}
	// Merge into slices of the final size, so that no part is copied twice.
	nb, nl, nr := 0, 0, 0
	for _, d := range docs {
		nb, nl, nr = nb+len(d.Blocks), nl+len(d.Links), nr+len(d.References)
	}
	doc := &Doc{Blocks: sized[Block](nb), Links: sized[string](nl), References: sized[model.Reference](nr)}
	for k, d := range docs {
		if k == 0 || !ends[k-1].titleDone { // the title is in the first part not all blank
			doc.Title = d.Title
		}
	}
	for _, d := range docs {
		doc.Blocks = append(doc.Blocks, d.Blocks...)
		doc.Links = append(doc.Links, d.Links...)
		for _, r := range d.References {
			r.N = len(doc.References) + 1
			doc.References = append(doc.References, r)
		}
	}
	return doc
}

// sized makes an empty slice with room for n elements, or nil for none, as
// appending nothing to nil leaves nil.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// reserve makes room in s for n more elements, at least doubling its
// capacity when it grows: append grows a large slice by a quarter at a time,
// which copied Links and References over and over (a reference is 120
// bytes) on a long text.
func reserve[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// textState is what reading one line tells the next, across a part's end.
type textState struct {
	titleDone bool // the title has been read (or cannot come any more)
	inTail    bool // inside References, External links, See also...: no prose
	inInfobox bool // after an "Infobox" line: "- Field: value" lines are no prose
}

// A part is a range of the source, cut at a blank line; afresh when it
// starts with a line after which the reading does not depend on what came
// before (see startsAfresh).
type part struct {
	from, to int
	afresh   bool
}

// partBytes is the least text a part read on its own core holds.
const partBytes = 2 << 20

// partsPerCore: with more parts than cores, a core slowed by other work on
// the machine does not hold the others up, which take the parts left.
const partsPerCore = 4

// splitAtBlankLines cuts src into at most n parts of at least size bytes, each
// ending at a blank line, so that no paragraph is cut: best, one before an
// "== Heading ==" line, within an eighth of a part of where the cut should
// fall, so that the part after it need not be read again.
func splitAtBlankLines(src []byte, n, size int) []part {
	if n < 2 || len(src) < 2*size {
		return []part{{0, len(src), false}}
	}
	n = min(n, len(src)/size)
	var out []part
	from, afresh := 0, false
	for k := 1; k < n; k++ {
		at := max(len(src)*k/n, from)
		cut, clean := cutBefore(src, at, len(src)/n/8)
		if cut < 0 {
			break
		}
		out = append(out, part{from, cut, afresh})
		from, afresh = cut, clean
	}
	return append(out, part{from, len(src), afresh})
}

// cutBefore finds where to cut src at or after at: after a blank line
// that is followed by a line that startsAfresh, if one is within window
// bytes; else after the first blank line (clean false); -1 when there is none.
func cutBefore(src []byte, at, window int) (cut int, clean bool) {
	for i := at; i < len(src) && i-at <= window; {
		j := bytes.Index(src[i:], []byte("\n\n="))
		if j < 0 || i+j-at > window {
			break
		}
		start := i + j + 2
		line := src[start:]
		if end := bytes.IndexByte(line, '\n'); end >= 0 {
			line = line[:end]
		}
		if startsAfresh(string(line)) {
			return start, true
		}
		i = start
	}
	if j := bytes.Index(src[at:], []byte("\n\n")); j >= 0 {
		return at + j + 2, false
	}
	return -1, false
}

// startsAfresh reports whether, once the title is read, the state after
// a line is the same whatever the state before it, as after an "== Heading
// ==" line: readTextPart takes it as a heading in any state (it is no glued
// link line and no chrome), it sets inTail by its own words, and it ends
// an infobox.
func startsAfresh(line string) bool {
	text := strings.TrimSpace(line)
	_, h, _, ok := eqHeading(text)
	return ok && h != "" && len(text) < 150 && !isChrome(text)
}

// readTextPart reads the lines of one part of a text that starts at byte
// base of the source.
func readTextPart(src string, base int, st textState) (*Doc, textState) {
	// Paragraphs are mostly one line each with a blank line between them:
	// a count of lines (a fast scan) bounds the blocks well enough that the
	// slice seldom grows.
	doc := &Doc{Blocks: sized[Block](strings.Count(src, "\n")/2 + 1)}
	lines := newTextLines(src)
	gluedSeen := map[string]bool{} // the link lines read so far
	for {
		ln, text, ok := lines.take()
		if !ok {
			break
		}
		if text == "" {
			continue
		}
		if !st.titleDone {
			if title, ok := titleLine(text); ok {
				doc.Title, st.titleDone = title, true
				continue
			}
		}
		if isGluedLinkLine(text) {
			// A merged archive repeats each article's link line: its names
			// are listed once.
			if !gluedSeen[text] {
				gluedSeen[text] = true
				// Link titles average a dozen bytes or more.
				doc.Links = appendGluedLinks(reserve(doc.Links, len(text)/8), text)
			}
			continue
		}
		short := len(text) <= maxFurniture // titles, headings and chrome are short: skip their checks on prose
		if short && isChrome(text) {
			st.inInfobox = st.inInfobox || strings.EqualFold(text, "infobox")
			continue
		}
		if st.inInfobox && strings.HasPrefix(text, "- ") {
			continue // "- Established: 1950": an infobox field, not prose
		}
		st.inInfobox = false
		if h, level, ok := headingLine(text, lines.prevBlank, lines.aheadText); short && ok && !(st.inTail && level == 0) {
			st.inTail = isTailSection(h)
			level = max(level, 2)
			if h == doc.Title && len(doc.Blocks) == 0 {
				continue // the title repeated under the page chrome
			}
			doc.Blocks = append(doc.Blocks, Block{Kind: Heading, Level: level, Text: h, Offset: base + ln.offset})
			st.titleDone = true
			continue
		}
		if st.inTail || text[0] == '^' {
			if ref, ok := referenceLine(text); ok {
				ref.N = len(doc.References) + 1
				doc.References = append(reserve(doc.References, 1), ref)
				continue
			}
		}
		if st.inTail {
			continue // link lists, further reading: not prose
		}
		// Join hard-wrapped lines: a line that does not end a sentence,
		// followed by one that starts in lower case, continues it.
		// A timeline item whose date stands alone on its bullet line
		// ("• 771 BCE") continues on the more indented line below it.
		if lines.hasAhead && datedItem(ln.text, lines.ahead.text) {
			_, next, _ := lines.take()
			text += " " + next
		}
		for lines.hasAhead && continues(text, lines.aheadText) {
			_, next, _ := lines.take()
			text += " " + next
		}
		doc.Blocks = append(doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: base + ln.offset + leadingSpace(ln.text)})
		st.titleDone = true
	}
	if len(doc.Blocks) == 0 {
		doc.Blocks = nil // as when none were appended
	}
	return doc, st
}

// textLines walks a text line by line, as splitLines cuts it, without
// making a slice of every line. It looks one line ahead, since a
// hard-wrapped paragraph and a bare heading are told by the line after
// them, and remembers whether the line before was blank.
type textLines struct {
	rest      string // the text after the line ahead
	restAt    int    // the offset of rest in the text
	ahead     line   // the next line, not yet taken
	aheadText string // ahead.text with its spaces trimmed; "" when there is none
	hasAhead  bool
	prevBlank bool // the line before the one last taken is blank or absent
	lastBlank bool // the line last taken is blank or absent
}

func newTextLines(s string) *textLines {
	t := &textLines{rest: s, lastBlank: true}
	t.readAhead()
	return t
}

// readAhead cuts the next line off rest.
func (t *textLines) readAhead() {
	if t.rest == "" {
		t.ahead, t.aheadText, t.hasAhead = line{}, "", false
		return
	}
	text, n := t.rest, len(t.rest)
	if i := strings.IndexByte(t.rest, '\n'); i >= 0 {
		text, n = t.rest[:i], i+1
	}
	t.ahead, t.aheadText, t.hasAhead = line{text, t.restAt}, strings.TrimSpace(text), true
	t.rest, t.restAt = t.rest[n:], t.restAt+n
}

// take returns the line ahead, and its text trimmed, and moves past it.
func (t *textLines) take() (ln line, text string, ok bool) {
	if !t.hasAhead {
		return line{}, "", false
	}
	ln, text = t.ahead, t.aheadText
	t.prevBlank, t.lastBlank = t.lastBlank, text == ""
	t.readAhead()
	return ln, text, true
}

// maxFurniture is the longest line that can be a heading, a title or page
// chrome; longer lines are prose (or the glued link line).
const maxFurniture = 200

type line struct {
	text   string
	offset int
}

func splitLines(s string) []line {
	var out []line
	off := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, line{s, off})
			break
		}
		out = append(out, line{s[:i], off})
		s = s[i+1:]
		off += i + 1
	}
	return out
}

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }

var (
	reEditMark  = regexp.MustCompile(`\s*\[\s*edit\s*\]$`)
	reExplained = regexp.MustCompile(`^(.+?)\s+explained$`)
)

// eqHeading reads a line of the "== Heading ==" shape exactly as the
// regexp ^(={1,6})\s*(.*?)\s*(={1,6})$ would: open and close are the
// lengths of its first and last groups, text the middle one. Written out,
// as the regexp's backtracking was a tenth of the reading time of a text
// with many headings.
func eqHeading(s string) (open int, text string, close int, ok bool) {
	n := len(s)
	if n < 2 || s[0] != '=' || s[n-1] != '=' {
		return 0, "", 0, false
	}
	lead := 0
	for lead < n && s[lead] == '=' {
		lead++
	}
	if lead == n {
		// Only "=": the first group takes all it can while leaving the
		// last one at least one, and the middle group (lazy) gives the
		// last one all it can take.
		open = min(n-1, 6)
		close = min(n-open, 6)
		return open, s[open : n-close], close, true
	}
	trail := 0
	for s[n-1-trail] == '=' {
		trail++
	}
	open, close = min(lead, 6), min(trail, 6)
	from, to := open, n-close
	for from < to && isRegexpSpace(s[from]) {
		from++
	}
	for to > from && isRegexpSpace(s[to-1]) {
		to--
	}
	return open, s[from:to], close, true
}

// isRegexpSpace is the \s of a Go regexp.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// titleLine recognises the first line of an article as its title.
func titleLine(s string) (string, bool) {
	if open, text, close, ok := eqHeading(s); ok && open == 1 && close == 1 {
		return text, true
	}
	if len(s) > 120 || endsSentence(s) || strings.HasSuffix(s, ":") { // a line ending in a colon opens a list: prose
		return "", false
	}
	if m := reExplained.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return s, true
}

// headingLine recognises a heading: "== History ==", "History[edit]", or a
// short bare line that reads like a title standing alone between paragraphs.
// prevBlank tells whether the line before is blank or absent, and next is
// the line after, trimmed ("" when blank or absent).
func headingLine(s string, prevBlank bool, next string) (string, int, bool) {
	if len(s) > maxFurniture {
		return "", 0, false
	}
	if open, text, _, ok := eqHeading(s); ok && text != "" {
		return text, open, true
	}
	// Many a line of prose ends in a citation ("...in 1991.[4]"): the
	// regexp, slow on a miss, runs only on lines that can match it.
	if s[len(s)-1] == ']' && strings.Contains(s, "edit") && reEditMark.MatchString(s) {
		return reEditMark.ReplaceAllString(s, ""), 2, true
	}
	if !bareHeading(s) {
		return "", 0, false
	}
	// A bare heading stands alone: the lines around it are blank or absent,
	// and the next line does not carry on its sentence.
	if !prevBlank && next != "" || continues(s, next) {
		return "", 0, false
	}
	return s, 0, true // level 0: a bare heading, whose level the text does not say
}

// bareHeading: a few capitalised words with no sentence punctuation.
func bareHeading(s string) bool {
	if len(s) > 60 || endsSentence(s) || strings.ContainsAny(s, ",;:\"“[") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return fieldsAtMost(s, 7)
}

// fieldsAtMost reports whether s has at most n fields, as strings.Fields
// cuts them, without making them.
func fieldsAtMost(s string, n int) bool {
	fields, inField := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			if fields++; fields > n {
				return false
			}
		}
		inField = !space
	}
	return true
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	s = strings.TrimRight(s, "\"'”’)]0123456789[")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// datedItem reports whether cur is a bullet holding only a short date
// ("• 256 BCE", "- c. 500 BC") and next, indented deeper, its description.
func datedItem(cur, next string) bool {
	item := strings.TrimLeft(cur, " \t")
	body, ok := strings.CutPrefix(item, "•")
	if !ok {
		body, ok = strings.CutPrefix(item, "- ")
	}
	if !ok || len(body) > 32 || !strings.ContainsAny(body, "0123456789") || endsSentence(body) {
		return false
	}
	return strings.TrimSpace(next) != "" && leadingSpace(next) > leadingSpace(cur)
}

// continues reports whether next is the rest of a hard-wrapped paragraph.
func continues(cur, next string) bool {
	if next == "" || endsSentence(cur) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || endsWithDay(cur) && unicode.IsUpper(r)
}

// endsWithDay reports whether a line ends in a number of one or two digits
// after a word: a day whose month was wrapped onto the next line ("opened
// on 16" / "August 1897"), which no sentence ends with.
func endsWithDay(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || len(s)-k-1 < 1 || len(s)-k-1 > 2 {
		return false
	}
	for _, c := range []byte(s[k+1:]) {
		if !isASCIIDigit(c) {
			return false
		}
	}
	return true
}

// chromeLines are whole lines of page furniture, in lower case.
var chromeLines = map[string]bool{
	"from wikipedia, the free encyclopedia": true, "jump to navigation": true, "jump to search": true,
	"jump to: navigation, search": true, "jump to content": true, "infobox": true, "main menu": true,
	"toggle the table of contents": true, "contents": true, "hide": true, "view history": true,
	"edit links": true, "read": true, "edit": true, "talk": true, "article": true,
	"this article has multiple issues.": true,
}

// chromePrefixes open lines of furniture: hatnotes, maps, image names, the
// page footer, retrieval notes.
var chromePrefixes = []string{
	"from wikipedia", "jump to ", "retrieved", "archived from the original", "this page was last edited",
	"text is available under", "last edited on", "coordinates:", "categories:", "hidden categories:",
	"main article:", "main articles:", "see also:", "further information:", "for other uses",
	"this article is about", "not to be confused with", "map indicating location", "map:", "- map:",
	"image:", "- image:", "file:", "- file:", "caption:", "- caption:", "location:", "- location:",
}

var imageSuffixes = []string{".png", ".svg", ".jpg", ".jpeg", ".gif"}

// isChrome recognises page furniture that is not article text.
func isChrome(s string) bool {
	s = strings.TrimSpace(s)
	// It runs on every short line: most are told apart by their first
	// and last bytes alone, and the rest are lower-cased into a buffer on
	// the stack, so that a line costs no allocation.
	if s == "" || !chromeFirst[s[0]] && !chromeLast[s[len(s)-1]] {
		return false
	}
	var buf [maxFurniture]byte
	low := appendLower(buf[:0], s)
	if len(low) <= maxChromeLine && chromeLines[string(low)] {
		return true
	}
	for _, p := range chromePrefixes {
		if len(low) >= len(p) && low[0] == p[0] && string(low[:len(p)]) == p {
			return true
		}
	}
	for _, x := range imageSuffixes {
		if len(low) >= len(x) && string(low[len(low)-len(x):]) == x {
			return true
		}
	}
	return false
}

// chromeFirst holds the first bytes a line of chrome can have, and
// chromeLast the last, in either case: a line lower-cased starts with the
// lower case of its first rune, which for an ASCII byte is that byte lower-
// cased and for any other can be anything; likewise at its end.
var chromeFirst, chromeLast = func() (first, last [256]bool) {
	mark := func(set *[256]bool, c byte) {
		set[c] = true
		set[strings.ToUpper(string(c))[0]] = true
	}
	for l := range chromeLines {
		mark(&first, l[0])
	}
	for _, p := range chromePrefixes {
		mark(&first, p[0])
	}
	for _, x := range imageSuffixes {
		mark(&last, x[len(x)-1])
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		first[c], last[c] = true, true
	}
	return first, last
}()

// maxChromeLine is the length of the longest of chromeLines.
var maxChromeLine = func() int {
	n := 0
	for l := range chromeLines {
		n = max(n, len(l))
	}
	return n
}()

// appendLower appends s lower-cased to dst, exactly as strings.ToLower
// lower-cases it (an invalid byte becomes U+FFFD), without allocating a
// string, and ASCII eight bytes at a time.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := swar.Load(s, i); w&swar.High == 0 {
				// Setting bit 5 (0x20, the high bit shifted down) of a
				// capital lower-cases it.
				dst = binary.LittleEndian.AppendUint64(dst, w|swar.In(w, 'A', 'Z')>>2)
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

var tailSections = map[string]bool{
	"references": true, "notes": true, "external links": true, "see also": true,
	"further reading": true, "bibliography": true, "sources": true, "citations": true,
	"footnotes": true, "notes and references": true, "works cited": true,
}

func isTailSection(h string) bool {
	var buf [maxFurniture]byte
	return tailSections[string(appendLower(buf[:0], strings.TrimSpace(h)))]
}

var (
	reRefLine = regexp.MustCompile(`^(?:\d+\.\s*|\[\d+\]\s*)?\^\s*(?:[a-z]\s+)*(.+)$`)
	reURL     = regexp.MustCompile(`https?://[^\s<>"]+`)
	reQuoted  = regexp.MustCompile(`"([^"]{3,})"`)
)

// referenceLine reads one entry of a plain-text reference list ("^ "Title".
// Publisher. Retrieved ..."), keeping its text and the first URL in it.
//
// Every line of a reference list, and of the link lists after it, is
// tried, so the regexps (reRefLine, reURL, reQuoted) are written out here
// as the functions below, which give exactly what they give.
func referenceLine(s string) (ref model.Reference, ok bool) {
	text, ok := refLineText(s)
	if !ok {
		return ref, false
	}
	ref.Text = strings.TrimSpace(text)
	ref.URL = firstURL(ref.Text)
	ref.Title = firstQuoted(ref.Text)
	return ref, true
}

// refLineText matches s against reRefLine and returns its group: the path
// the regexp takes, its choices all greedy, written out; and the regexp
// itself where it would go back on a choice (nothing is left for its last
// group) or where s holds a newline, which a line never does.
func refLineText(s string) (string, bool) {
	if strings.IndexByte(s, '\n') >= 0 {
		return refLineRegexp(s)
	}
	i := 0 // the prefix "12. " or "[12] ", if any, starts with a digit or "["
	switch {
	case s != "" && isASCIIDigit(s[0]):
		i = skipDigits(s, 0)
		if i == len(s) || s[i] != '.' {
			return "", false
		}
		i = skipRegexpSpace(s, i+1)
	case s != "" && s[0] == '[':
		i = skipDigits(s, 1)
		if i == 1 || i == len(s) || s[i] != ']' {
			return "", false
		}
		i = skipRegexpSpace(s, i+1)
	}
	if i == len(s) || s[i] != '^' {
		return "", false
	}
	i = skipRegexpSpace(s, i+1)
	for i+1 < len(s) && 'a' <= s[i] && s[i] <= 'z' && isRegexpSpace(s[i+1]) { // "a b c ": backlinks
		i = skipRegexpSpace(s, i+1)
	}
	if i == len(s) {
		return refLineRegexp(s)
	}
	return s[i:], true
}

func refLineRegexp(s string) (string, bool) {
	if m := reRefLine.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return "", false
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func skipDigits(s string, i int) int {
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	return i
}

func skipRegexpSpace(s string, i int) int {
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	return i
}

// firstURL is reURL.FindString(s): the first "http://" or "https://"
// followed by at least one byte that is no space, "<", ">" or quote,
// and all such bytes after it.
func firstURL(s string) string {
	for from := 0; ; {
		i := strings.Index(s[from:], "http")
		if i < 0 {
			return ""
		}
		i += from
		j := i + len("http")
		if strings.HasPrefix(s[j:], "s://") {
			j += len("s://")
		} else if strings.HasPrefix(s[j:], "://") {
			j += len("://")
		} else {
			from = i + 1
			continue
		}
		end := j
		for end < len(s) && !isRegexpSpace(s[end]) && s[end] != '<' && s[end] != '>' && s[end] != '"' {
			end++
		}
		if end > j {
			return s[i:end]
		}
		from = i + 1
	}
}

// firstQuoted is reQuoted's group: the text between the first two quotes
// in a row that hold three characters or more.
func firstQuoted(s string) string {
	open := strings.IndexByte(s, '"')
	for open >= 0 {
		n := strings.IndexByte(s[open+1:], '"')
		if n < 0 {
			return ""
		}
		if inside := s[open+1 : open+1+n]; utf8.RuneCountInString(inside) >= 3 {
			return inside
		}
		open += 1 + n
	}
	return ""
}

// isGluedLinkLine recognises the line of link titles that mirrors append: long,
// and full of words glued to the next capitalised word with no space
// ("ChinaBrusselsGuangzhou"), with few sentence stops.
//
// Every long line of prose is counted through, so the counts are taken a
// word of eight bytes at a time; gluedLinkCounts is the same count one byte
// at a time, which the tests hold this to.
func isGluedLinkLine(s string) bool {
	if len(s) < 150 {
		return false
	}
	// ASCII letters are enough to tell: the glue shows between them. The
	// first byte counts only as the one before the second.
	glued := 0
	var before uint64 // 0x80 when the byte before the word is a lower-case letter or digit
	i := 0
	for ; i+8 <= len(s); i += 8 {
		upper, lowerOrDigit := letterMasks(swar.Load(s, i))
		// A capital glued on: its byte flagged in upper, and the byte
		// before it (one byte lower in the word) in lowerOrDigit.
		glued += bits.OnesCount64(upper & (lowerOrDigit<<8 | before))
		before = lowerOrDigit >> 56
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' && before != 0 {
			glued++
		}
		before = 0
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			before = 0x80
		}
	}
	if glued < 8 { // prose: the words and stops need no counting
		return false
	}
	rest := s[1:]
	words := 1 + strings.Count(rest, " ")
	stops := strings.Count(rest, ".") + strings.Count(rest, "!") + strings.Count(rest, "?")
	return glued*6 >= words && stops*4 < glued
}

// letterMasks flags, by its high bit, each byte of w that is an ASCII
// capital (upper), and each that is an ASCII lower-case letter or digit.
func letterMasks(w uint64) (upper, lowerOrDigit uint64) {
	low7 := w &^ swar.High  // each byte below 0x80, so that a sum cannot carry
	ascii := ^w & swar.High // bytes of 0x80 and up are no ASCII letter
	// Setting bit 5 (0x20) of a letter makes it lower case, and no other
	// byte a letter; bit 5, shifted to the high bit, tells which case it was.
	letter := swar.In(low7|0x20*swar.Ones, 'a', 'z') & ascii
	lowerCase := w << 2 & swar.High
	upper = letter &^ lowerCase
	lowerOrDigit = letter&lowerCase | swar.In(low7, '0', '9')&ascii
	return upper, lowerOrDigit
}

// SplitGluedLinks cuts a glued line of link titles at each lower-case letter
// (or digit, or closing bracket) followed directly by a capital:
// "Zhu RongjiQian QichenExpo 2010Uyghurs" gives Zhu Rongji, Qian Qichen,
// Expo 2010, Uyghurs.
func SplitGluedLinks(s string) []string { return appendGluedLinks(nil, s) }

// appendGluedLinks is SplitGluedLinks appending to out. Glued lines are
// long and many, so it finds the bytes where a cut can fall a word of eight
// bytes at a time (an ASCII capital after a byte that may end a link, or
// the first byte of a non-ASCII rune), and looks closer only at those.
func appendGluedLinks(out []string, s string) []string {
	start := 0
	cut := func(k int) {
		if k > 0 && gluedAt(s, k) && !mcPrefix(s[start:k]) { // a cut needs a rune before it
			out = appendLink(out, s[start:k])
			start = k
		}
	}
	var before uint64 // 0x80 when the byte before the word may end a link
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := swar.Load(s, i)
		upper, lowerOrDigit := letterMasks(w)
		// A link may end with a lower-case letter, a digit or ")", or
		// with a non-ASCII rune (decoded to tell); a non-ASCII rune
		// starts with a byte whose top two bits are set.
		mayEnd := lowerOrDigit | swar.In(w&^swar.High, ')', ')')&^w&swar.High | w&swar.High
		runeStart := w & (w << 1) & swar.High
		at := upper&(mayEnd<<8|before) | runeStart
		before = mayEnd >> 56
		for ; at != 0; at &= at - 1 {
			cut(i + bits.TrailingZeros64(at)/8)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0xc0 {
			cut(i)
		}
	}
	return appendLink(out, s[start:])
}

// gluedAt reports whether a capital starts at s[k] glued to the rune
// before it: a lower-case letter, a digit or ")".
func gluedAt(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	if r < utf8.RuneSelf && (r < 'A' || r > 'Z') || r >= utf8.RuneSelf && !unicode.IsUpper(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:k])
	return isLowerOrDigit(prev) || prev == ')'
}

// isLowerOrDigit is unicode.IsLower || unicode.IsDigit, with ASCII, nearly
// all of a glued line, answered first.
func isLowerOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// mcPrefix keeps "McDonald" and "MacArthur" whole.
func mcPrefix(before string) bool {
	return strings.HasSuffix(before, "Mc") || strings.HasSuffix(before, "Mac") && len(before) >= 3 &&
		(len(before) == 3 || before[len(before)-4] == ' ')
}

func appendLink(out []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	return append(out, s)
}
