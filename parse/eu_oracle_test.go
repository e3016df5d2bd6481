package parse

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// The reference for the French, Dutch and German scanner: the date forms as
// the regexps they were written as, found with package regexp, plainly.
// eu_oracle_fuzz_test.go checks that the hand-written matcher finds the
// same dates on every input.

// refGrammar is a pack's forms as regexps, in the order of euGrammar's.
type refGrammar struct {
	g         *euGrammar // the readers of the forms, and the pack
	forms     []refForm
	trigger   map[string]uint64
	triggered uint64
	and       *regexp.Regexp
}

type refForm struct {
	re    *regexp.Regexp
	digit bool
}

// refAlt is an alternation of phrases, longest first, a space matching any
// white space, an apostrophe either apostrophe.
func refAlt(words []string) string {
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

func (r *refGrammar) add(pat string, digit bool, triggers []string) {
	if triggers != nil {
		bit := uint64(1) << len(r.forms)
		r.triggered |= bit
		for _, phrase := range triggers {
			for _, w := range strings.FieldsFunc(strings.ToLower(phrase), notLetter) {
				r.trigger[w] |= bit
			}
		}
	}
	r.forms = append(r.forms, refForm{regexp.MustCompile(`(?i)` + pat), digit})
}

func newRefGrammar(p *lang.Pack) *refGrammar {
	l := p.Latin
	r := &refGrammar{g: latinGrammar(p.Name), trigger: map[string]uint64{}}
	months := refAlt(keys(p.Months))
	month := `(?P<m>` + months + `)\.?`
	day := `(?P<d>[0-3]?\d)(?:` + refAlt(l.DaySuffixes) + `)?`
	era := `(?:\s*(?:(?P<bc>` + refAlt(l.BC) + `)|` + refAlt(l.AD) + `))?`
	year := `(?P<y>\d{1,4})` + era
	wk := `(?:` + refAlt(l.Weekdays) + `,?\s+)?`
	r.add(refAlt(l.RangeOpen)+`\s+(?P<y>\d{1,4})(?:\s*(?:(?P<bc1>`+refAlt(l.BC)+`)|`+refAlt(l.AD)+`))?\s+`+refAlt(l.RangeJoin)+`\s+(?P<y2>\d{2,4})`+era, true, l.RangeOpen)
	r.add(`(?P<m>`+months+`)\.?\s+(?P<y>\d{3,4})\s*[-–—]\s*(?P<m2>`+months+`)\.?\s+(?P<y2>\d{3,4})`, true, keys(p.Months))
	r.add(`(?P<y>\d{4})\s*[-–—]\s*(?P<y2>\d{2,4})`+era, true, nil)
	r.add(wk+day+`\s+`+month+`\s+`+year, true, keys(p.Months))
	r.add(wk+day+`\s+`+month, true, keys(p.Months))
	r.add(month+`\s+`+year, true, keys(p.Months))
	r.add(refAlt(keys(p.YearOpeners))+`\s+`+month, false, keys(p.Months))
	r.add(`(?P<c>(?-i:[IVXL]+)|\d{1,2}|`+refAlt(keys(p.OrdinalWords))+`)(?:`+refAlt(l.CenturySuffix)+`)?\s+`+refAlt(l.CenturyNouns)+era, false, l.CenturyNouns)
	r.addDecades(l)
	r.add(refAlt(l.YearAfter), false, l.YearAfter)
	r.add(refAlt(l.YearBefore), false, l.YearBefore)
	r.add(refAlt(l.SameYear), false, l.SameYear)
	r.add(refAlt(l.SameDay), false, l.SameDay)
	r.add(refAlt(l.MonthAfter), false, l.MonthAfter)
	r.add(`(?P<n>\d{1,2}|`+refAlt(keys(p.NumberWords))+`)\s+`+refAlt(l.YearNouns)+`\s+`+refAlt(l.Later), false, l.YearNouns)
	r.add(`(?P<n>\d{1,2}|`+refAlt(keys(p.NumberWords))+`)\s+`+refAlt(l.YearNouns)+`\s+`+refAlt(l.Earlier), false, l.YearNouns)
	r.add(refAlt(l.Until)+`\s+(?P<y>\d{3,4})`+era, true, l.Until)
	r.add(refAlt(keys(p.YearOpeners))+`\s+(?P<y>\d{3,4})`+era, true, keys(p.YearOpeners))
	r.add(`(?P<y>\d{4})`+era, true, nil)
	r.add(`(?P<y>\d{1,4})\s*(?:(?P<bc>`+refAlt(l.BC)+`)|`+refAlt(l.AD)+`)`, true, nil)
	r.and = regexp.MustCompile(`(?i)^\s+` + refAlt(l.And) + `\s+(\d{4}|\d{3}|\d{2})`)
	return r
}

func (r *refGrammar) addDecades(l *lang.Latin) {
	if len(l.DecadeBefore) > 0 {
		r.add(refAlt(l.DecadeBefore)+`\s+['’]?(?P<y>\d{4}|\d{2})(?:\s*[-–]\s*(?P<y2>\d{2}))?`, true, l.DecadeBefore)
		if len(l.DecadeWords) > 0 {
			r.add(refAlt(l.DecadeBefore)+`\s+(?P<w>`+refAlt(keys(l.DecadeWords))+`)`, false, l.DecadeBefore)
		}
	}
	if len(l.DecadeAfter) > 0 {
		r.add(`(?P<y>\d{4}|\d{2})`+refAlt(l.DecadeAfter)+`(?:\s+`+refAlt(l.YearNouns)+`)?`, true, nil)
	}
	if len(l.DecadeWords) > 0 && len(l.DecadeBefore) == 0 {
		r.add(`(?P<w>`+refAlt(keys(l.DecadeWords))+`)(?:\s+`+refAlt(l.YearNouns)+`)?`, false, keys(l.DecadeWords))
	}
}

func (r *refGrammar) formsFor(s string) uint64 {
	set := ^r.triggered
	for _, w := range strings.FieldsFunc(s, notLetter) {
		if bits, ok := r.trigger[w]; ok {
			set |= bits
		} else if bits, ok := r.trigger[strings.ToLower(w)]; ok {
			set |= bits
		}
	}
	return set
}

// refGroups maps the regexps' group names to the matcher's groups.
var refGroups = map[string]int{"y": gY, "y2": gY2, "m": gM, "m2": gM2, "d": gD, "bc": gBC, "bc1": gBC1, "c": gC, "w": gW, "n": gN}

func refMatch(re *regexp.Regexp, s string, idx []int) euMatch {
	m := euMatch{s: s, after: s[idx[1]:]}
	for i := range m.caps {
		m.caps[i] = -1
	}
	for i, name := range re.SubexpNames() {
		if g, ok := refGroups[name]; ok && idx[2*i] >= 0 {
			m.caps[2*g], m.caps[2*g+1] = int32(idx[2*i]), int32(idx[2*i+1])
		}
	}
	return m
}

type refCand struct {
	m          euMatch
	form       int
	start, end int
}

// find is the scanner as it was: every form's matches that start and end at
// word edges, the longest at each place, none overlapping.
func (r *refGrammar) find(s string, anchor model.Date) []dateMatch {
	var cs []refCand
	digit := strings.ContainsAny(s, "0123456789")
	set := r.formsFor(s)
	for k, f := range r.forms {
		if f.digit && !digit || set&(1<<k) == 0 {
			continue
		}
		for pos := 0; pos < len(s); {
			idx := f.re.FindStringSubmatchIndex(s[pos:])
			if idx == nil {
				break
			}
			for i := range idx {
				if idx[i] >= 0 {
					idx[i] += pos
				}
			}
			start, end := idx[0], idx[1]
			if end == start || !wordEdge(s, start) || !wordEdge(s, end) {
				_, size := utf8.DecodeRuneInString(s[start:])
				pos = start + max(size, 1)
				continue
			}
			cs = append(cs, refCand{refMatch(f.re, s, idx), k, start, end})
			pos = end
		}
	}
	return r.choose(s, cs, anchor)
}

func (r *refGrammar) choose(s string, cs []refCand, anchor model.Date) []dateMatch {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		if cs[i].end != cs[j].end {
			return cs[i].end > cs[j].end
		}
		return cs[i].form < cs[j].form
	})
	var out []dateMatch
	last := 0
	for _, c := range cs {
		if c.start < last {
			continue
		}
		d, rel, ok := r.g.forms[c.form].read(r.g, c.m, anchor)
		if !ok {
			continue
		}
		if !rel {
			anchor = d
		}
		out = append(out, dateMatch{date: d, start: c.start, end: c.end, relative: rel})
		last = c.end
		if m, ok := r.second(s, c.end, d); ok {
			out = append(out, m)
			last = m.end
		}
	}
	return dropYearLabel(s, out)
}

func (r *refGrammar) second(s string, end int, d model.Date) (dateMatch, bool) {
	if d.Interval || d.Precision != model.Year && d.Precision != model.Decade {
		return dateMatch{}, false
	}
	idx := r.and.FindStringSubmatchIndex(s[end:])
	if idx == nil || !wordEdge(s, end+idx[1]) {
		return dateMatch{}, false
	}
	num := s[end+idx[2] : end+idx[3]]
	v := atoi(num)
	if len(num) == 2 {
		v += int(d.Start.Year) / 100 * 100
	}
	var next model.Date
	switch {
	case d.Precision == model.Decade && v%10 == 0 && v > int(d.Start.Year):
		next = model.DecadeDate(v)
	case d.Precision == model.Year && len(num) >= 3 && v > int(d.Start.Year) && plausibleYear(v) && !r.g.quantityAfter(s[end+idx[1]:]):
		next = model.YearDate(v)
	default:
		return dateMatch{}, false
	}
	return dateMatch{date: next, start: end + idx[2], end: end + idx[3]}, true
}

// refGrammars are the references of the three packs.
var refGrammars = func() map[string]*refGrammar {
	m := map[string]*refGrammar{}
	for _, p := range latinPacks {
		m[p.Name] = newRefGrammar(p)
	}
	return m
}()

// sameScan is "" when the scanner and the reference read s alike in
// language l, else what differs.
func sameScan(l, s string, anchor model.Date) string {
	g, r := latinGrammar(l), refGrammars[l]
	if len(g.forms) != len(r.forms) {
		return fmt.Sprintf("%d forms, reference %d", len(g.forms), len(r.forms))
	}
	got, want := fmt.Sprint(g.find(s, anchor, nil)), fmt.Sprint(r.find(s, anchor))
	if got != want {
		return "dates " + got + ", reference " + want
	}
	return ""
}
