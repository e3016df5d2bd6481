package markup

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
