package parse

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// euGrammar is the date grammar of one Latin-script language other than
// English (fr, nl, de), built from its pack's phrases once: a handful of
// patterns, each a date form, tried over the whole sentence. The forms are
// the same in the three languages; only the words differ.
type euGrammar struct {
	pack     *lang.Pack
	yearNoun map[string]bool // YearNouns in lower case
	// trigger maps a word to the forms (bits of forms' indexes) that can
	// match only in a sentence holding it; triggered: the forms that have
	// such words. A form is tried only when the sentence holds one of its
	// words: a regexp pass costs, a map look-up a word does not.
	trigger   map[string]uint64
	triggered uint64
	titled    *regexp.Regexp // a name after a title, or before ", title of": "saint Hubert", "Henri, duc de Brabant"
	and       *regexp.Regexp // a second year after one: " et 880"
	forms     []euForm
}

// euForm is one pattern and what its match means. read returns false when
// the match is no date after all ("2000 soldats").
type euForm struct {
	re    *regexp.Regexp
	read  euRead
	digit bool // matches only text with a digit: skipped on sentences without one
}

// euRead makes the date of a match: its groups by name, the sentence after
// the match (for a quantity noun), and the latest date before it.
type euRead func(g *euGrammar, m euMatch, anchor model.Date) (d model.Date, relative, ok bool)

type euMatch struct {
	re    *regexp.Regexp
	s     string
	idx   []int
	after string // the text after the match
}

// get is the text of the named group, "" when it took no part.
func (m euMatch) get(name string) string {
	i := m.re.SubexpIndex(name)
	if i < 0 || m.idx[2*i] < 0 {
		return ""
	}
	return m.s[m.idx[2*i]:m.idx[2*i+1]]
}

// alt is an alternation of phrases, longest first, a space matching any
// white space, an apostrophe either apostrophe.
func alt(words []string) string {
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		q := regexp.QuoteMeta(w)
		q = strings.ReplaceAll(q, " ", `\s+`)
		q = strings.NewReplacer("'", "['’]", "’", "['’]").Replace(q)
		parts = append(parts, q)
	}
	if len(parts) == 0 {
		return `\x00NEVER`
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func newEuGrammar(p *lang.Pack) *euGrammar {
	l := p.Latin
	g := &euGrammar{pack: p, yearNoun: map[string]bool{}, trigger: map[string]uint64{}}
	for _, w := range l.YearNouns {
		g.yearNoun[strings.ToLower(w)] = true
	}
	month := `(?P<m>` + alt(keys(p.Months)) + `)\.?`
	day := `(?P<d>[0-3]?\d)(?:` + alt(l.DaySuffixes) + `)?`
	era := `(?:\s*(?:(?P<bc>` + alt(l.BC) + `)|` + alt(l.AD) + `))?`
	year := `(?P<y>\d{1,4})` + era
	wk := `(?:` + alt(l.Weekdays) + `,?\s+)?`
	add := func(pat string, read euRead, digit bool, triggers []string) {
		if triggers != nil {
			bit := uint64(1) << len(g.forms)
			g.triggered |= bit
			for _, phrase := range triggers {
				for _, w := range strings.FieldsFunc(strings.ToLower(phrase), notLetter) {
					g.trigger[w] |= bit
				}
			}
		}
		g.forms = append(g.forms, euForm{regexp.MustCompile(`(?i)` + pat), read, digit})
	}
	// "entre 1843 et 1846", "von 1940 bis 1945", "du 3 au 5 mai 1990" (as years only)
	add(alt(l.RangeOpen)+`\s+(?P<y>\d{1,4})(?:\s*(?:(?P<bc1>`+alt(l.BC)+`)|`+alt(l.AD)+`))?\s+`+alt(l.RangeJoin)+`\s+(?P<y2>\d{2,4})`+era, readRange, true, l.RangeOpen)
	// "november 1830 - november 1833"
	add(`(?P<m>`+alt(keys(p.Months))+`)\.?\s+(?P<y>\d{3,4})\s*[-–—]\s*(?P<m2>`+alt(keys(p.Months))+`)\.?\s+(?P<y2>\d{3,4})`, readMonthRange, true, keys(p.Months))
	// "1939-1945", "1939–45"
	add(`(?P<y>\d{4})\s*[-–—]\s*(?P<y2>\d{2,4})`+era, readRange, true, nil)
	// "le 14 juillet 1789", "am 3. März 1991", "op 21 juli 1831"
	add(wk+day+`\s+`+month+`\s+`+year, readDay, true, keys(p.Months))
	// "le 24 janvier", "am 3. März": the latest date's year
	add(wk+day+`\s+`+month, readDayNoYear, true, keys(p.Months))
	// "juillet 1789", "März 1991"
	add(month+`\s+`+year, readMonth, true, keys(p.Months))
	// "en juin", "im Juni": the latest date's year
	add(alt(keys(p.YearOpeners))+`\s+`+month, readMonthNoYear, false, keys(p.Months))
	// centuries: "XIXe siècle", "19e eeuw", "19. Jahrhundert", "de negende eeuw"
	add(`(?P<c>(?-i:[IVXL]+)|\d{1,2}|`+alt(keys(p.OrdinalWords))+`)(?:`+alt(l.CenturySuffix)+`)?\s+`+alt(l.CenturyNouns)+era, readCentury, false, l.CenturyNouns)
	// decades: "années 1980", "années 60-61", "jaren 80", "jaren tachtig", "1980er Jahre", "60er"
	if len(l.DecadeBefore) > 0 {
		add(alt(l.DecadeBefore)+`\s+['’]?(?P<y>\d{4}|\d{2})(?:\s*[-–]\s*(?P<y2>\d{2}))?`, readDecade, true, l.DecadeBefore)
		if len(l.DecadeWords) > 0 {
			add(alt(l.DecadeBefore)+`\s+(?P<w>`+alt(keys(l.DecadeWords))+`)`, readDecadeWord, false, l.DecadeBefore)
		}
	}
	if len(l.DecadeAfter) > 0 {
		add(`(?P<y>\d{4}|\d{2})`+alt(l.DecadeAfter)+`(?:\s+`+alt(l.YearNouns)+`)?`, readDecadeSuffix, true, nil)
	}
	if len(l.DecadeWords) > 0 && len(l.DecadeBefore) == 0 {
		add(`(?P<w>`+alt(keys(l.DecadeWords))+`)(?:\s+`+alt(l.YearNouns)+`)?`, readDecadeWord, false, keys(l.DecadeWords))
	}
	// relative: "l'année suivante", "cinq ans plus tard"
	add(alt(l.YearAfter), readShift(1), false, l.YearAfter)
	add(alt(l.YearBefore), readShift(-1), false, l.YearBefore)
	add(alt(l.SameYear), readShift(0), false, l.SameYear)
	add(alt(l.SameDay), sameDay, false, l.SameDay)
	add(alt(l.MonthAfter), monthLater, false, l.MonthAfter)
	add(`(?P<n>\d{1,2}|`+alt(keys(p.NumberWords))+`)\s+`+alt(l.YearNouns)+`\s+`+alt(l.Later), readLater(1), false, l.YearNouns)
	add(`(?P<n>\d{1,2}|`+alt(keys(p.NumberWords))+`)\s+`+alt(l.YearNouns)+`\s+`+alt(l.Earlier), readLater(-1), false, l.YearNouns)
	// "jusqu'en 1962": a year that anchors nothing after it
	add(alt(l.Until)+`\s+(?P<y>\d{3,4})`+era, readUntil, true, l.Until)
	// a year after an opener, three or four digits: "en 709", "seit 1990"
	add(alt(keys(p.YearOpeners))+`\s+(?P<y>\d{3,4})`+era, readYear, true, keys(p.YearOpeners))
	// a bare year of four digits, or any year with an era: "1302", "57 v. Chr."
	add(`(?P<y>\d{4})`+era, readYear, true, nil)
	add(`(?P<y>\d{1,4})\s*(?:(?P<bc>`+alt(l.BC)+`)|`+alt(l.AD)+`)`, readYear, true, nil)
	g.and = regexp.MustCompile(`(?i)^\s+` + alt(l.And) + `\s+(\d{4}|\d{3}|\d{2})`)
	name := `(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|[IVX]+))?)`
	titles := alt(keys(l.Titles))
	g.titled = regexp.MustCompile(`(?:^|\s)` + titles + `\s+` + name + `|` + name + `,\s+` + titles + `\s+` + alt(keys(l.NameParticles)) + `\s`)
	return g
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// formsFor is the set of forms (bits) worth trying on s.
func (g *euGrammar) formsFor(s string) uint64 {
	set := ^g.triggered
	for _, w := range strings.FieldsFunc(s, notLetter) {
		if bits, ok := g.trigger[w]; ok {
			set |= bits
		} else if bits, ok := g.trigger[strings.ToLower(w)]; ok {
			set |= bits
		}
	}
	return set
}
