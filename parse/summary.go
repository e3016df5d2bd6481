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

// summarize makes the short line a list shows for the event whose date phrase
// is text[from:to]: the clause that holds the date, without a leading "In
// June 2020," that the list's date column already says, cut at a word.
func summarize(text string, from, to int) string {
	start, end := 0, len(text)
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ',' || c == ';' || c == ':' || c == ' ' && i+1 < len(text) && text[i+1] == 0xe2:
		default:
			continue
		}
		for _, br := range clauseBreaks {
			if !strings.HasPrefix(text[i:], br) {
				continue
			}
			off := i + len(br)
			switch {
			case off <= from && off > start:
				start = off
			case i >= to && i < end:
				end = i
			}
			break
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
	// "In June 2020, Belgium opposed ..." -> "Belgium opposed ..."
	if lead := leadingDate(clause, dateAt, to-start); lead > 0 && len(clause)-lead > 15 {
		clause = upperFirst(strings.TrimSpace(clause[lead:]))
	}
	if utf8.RuneCountInString(clause) < 20 && len(text) > len(clause) {
		clause = text // too little to say anything: the sentence then
	}
	clause = strings.TrimRight(clause, " .;,:")
	return cut(clause, summaryWidth)
}

// leadingDate returns where the clause's opening date phrase ("In June
// 2020, ", "On 6 October 1949, ") ends, or 0 when the clause does not open
// with its date.
func leadingDate(clause string, from, to int) int {
	if from < 0 || to > len(clause) || to <= from {
		return 0
	}
	before := strings.ToLower(strings.TrimSpace(clause[:from]))
	switch before {
	case "", "in", "on", "by", "since", "from", "during", "until", "as of", "at the end of",
		"in the", "during the", "by the", "since the", "at the start of", "in early", "in late", "in mid":
	default:
		return 0
	}
	rest := clause[to:]
	if strings.HasPrefix(rest, ",") {
		return to + 1
	}
	return 0
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// cut shortens s to at most n characters at a word boundary, with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	// byte offsets of the (n/2)th and (n-1)th runes
	half, limit, k := 0, len(s), 0
	for i := range s {
		if k == n/2 {
			half = i
		}
		if k == n-1 {
			limit = i
			break
		}
		k++
	}
	cutAt := limit
	if i := strings.LastIndexByte(s[half:min(limit+1, len(s))], ' '); i > 0 {
		cutAt = half + i
	}
	return strings.TrimRight(s[:cutAt], " ,;:") + "…"
}
