package parse

import (
	"unicode"
	"unicode/utf8"
)

// First-word dispatch. Most forms open with a phrase ("en", "le", "entre",
// a month) whose first word is a whole word of the text when the form
// matches: what follows it, in the phrase or in the form, is no letter. At
// a word of ASCII letters only the forms that open with that word are
// tried. A form that may open otherwise (a Roman numeral, an ordinal with a
// suffix glued to it) is tried wherever its first byte allows.

// wordDispatch maps a word in lower case to the forms it may open, for the
// forms in filtered; other forms are not filtered by word.
type wordDispatch struct {
	filtered uint64
	opens    map[string]uint64
}

func (d *wordDispatch) index(k int, pattern *node) {
	var firsts []*node
	if !openingWords(pattern, &firsts) {
		return
	}
	var keys []string
	for _, n := range firsts {
		for _, ph := range n.words {
			key, ok := ph.firstWordKey(n.next)
			if !ok {
				return // a phrase whose first word may run on: try the form everywhere
			}
			if key != "" {
				keys = append(keys, key)
			}
		}
	}
	if d.opens == nil {
		d.opens = map[string]uint64{}
	}
	d.filtered |= 1 << k
	for _, key := range keys {
		d.opens[key] |= 1 << k
	}
}

// openingWords collects the words nodes a match that starts at an ASCII
// letter can open with, and says false when something else may open it.
func openingWords(n *node, out *[]*node) bool {
	switch n.kind {
	case nodeAccept:
		return false
	case patAlt:
		for _, a := range n.alts {
			if !openingWords(a, out) {
				return false
			}
		}
		return true
	case patCap, patBegin:
		return openingWords(n.next, out)
	case patWords:
		*out = append(*out, n)
		return true
	default: // a repeat opens on no letter when its class holds none
		if n.set == nil || hasASCIILetter(n.set) {
			return false
		}
		return n.min > 0 || openingWords(n.next, out)
	}
}

func hasASCIILetter(set *[256]bool) bool {
	for b := 'A'; b <= 'z'; b++ {
		if set[b] && unicode.IsLetter(b) {
			return true
		}
	}
	return false
}

// firstWordKey is the phrase's first word in lower ASCII ("l" for
// "l'année suivante"), "" when the phrase cannot start at an ASCII letter
// (its first word has a rune no ASCII letter folds to); false when the
// word the text holds there may be longer than it.
func (p phrase) firstWordKey(next *node) (string, bool) {
	var key []byte
	k := 0
	for ; k < len(p) && p[k].kind == 0 && unicode.IsLetter(p[k].folds[0]); k++ {
		c := p[k].ascii[0]
		if c == 0 {
			return "", true
		}
		key = append(key, byte(unicode.ToLower(rune(c))))
	}
	if len(key) == 0 {
		return "", true // opens on no letter
	}
	if k == len(p) && !endsWords(next) {
		return "", false
	}
	return string(key), true
}

// endsWords says whether what n matches first is no letter, ASCII or not.
func endsWords(n *node) bool {
	var set [256]bool
	firstBytes(n, &set)
	for b := range set {
		if set[b] && (b >= utf8.RuneSelf || unicode.IsLetter(rune(b))) {
			return false
		}
	}
	return true
}

// forms is the forms to try at i, from those in try: a filtered form only
// when the word of ASCII letters at i opens it.
func (d *wordDispatch) forms(s string, i int, try uint64) uint64 {
	if try&d.filtered == 0 {
		return try
	}
	var buf [32]byte
	n := 0
	for j := i; j < len(s); j++ {
		c := s[j]
		if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) {
				return try // a word of other letters: by its first byte only
			}
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			break
		}
		if n == len(buf) {
			return try
		}
		buf[n] = c
		n++
	}
	return try&^d.filtered | d.opens[string(buf[:n])]
}

// Digit dispatch. A form that opens with digits ("\d{4}", "[0-3]?\d") and
// goes on with no digit matches only a run of digits of the lengths it
// takes: a day only a run of one or two, a bare year only a run of four (a
// match that ends inside a run of digits is never kept). byRun[n] are the
// forms to try at a run of n digits (31 for 31 or more).
type digitDispatch struct{ byRun [32]uint64 }

const anyRun = ^uint32(0)

func (d *digitDispatch) index(k int, pattern *node) {
	runs := digitRuns(pattern, 0)
	for n := range d.byRun {
		if runs&(1<<n) != 0 {
			d.byRun[n] |= 1 << k
		}
	}
}

// digitRuns are the lengths (bits) of a run of digits at which a match of n
// can start, once consumed digits are behind it.
func digitRuns(n *node, consumed int) uint32 {
	switch n.kind {
	case patAlt:
		var runs uint32
		for _, a := range n.alts {
			runs |= digitRuns(a, consumed)
		}
		return runs
	case patCap, patBegin:
		return digitRuns(n.next, consumed)
	case patRep:
		if n.set != nil && onlyDigits(n.set) {
			return repeatRuns(n, consumed)
		}
	}
	var set [256]bool
	if n.kind != nodeAccept {
		firstBytes(n, &set)
	}
	for b := '0'; b <= '9'; b++ {
		if set[b] {
			return anyRun // may take a digit: no bound
		}
	}
	return 1 << min(consumed, 31) // the run of digits ends here
}

func repeatRuns(n *node, consumed int) uint32 {
	most := n.max
	if most == 0 {
		return anyRun
	}
	var runs uint32
	for c := n.min; c <= most; c++ {
		runs |= digitRuns(n.next, consumed+c)
	}
	return runs
}

func onlyDigits(set *[256]bool) bool {
	for b, ok := range set {
		if ok && (b < '0' || b > '9') {
			return false
		}
	}
	return true
}

// forms is the forms of try to try at a run of ASCII digits at i.
func (d *digitDispatch) forms(s string, i int, try uint64) uint64 {
	j := i
	for j < len(s) && j-i < 31 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	return try & d.byRun[j-i]
}
