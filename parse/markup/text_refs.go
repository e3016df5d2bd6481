package markup

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

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
	ref.SetCitation(model.Citation{URL: firstURL(ref.Text), Title: firstQuoted(ref.Text)})
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
