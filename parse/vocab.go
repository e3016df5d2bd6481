package parse

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/swar"
	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/en"
)

// vocab is a language pack made ready for the date grammar at start-up:
// the pack's lists, the unions of them that the grammar asks for in one
// go, and the tables of the speed filters (which words may open a date
// phrase, which bytes mayHoldDate looks closer at). The grammar asks the
// vocab, never a literal word: a language is its pack.
type vocab struct {
	*lang.Pack
	dateClass map[string]uint8    // numberWord, ordinalWord or monthWord of a lower-case word
	starts    map[string]uint8    // the words that may open a phrase, lower case -> startFrom...
	forms     map[string]lexEntry // every form the grammars look up (see lexicon.go)
	lex       *lexTable           // forms, laid out for the look-up of every word

	// unions of the pack's lists that one test reads
	openers, fromSince, relAdj, thatNext, theThat []string
	allUnits, weekdayNames, centuryWords          []string
	yearUnit, decadeUnit, centuryUnit             []string
	dayUnit, weekUnit, monthUnit                  []string

	// mayHoldDate's tables: what each byte may start, the stems that start
	// with a byte, and the first three letters of the months, capitalised
	hints      [256]uint8
	hintStems  [256][]string
	monthHeads map[string]bool
}

// english is the vocab of the English pack, the one the grammar reads
// unless it is given another. Building it takes some milliseconds, the
// most of any package's start: init starts it on a goroutine of its own,
// so that what a program does first (its flags, reading the file, the
// markup) does not wait for it, and the first sentence read waits only
// for what is left.
var english = sync.OnceValue(func() *vocab { return newVocab(en.Pack, wordKinds) })

func init() { go english() }

// The roles of the words that may open a date phrase: mayStart reads each
// with what may follow it.
const (
	startFrom  = iota + 1 // "from 1990", "between May and June"
	startThe              // "the following year"
	startThat             // "that year", "in that year"
	startAfter            // "after fifty years"
	startEra              // "AD 800"
	startOn               // "on Tuesday"
)

// newVocab makes a pack ready for the grammar. kinds are what the entity
// rules know of words (wordKinds), for the lexicon the tokenizer reads.
func newVocab(p *lang.Pack, kinds map[string]uint16) *vocab {
	w := &p.Dates
	v := &vocab{Pack: p}
	v.openers = join(w.From, w.Between)
	v.fromSince = join(w.From, w.Since)
	v.relAdj = join(w.Next, w.Previous, w.Same)
	v.thatNext = join(w.That, nonEmpty(w.Year.One), w.Same, nonEmpty(w.Month.One), w.First)
	v.theThat = join(w.The, w.That)
	v.yearUnit, v.decadeUnit = unitForms(w.Year), unitForms(w.Decade)
	v.centuryUnit, v.dayUnit = unitForms(w.Century), unitForms(w.Day)
	v.weekUnit, v.monthUnit = unitForms(w.Week), unitForms(w.Month)
	v.allUnits = join(v.yearUnit, v.decadeUnit, v.centuryUnit, v.dayUnit, v.weekUnit, v.monthUnit)
	v.centuryWords = join(v.centuryUnit, w.CenturyAbbrevs)
	for day := range p.Weekdays {
		v.weekdayNames = append(v.weekdayNames, day)
	}
	slices.Sort(v.weekdayNames)
	v.starts = map[string]uint8{}
	for role, words := range map[uint8][]string{startFrom: v.openers, startThe: w.The, startThat: join(w.In, w.That),
		startAfter: w.After, startEra: w.EraBefore, startOn: w.On} {
		for _, word := range words {
			v.starts[strings.ToLower(word)] = role
		}
	}
	v.dateClass = dateClasses(p)
	v.buildHints()
	v.forms = buildLexicon(v, kinds)
	v.lex = newLexTable(v.forms)
	return v
}

// dateClasses tells in one look-up whether a word is a number ("fifty"), an
// ordinal ("nineteenth") or a month ("March", "Sept").
func dateClasses(p *lang.Pack) map[string]uint8 {
	m := map[string]uint8{}
	for w := range p.NumberWords {
		m[w] = numberWord
	}
	for w := range p.OrdinalWords {
		m[w] = ordinalWord
	}
	for w := range p.Months {
		m[w] = monthWord
	}
	return m
}

const (
	numberWord = iota + 1
	ordinalWord
	monthWord
)

func join(lists ...[]string) []string { return slices.Concat(lists...) }

func unitForms(u lang.Unit) []string { return nonEmpty(u.One, u.Many) }

// nonEmpty is words without "": a unit a pack leaves out has no forms.
func nonEmpty(words ...string) []string {
	return slices.DeleteFunc(words, func(w string) bool { return w == "" })
}

// mayHoldDate is a quick test, in one pass over the bytes, that a sentence
// can hold an English date: english().mayHoldDate.
func mayHoldDate(s string) bool { return english().mayHoldDate(s) }

// mayHoldDate is a quick test, in one pass over the bytes, that a sentence
// can hold a date: a digit, a month name, or a word that relative and
// written-out dates need (the pack's HintStems: year, decade, century,
// month, day). Most sentences of most articles fail it and skip the date
// grammar.
func (v *vocab) mayHoldDate(s string) bool {
	// Most sentences that hold a date hold a digit: look for one first,
	// eight bytes at a time (a byte of 0x80 or more is no digit).
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if w := swar.Load(s, i); swar.In(w&^swar.High, '0', '9')&^w != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		h := v.hints[s[i]]
		if h == 0 {
			continue
		}
		if h&hintDigit != 0 || h&hintWord != 0 && v.stemAt(s[i:]) {
			return true
		}
		if h&hintMonth != 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '(') && i+3 <= len(s) && v.monthHeads[s[i:i+3]] {
			return true
		}
	}
	return false
}

// stemAt tells whether w starts with one of the pack's HintStems.
func (v *vocab) stemAt(w string) bool {
	for _, stem := range v.hintStems[w[0]] {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// buildHints fills the tables of mayHoldDate from the pack: one table
// look-up a byte tells it where to look closer, rather than a chain of
// comparisons.
func (v *vocab) buildHints() {
	for c := '0'; c <= '9'; c++ {
		v.hints[c] |= hintDigit
	}
	for _, stem := range v.Dates.HintStems {
		v.hints[stem[0]] |= hintWord
		v.hintStems[stem[0]] = append(v.hintStems[stem[0]], stem)
	}
	v.monthHeads = map[string]bool{}
	for m := range v.Months {
		r, size := utf8.DecodeRuneInString(m)
		forms := []string{string(unicode.ToUpper(r)) + m[size:]}
		if v.Dates.LowerMonths {
			forms = append(forms, m)
		}
		for _, form := range forms {
			if len(form) >= 3 {
				v.hints[form[0]] |= hintMonth
				v.monthHeads[form[:3]] = true
			}
		}
	}
}

// The marks of mayHoldDate's table: a byte may be a digit, start a stem,
// or start a month name.
const (
	hintDigit = 1 << iota
	hintWord
	hintMonth
)
