package parse

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/swar"
)

// tokenKind classifies what the date grammar needs to see in a sentence.
type tokenKind uint8

const (
	tWord   tokenKind = iota // letters: "April", "in", "Zhu"
	tNum                     // a plain run of digits: 1991, 25
	tOrd                     // an ordinal: 19th, 1st
	tDecade                  // 1980s, 1980's
	tQty                     // a number that cannot be a year: 4.898, 41,552, 2010km
	tDash                    // - – — −
	tPunct                   // any other single character
)

type token struct {
	text       string
	lower      string // text in lower case for the grammar's word lists, or "" (see wordInfo)
	start, end int    // byte range in the sentence
	val        int    // the number of tNum, tOrd and tDecade
	kinds      uint16 // of a word: what the entity rules know of it (wordKinds)
	baseKinds  uint16 // of a word: the kinds of the word without a possessive 's
	kind       tokenKind
	date       uint8 // of a word: numberWord, ordinalWord or monthWord, or 0
	opens      uint8 // of a word: startFrom... when it may open a date phrase, or 0
	upper      bool  // of a word: it starts with a capital
	spaceAfter bool  // white space follows the token
	plain      bool  // of a word: ASCII letters alone
}

// wordInfo fills in what the lexicon knows of a word token, in one look-up:
// its lower case when the date grammar may need it (the word itself when it
// is lower-case ASCII; "" for a word no list holds, and comparisons fall
// back to EqualFold), its word kinds and its date class. lowerASCII and
// apostrophe say what wordToken saw as it read the word.
func wordInfo(lex *lexTable, t *token, lowerASCII, apostrophe bool) {
	w := t.text
	e, known := lex.get(w)
	t.kinds, t.date, t.lower, t.opens = e.kinds, e.date, e.lower, e.opens
	if !known || e.lower == "" {
		t.lower = ""
		if lowerASCII {
			t.lower = w
		}
	}
	t.upper = w[0] >= 'A' && w[0] <= 'Z' || w[0] >= utf8.RuneSelf && startsUpper(w)
	t.baseKinds = t.kinds
	if !apostrophe {
		return
	}
	// "China's": what the rules know of "China"
	if base, ok := strings.CutSuffix(w, "'s"); ok {
		t.baseKinds = kindsIn(lex, base)
	} else if base, ok := strings.CutSuffix(w, "’s"); ok {
		t.baseKinds = kindsIn(lex, base)
	}
}

// lookupKinds is what the English lexicon knows of a word, 0 for "".
func lookupKinds(w string) uint16 { return kindsIn(english().lex, w) }

// kindsIn is what lex knows of a word, 0 for "".
func kindsIn(lex *lexTable, w string) uint16 {
	if w == "" {
		return 0
	}
	e, _ := lex.get(w)
	return e.kinds
}

// tokenize cuts a sentence into words, numbers and punctuation in one pass,
// each word marked with what the English lexicon knows of it.
func tokenize(s string, toks []token) []token { return english().tokenize(s, toks) }

// tokenize is tokenize with v's lexicon.
func (v *vocab) tokenize(s string, toks []token) []token {
	toks = toks[:0]
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if n := len(toks); n > 0 {
				toks[n-1].spaceAfter = true
			}
			i++
		case c >= '0' && c <= '9':
			i = v.numberToken(s, i, &toks)
		case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			toks = append(toks, token{})
			i = wordToken(v.lex, s, i, &toks[len(toks)-1])
		case c == '-':
			toks = append(toks, token{kind: tDash, start: i, end: i + 1, text: s[i : i+1]})
			i++
		case c < utf8.RuneSelf:
			toks = append(toks, token{kind: tPunct, start: i, end: i + 1, text: s[i : i+1]})
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '–' || r == '—' || r == '−' || r == '‐' || r == '‑':
				toks = append(toks, token{kind: tDash, start: i, end: i + size, text: s[i : i+size]})
				i += size
			case unicode.IsLetter(r):
				toks = append(toks, token{})
				i = wordToken(v.lex, s, i, &toks[len(toks)-1])
			case unicode.IsSpace(r):
				if n := len(toks); n > 0 {
					toks[n-1].spaceAfter = true
				}
				i += size
			default:
				toks = append(toks, token{kind: tPunct, start: i, end: i + size, text: s[i : i+size]})
				i += size
			}
		}
	}
	return toks
}

// wordToken reads the word at s[i:] into t, a new token, and returns its end.
func wordToken(lex *lexTable, s string, i int, t *token) int {
	j := i
	var cases uint8 // asciiLetters of the word's ASCII letters, or'ed
	// Eight bytes at a time while they are all ASCII letters; the word's
	// end is the first byte that is not.
	for j+8 <= len(s) {
		w := swar.Load(s, j)
		// a letter with bit 5 (0x20) set is lower case; w<<2 moves bit 5 of
		// each byte to its high bit
		letters := swar.In(w&^swar.High|0x20*swar.Ones, 'a', 'z') &^ w
		n := bits.TrailingZeros64(^letters&swar.High) / 8 // letters before the first non-letter
		if n < 8 {
			letters &= 1<<(8*n) - 1
		}
		if letters&(w<<2) != 0 {
			cases |= lowerLetter
		}
		if letters&^(w<<2) != 0 {
			cases |= upperLetter
		}
		j += n
		if n < 8 {
			break
		}
	}
	for j < len(s) {
		c := asciiLetters[s[j]]
		if c == 0 {
			break
		}
		cases |= c
		j++ // the ASCII letters of a word, without decoding
	}
	lowerASCII, apostrophe := cases == lowerLetter, false
	asciiEnd := j
	// Most words end at an ASCII space or stop, which is not a letter, a
	// mark or an apostrophe: no need to decode it.
	for j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'' || asciiLetters[s[j]] != 0) {
		lowerASCII = lowerASCII && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '\'')
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			j += size
			continue
		}
		// apostrophes inside a word: "China's", "d’Ursel"
		if (r == '\'' || r == '’') && j+size < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j+size:])
			if unicode.IsLetter(r2) {
				j += size
				apostrophe = true
				continue
			}
		}
		break
	}
	t.kind, t.start, t.end, t.text = tWord, i, j, s[i:j]
	t.plain = j == asciiEnd
	wordInfo(lex, t, lowerASCII, apostrophe)
	return j
}

// asciiLetters classes the ASCII letters, for reading words a table
// look-up a byte.
var asciiLetters = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lowerLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upperLetter
	}
	return t
}()

const (
	lowerLetter = 1 << iota
	upperLetter
)

func (v *vocab) numberToken(s string, i int, toks *[]token) int {
	j := i
	val := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		if val < 1e8 {
			val = val*10 + int(s[j]-'0')
		}
		j++
	}
	t := token{kind: tNum, start: i, val: val}
	// 41,552 or 4.898 or 1,000: a quantity, whatever its digits
	if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && (isDigit(s[k]) || (s[k] == ',' || s[k] == '.') && k+1 < len(s) && isDigit(s[k+1])) {
			k++
		}
		if s[j] == '.' || k-j == 4 { // a decimal, or a thousands group of three digits
			t.kind, j = tQty, k
		}
	}
	if t.kind == tNum && j < len(s) {
		j = v.numberSuffix(s, i, j, &t)
	}
	t.end, t.text = j, s[i:j]
	*toks = append(*toks, t)
	return j
}

// numberSuffix reads what follows the digits s[i:j] of a plain number t: an
// ordinal's ending ("19th"), a decade's ("1980s", "1980's"), as the pack
// writes them, or letters that make it a quantity ("2010km", "4G"). It
// returns the token's end.
func (v *vocab) numberSuffix(s string, i, j int, t *token) int {
	rest := s[j:]
	if end, ok := v.ordinalEnd(rest); ok {
		if !letterAt(s, j+len(end)) {
			t.kind, j = tOrd, j+len(end)
		}
	} else if t.val%10 == 0 && j-i >= 2 {
		for _, end := range v.Dates.DecadeEnds {
			if strings.HasPrefix(rest, end) && !letterAt(s, j+len(end)) {
				t.kind, j = tDecade, j+len(end)
				break
			}
		}
	}
	if t.kind == tNum && letterAt(s, j) { // 2010km, 4G
		t.kind = tQty
		for j < len(s) && (letterAt(s, j) || isDigit(s[j])) {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
	}
	return j
}

// ordinalEnd is the ordinal ending rest starts with, in any case.
func (v *vocab) ordinalEnd(rest string) (string, bool) {
	for _, end := range v.Dates.OrdinalEnds {
		if hasFoldPrefix(rest, end) {
			return end, true
		}
	}
	return "", false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
