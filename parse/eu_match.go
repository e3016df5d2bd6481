package parse

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// The French, Dutch and German date forms are patterns built from their
// packs' words (eu_scan.go). They are matched by the small backtracking
// matcher of this file rather than by package regexp: a form is tried only
// where a word starts, its first node turns most places down on one byte,
// and no state is built per match. The matcher keeps regexp's meaning of
// each construct (leftmost-first: alternatives in order, repeats greedy,
// case folded as regexp's (?i) folds it), which eu_oracle_test.go checks
// against the regexps the patterns used to be.

// pat is a pattern before compiling: the constructs the forms use.
type pat struct {
	kind    patKind
	subs    []*pat
	class   func(r rune) bool // patRep: what one rune must be
	set     *[256]bool        // patRep of ASCII bytes only: class as a table
	min     int               // patRep: fewest runes (max: most, 0 for no bound)
	max     int
	phrases []string // patWords: the alternatives, matched case-folded
	exact   bool     // patWords: matched as written, case and all
	group   int      // patCap: the group
}

type patKind uint8

const (
	patSeq patKind = iota
	patAlt
	patOpt
	patRep
	patWords
	patCap
	patBegin // the start of the text: regexp's ^
)

func pSeq(ps ...*pat) *pat { return &pat{kind: patSeq, subs: ps} }
func pAny(ps ...*pat) *pat { return &pat{kind: patAlt, subs: ps} }
func pOpt(ps ...*pat) *pat { return &pat{kind: patOpt, subs: []*pat{pSeq(ps...)}} }
func pCap(g int, ps ...*pat) *pat {
	return &pat{kind: patCap, group: g, subs: []*pat{pSeq(ps...)}}
}
func pRep(class func(rune) bool, min, max int) *pat {
	return &pat{kind: patRep, class: class, min: min, max: max}
}

// pBytes is pRep of the ASCII bytes of set.
func pBytes(set string, min, max int) *pat {
	t := new([256]bool)
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	p := pRep(func(r rune) bool { return r < utf8.RuneSelf && t[r] }, min, max)
	p.set = t
	return p
}

// pWords is an alternation of phrases, longest first (as alt in the
// reference regexps), matched without regard to case; a space in a phrase
// is any run of white space, an apostrophe either apostrophe.
func pWords(ws []string) *pat {
	ps := append([]string(nil), ws...)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	return &pat{kind: patWords, phrases: ps}
}

func isReSpace(r rune) bool    { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' } // regexp's \s
func isDash(r rune) bool       { return r == '-' || r == '–' || r == '—' }
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// node is a compiled pattern: a graph each path through which is one way to
// match, tried in the order regexp's backtracker tries them.
type node struct {
	kind  patKind // patAlt: try alts in turn; patCap: open or close group; 255: accept
	next  *node
	alts  []*node
	class func(rune) bool
	set   *[256]bool
	min   int
	max   int
	words []phrase
	first *[256]bool // patWords: the bytes a match can start with
	// patWords: byFirst[starts[b]:starts[b+1]] are the indexes of the
	// phrases that can start with byte b, in order.
	starts  *[257]uint16
	byFirst []uint16
	slot    int // patCap: the capture slot (2*group, or 2*group+1 to close)
}

const nodeAccept patKind = 255

func compile(p *pat) *node { return compileTo(p, &node{kind: nodeAccept}) }

func compileTo(p *pat, next *node) *node {
	switch p.kind {
	case patSeq:
		for i := len(p.subs) - 1; i >= 0; i-- {
			next = compileTo(p.subs[i], next)
		}
		return next
	case patAlt:
		n := &node{kind: patAlt}
		for _, s := range p.subs {
			n.alts = append(n.alts, compileTo(s, next))
		}
		return n
	case patOpt:
		return &node{kind: patAlt, alts: []*node{compileTo(p.subs[0], next), next}}
	case patCap:
		closing := &node{kind: patCap, slot: 2*p.group + 1, next: next}
		return &node{kind: patCap, slot: 2 * p.group, next: compileTo(p.subs[0], closing)}
	case patRep:
		return &node{kind: patRep, class: p.class, set: p.set, min: p.min, max: p.max, next: next}
	case patBegin:
		return &node{kind: patBegin, next: next}
	default:
		return compileWords(p.phrases, p.exact, next)
	}
}

func compileWords(ps []string, exact bool, next *node) *node {
	n := &node{kind: patWords, next: next, first: new([256]bool), starts: new([257]uint16)}
	var firsts [][]byte
	for _, s := range ps {
		ph := newPhrase(s, exact)
		n.words = append(n.words, ph)
		firsts = append(firsts, ph.firstBytes())
	}
	for b := range 256 {
		n.starts[b] = uint16(len(n.byFirst))
		for k, fs := range firsts {
			if bytes.IndexByte(fs, byte(b)) >= 0 {
				n.byFirst = append(n.byFirst, uint16(k))
				n.first[b] = true
			}
		}
	}
	n.starts[256] = uint16(len(n.byFirst))
	return n
}

// matcher matches one text; caps holds each group's byte range, -1 when
// the group took no part.
type matcher struct {
	s    string
	caps [2 * groupCount]int32
	end  int
	// clean says caps are all -1. A failed match leaves them so (each
	// group puts back what it found), so they are reset only after a match.
	clean bool
}

// at matches n anchored at i, and says whether it matched; m.end and
// m.caps then hold the match.
func (m *matcher) at(n *node, i int) bool {
	if !m.clean {
		for k := range m.caps {
			m.caps[k] = -1
		}
		m.clean = true
	}
	ok := m.match(n, i)
	m.clean = !ok
	return ok
}

func (m *matcher) match(n *node, i int) bool {
	switch n.kind {
	case nodeAccept:
		m.end = i
		return true
	case patAlt:
		for _, a := range n.alts {
			if m.match(a, i) {
				return true
			}
		}
		return false
	case patCap:
		old := m.caps[n.slot]
		m.caps[n.slot] = int32(i)
		if m.match(n.next, i) {
			return true
		}
		m.caps[n.slot] = old
		return false
	case patRep:
		return m.repeat(n, i)
	case patBegin:
		return i == 0 && m.match(n.next, i)
	default:
		return m.words(n, i)
	}
}

// repeat takes as many runes of the class as it may, then gives them back
// one by one until the rest matches: a greedy repeat.
func (m *matcher) repeat(n *node, i int) bool {
	if n.set != nil {
		return m.repeatBytes(n, i)
	}
	j, count := i, 0
	for j < len(m.s) && (n.max == 0 || count < n.max) {
		r, size := decodeRune(m.s, j)
		if !n.class(r) {
			break
		}
		j += size
		count++
	}
	for ; count >= n.min; count-- {
		if m.match(n.next, j) {
			return true
		}
		if count > 0 {
			_, size := utf8.DecodeLastRuneInString(m.s[:j])
			j -= size
		}
	}
	return false
}

// repeatBytes is repeat for a class of ASCII bytes: a rune of one byte each.
func (m *matcher) repeatBytes(n *node, i int) bool {
	j := i
	for j < len(m.s) && (n.max == 0 || j-i < n.max) && n.set[m.s[j]] {
		j++
	}
	for ; j-i >= n.min; j-- {
		if m.match(n.next, j) {
			return true
		}
		if j == i {
			break
		}
	}
	return false
}

func (m *matcher) words(n *node, i int) bool {
	if i >= len(m.s) {
		return false
	}
	b := int(m.s[i])
	for _, k := range n.byFirst[n.starts[b]:n.starts[b+1]] {
		if e := n.words[k].match(m.s, i); e >= 0 && m.match(n.next, e) {
			return true
		}
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString with ASCII taken inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
