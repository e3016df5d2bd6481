package markup

import (
	"bytes"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// ReadText reads a plain-text article in the shapes Wikipedia text takes in
// the wild: a title line ("Title", "= Title =", "Title explained"),
// "== Heading ==" or "History[edit]" or bare heading lines, page chrome
// ("From Wikipedia, the free encyclopedia", "Jump to navigation"), infobox
// residue, mirrors whose sentences run together with [n] markers, a reference
// list at the end, and one long line of link titles glued together ("Zhu
// RongjiQian QichenBrussels...") that lists the article's linked names.
func ReadText(src []byte) *Doc {
	parts := splitAtBlankLines(src, runtime.GOMAXPROCS(0))
	if len(parts) == 1 {
		doc, _ := readTextPart(string(src), 0, textState{})
		return doc
	}
	// A large text is read in parts on every core. Each part after the
	// first starts as if after prose; when the part before it ended inside
	// a reference list (a rare cut), it is read again knowing that.
	docs := make([]*Doc, len(parts))
	ends := make([]textState, len(parts))
	var wg sync.WaitGroup
	for k, p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[k], ends[k] = readTextPart(string(src[p.from:p.to]), p.from, textState{titleDone: k > 0})
		}()
	}
	wg.Wait()
	for k := 1; k < len(parts); k++ {
		if ends[k-1].inTail {
			docs[k], ends[k] = readTextPart(string(src[parts[k].from:parts[k].to]), parts[k].from,
				textState{titleDone: true, inTail: true})
		}
	}
	doc := docs[0]
	for _, d := range docs[1:] {
		doc.Blocks = append(doc.Blocks, d.Blocks...)
		doc.Links = append(doc.Links, d.Links...)
		for _, r := range d.References {
			r.N = len(doc.References) + 1
			doc.References = append(doc.References, r)
		}
	}
	return doc
}

// textState is what reading one line tells the next, across a part's end.
type textState struct {
	titleDone bool // the title has been read (or cannot come any more)
	inTail    bool // inside References, External links, See also...: no prose
}

type byteRange struct{ from, to int }

// partBytes is the least text a part read on its own core holds (a
// variable so that tests can cut small texts).
var partBytes = 2 << 20

// splitAtBlankLines cuts src into at most n parts of at least partBytes,
// each ending at a blank line so no paragraph is cut.
func splitAtBlankLines(src []byte, n int) []byteRange {
	if n < 2 || len(src) < 2*partBytes {
		return []byteRange{{0, len(src)}}
	}
	n = min(n, len(src)/partBytes)
	var out []byteRange
	from := 0
	for k := 1; k < n; k++ {
		at := len(src) * k / n
		i := bytes.Index(src[at:], []byte("\n\n"))
		if i < 0 {
			break
		}
		out = append(out, byteRange{from, at + i + 2})
		from = at + i + 2
	}
	return append(out, byteRange{from, len(src)})
}

// readTextPart reads the lines of one part of a text that starts at byte
// base of the source.
func readTextPart(src string, base int, st textState) (*Doc, textState) {
	doc := &Doc{}
	lines := splitLines(src)
	inInfobox := false // the "- Field: value" lines after an "Infobox" line
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		text := strings.TrimSpace(ln.text)
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
			doc.Links = append(doc.Links, SplitGluedLinks(text)...)
			continue
		}
		short := len(text) <= maxFurniture // titles, headings and chrome are short: skip their checks on prose
		if short && isChrome(text) {
			inInfobox = inInfobox || strings.EqualFold(text, "infobox")
			continue
		}
		if inInfobox && strings.HasPrefix(text, "- ") {
			continue // "- Established: 1950": an infobox field, not prose
		}
		inInfobox = false
		if h, level, ok := headingLine(text, lines, i); short && ok && !(st.inTail && level == 0) {
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
				doc.References = append(doc.References, ref)
				continue
			}
		}
		if st.inTail {
			continue // link lists, further reading: not prose
		}
		// Join hard-wrapped lines: a line that does not end a sentence,
		// followed by one that starts in lower case, continues it.
		for i+1 < len(lines) && continues(text, strings.TrimSpace(lines[i+1].text)) {
			i++
			text += " " + strings.TrimSpace(lines[i].text)
		}
		doc.Blocks = append(doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: base + ln.offset + leadingSpace(ln.text)})
		st.titleDone = true
	}
	return doc, st
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
	reEqHeading = regexp.MustCompile(`^(={1,6})\s*(.*?)\s*(={1,6})$`)
	reEditMark  = regexp.MustCompile(`\s*\[\s*edit\s*\]$`)
	reExplained = regexp.MustCompile(`^(.+?)\s+explained$`)
)

// titleLine recognises the first line of an article as its title.
func titleLine(s string) (string, bool) {
	if m := reEqHeading.FindStringSubmatch(s); m != nil && len(m[1]) == 1 && len(m[3]) == 1 {
		return m[2], true
	}
	if len(s) > 120 || endsSentence(s) {
		return "", false
	}
	if m := reExplained.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return s, true
}

// headingLine recognises a heading: "== History ==", "History[edit]", or a
// short bare line that reads like a title standing alone between paragraphs.
func headingLine(s string, lines []line, i int) (string, int, bool) {
	if len(s) > maxFurniture {
		return "", 0, false
	}
	if s[0] == '=' {
		if m := reEqHeading.FindStringSubmatch(s); m != nil && m[2] != "" {
			return m[2], len(m[1]), true
		}
	}
	if s[len(s)-1] == ']' && reEditMark.MatchString(s) {
		return reEditMark.ReplaceAllString(s, ""), 2, true
	}
	if !bareHeading(s) {
		return "", 0, false
	}
	// A bare heading stands alone: the lines around it are blank or absent,
	// and the next line does not carry on its sentence.
	prevBlank := i == 0 || strings.TrimSpace(lines[i-1].text) == ""
	next := ""
	if i+1 < len(lines) {
		next = strings.TrimSpace(lines[i+1].text)
	}
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
	words := strings.Fields(s)
	return len(words) <= 7
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	s = strings.TrimRight(s, "\"'”’)]0123456789[")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// continues reports whether next is the rest of a hard-wrapped paragraph.
func continues(cur, next string) bool {
	if next == "" || endsSentence(cur) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
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
	low := strings.ToLower(strings.TrimSpace(s))
	if chromeLines[low] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, x := range imageSuffixes {
		if strings.HasSuffix(low, x) {
			return true
		}
	}
	return false
}

var tailSections = map[string]bool{
	"references": true, "notes": true, "external links": true, "see also": true,
	"further reading": true, "bibliography": true, "sources": true, "citations": true,
	"footnotes": true, "notes and references": true, "works cited": true,
}

func isTailSection(h string) bool { return tailSections[strings.ToLower(strings.TrimSpace(h))] }

var reRefLine = regexp.MustCompile(`^(?:\d+\.\s*|\[\d+\]\s*)?\^\s*(?:[a-z]\s+)*(.+)$`)

// referenceLine reads one entry of a plain-text reference list ("^ "Title".
// Publisher. Retrieved ..."), keeping its text and the first URL in it.
func referenceLine(s string) (ref model.Reference, ok bool) {
	m := reRefLine.FindStringSubmatch(s)
	if m == nil {
		return ref, false
	}
	ref.Text = strings.TrimSpace(m[1])
	if u := reURL.FindString(ref.Text); u != "" {
		ref.URL = u
	}
	if t := reQuoted.FindStringSubmatch(ref.Text); t != nil {
		ref.Title = t[1]
	}
	return ref, true
}

var (
	reURL    = regexp.MustCompile(`https?://[^\s<>"]+`)
	reQuoted = regexp.MustCompile(`"([^"]{3,})"`)
)

// isGluedLinkLine recognises the line of link titles that mirrors append: long,
// and full of words glued to the next capitalised word with no space
// ("ChinaBrusselsGuangzhou"), with few sentence stops.
func isGluedLinkLine(s string) bool {
	if len(s) < 150 {
		return false
	}
	// ASCII letters are enough to tell: the glue shows between them.
	glued, stops, words := 0, 0, 1
	for i := 1; i < len(s); i++ {
		c, p := s[i], s[i-1]
		switch {
		case c >= 'A' && c <= 'Z' && (p >= 'a' && p <= 'z' || p >= '0' && p <= '9'):
			glued++
		case c == '.' || c == '!' || c == '?':
			stops++
		case c == ' ':
			words++
		}
	}
	return glued >= 8 && glued*6 >= words && stops*4 < glued
}

// SplitGluedLinks cuts a glued line of link titles at each lower-case letter
// (or digit, or closing bracket) followed directly by a capital:
// "Zhu RongjiQian QichenExpo 2010Uyghurs" gives Zhu Rongji, Qian Qichen,
// Expo 2010, Uyghurs.
func SplitGluedLinks(s string) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range s {
		if i > start && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == ')') &&
			!mcPrefix(s[start:i]) {
			out = appendLink(out, s[start:i])
			start = i
		}
		prev = r
	}
	return appendLink(out, s[start:])
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
