package markup

import (
	"strconv"
	"strings"
)

// wikiTemplate is one parsed {{template}} call.
type wikiTemplate struct {
	name  string            // normalised: lower case, single spaces, no "Template:"
	pos   []string          // positional parameters, trimmed
	named map[string]string // named parameters by lower-case name, trimmed
	args  string            // everything after the name, for counting refs in dropped templates
}

// arg returns the named parameter key, or else positional parameter i
// (0-based; also given as "1=" and so on), or "".
func (t wikiTemplate) arg(key string, i int) string {
	if v, ok := t.named[key]; ok && key != "" {
		return v
	}
	if i < 0 {
		return ""
	}
	if v, ok := t.named[strconv.Itoa(i+1)]; ok {
		return v
	}
	if i < len(t.pos) {
		return t.pos[i]
	}
	return ""
}

func parseTemplate(inner string) wikiTemplate {
	parts := splitParams(inner)
	t := wikiTemplate{named: map[string]string{}}
	head := strings.TrimSpace(parts[0])
	if len(parts[0]) < len(inner) {
		t.args = inner[len(parts[0])+1:]
	}
	for _, p := range []string{"subst:", "safesubst:", "template:", "msgnw:"} {
		if len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) {
			head = strings.TrimSpace(head[len(p):])
		}
	}
	if name, rest, ok := strings.Cut(head, ":"); ok {
		// A parser function or magic word: {{#tag:ref|...}}, {{DEFAULTSORT:...}}.
		head = name
		t.pos = append(t.pos, strings.TrimSpace(rest))
	}
	t.name = strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(head, "_", " "))), " ")
	for _, p := range parts[1:] {
		if eq := strings.IndexByte(p, '='); eq > 0 && !strings.ContainsAny(p[:eq], "{[<") {
			t.named[strings.ToLower(strings.TrimSpace(p[:eq]))] = strings.TrimSpace(p[eq+1:])
			continue
		}
		t.pos = append(t.pos, strings.TrimSpace(p))
	}
	return t
}

// splitParams splits a template's inside at the pipes that are not inside a
// nested template, link or ref.
func splitParams(s string) []string {
	var parts []string
	var cl *closer // made at the first "<ref": most templates hold none, and nested ones would lower-case their text once per level
	braces, brackets, start := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			braces++
			i++
		case strings.HasPrefix(s[i:], "}}") && braces > 0:
			braces--
			i++
		case strings.HasPrefix(s[i:], "[["):
			brackets++
			i++
		case strings.HasPrefix(s[i:], "]]") && brackets > 0:
			brackets--
			i++
		case s[i] == '<' && i+4 <= len(s) && s[i+1]|0x20 == 'r' && s[i+2]|0x20 == 'e' && s[i+3]|0x20 == 'f':
			if cl == nil {
				cl = &closer{low: asciiLower(s)}
			}
			if end := cl.elementEnd(i); end > 0 {
				i = end - 1
			}
		case s[i] == '|' && braces == 0 && brackets == 0:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// template writes the prose of a template call, or nothing for templates
// that are not prose (infoboxes, navboxes, hatnotes, maintenance tags and
// every template it does not know), whose refs still count.
func (r *wikiReader) template(inner string, b *strings.Builder) {
	t := parseTemplate(inner)
	if r.refTemplate(t, b) || r.proseTemplate(t, b) {
		return
	}
	if strings.HasPrefix(t.name, "cite ") || t.name == "cite" || t.name == "citation" || t.name == "vcite" {
		r.cite(t)
	} else if cs1, ok := asCS1(t); ok { // {{Lien web}}, {{Internetquelle}}, {{Citeer web}}: wikiref_langs.go
		r.cite(cs1)
	}
	switch t.name {
	case "webarchive", "wayback":
		r.webarchive(t)
	case "webarchiv":
		r.webarchiv(t)
	}
	r.discard++
	r.expand(t.args, &strings.Builder{})
	r.discard--
}

// Note groups of the {{efn}} family and their {{notelist}}.
var noteGroups = map[string]string{
	"": "lower-alpha", "-ua": "upper-alpha", "-lr": "lower-roman", "-ur": "upper-roman", "-lg": "lower-greek",
}

// refTemplate handles templates that cite or list references.
func (r *wikiReader) refTemplate(t wikiTemplate, b *strings.Builder) bool {
	name := t.name
	switch {
	case name == "reflist" || name == "references" || name == "refs" || name == "reflist-talk":
		if refs := t.named["refs"]; refs != "" {
			r.defineRefs(t.named["group"], refs)
		}
	case strings.HasPrefix(name, "notelist") || name == "notes" || name == "efn list":
		group, ok := noteGroups[strings.TrimPrefix(name, "notelist")]
		if !ok {
			group = noteGroups[""]
		}
		if g := t.named["group"]; g != "" {
			group = g
		}
		if refs := t.named["refs"]; refs != "" {
			r.defineRefs(group, refs)
		}
	case strings.HasPrefix(name, "efn"):
		group, ok := noteGroups[strings.TrimPrefix(name, "efn")]
		if !ok {
			return false
		}
		if g := t.named["group"]; g != "" {
			group = g
		}
		b.WriteString(r.useRef(group, t.named["name"], t.arg("", 0), ""))
	case name == "refn":
		b.WriteString(r.useRef(t.named["group"], t.named["name"], t.arg("", 0), ""))
	case name == "#tag" && len(t.pos) > 1 && strings.EqualFold(t.pos[0], "ref"):
		b.WriteString(r.useRef(t.named["group"], t.named["name"], t.pos[1], ""))
	case name == "sfn" || name == "sfnp" || name == "sfnm":
		b.WriteString(r.sfn(t, name == "sfnp"))
	case name == "r":
		for _, p := range t.pos {
			if p != "" {
				b.WriteString(r.useRef(t.named["group"], p, "", ""))
			}
		}
	case name == "rp":
	default:
		return false
	}
	return true
}

// Templates that stand for a fixed piece of text.
var literalTemplates = map[string]string{
	"nbsp": " ", "space": " ", "sp": " ", "thin space": " ", "hair space": "", "zwsp": "", "shy": "",
	"ndash": "–", "–": "–", "en dash": "–", "mdash": "—", "—": "—", "em dash": "—",
	"snd": " – ", "spnd": " – ", "spaced ndash": " – ", "spaced en dash": " – ", "spaced mdash": " — ",
	"'": "'", "\"": "\"", "'s": "'s", "!": "|", "=": "=", "bull": " • ", "•": " • ", "middot": " · ",
	"·": " · ", "dot": " · ", "slash": "/", "okina": "ʻ", "-": "", "clear": "",
}

// Templates whose text is one of their parameters: which one (-1: the last).
var wrapTemplates = map[string]int{
	"nowrap": 0, "nobr": 0, "small": 0, "smaller": 0, "large": 0, "larger": 0, "big": 0, "huge": 0,
	"em": 0, "strong": 0, "noitalic": 0, "nobold": 0, "center": 0, "sup": 0, "sub": 0, "abbr": 0,
	"abbrlink": 0, "tooltip": 0, "visible anchor": 0, "vanchor": 0, "proper name": 0, "not a typo": 0,
	"lang": 1, "langx": 1, "script": 1, "native name": 1, "resize": -1, "transl": -1,
	"transliteration": -1, "translit": -1, "oldstyledate": 0, "birth year and age": 0,
	"death year and age": 0, "birth year": 0, "death year": 0, "formatnum": 0, "nihongo": 0,
	"keypress": 0, "samp": 0, "var": 0, "mvar": 0, "math": 0, "ship": -1, "sclass": 0,
}

var currencyTemplates = map[string]string{
	"us$": "US$", "usd": "US$", "us dollar": "US$", "€": "€", "eur": "€", "euro": "€", "£": "£",
	"gbp": "£", "¥": "¥", "jpy": "¥", "cny": "CN¥", "rmb": "CN¥", "renminbi": "CN¥", "inr": "₹",
	"₹": "₹", "a$": "A$", "aud": "A$", "ca$": "CA$", "cad": "CA$", "chf": "CHF ", "rub": "₽", "krw": "₩",
}

// proseTemplate writes the text of templates that read as prose.
func (r *wikiReader) proseTemplate(t wikiTemplate, b *strings.Builder) bool {
	name := t.name
	if s, ok := literalTemplates[name]; ok {
		b.WriteString(s)
		return true
	}
	if i, ok := wrapTemplates[name]; ok {
		if i < 0 {
			i = len(t.pos) - 1
		}
		r.expand(t.arg("", i), b)
		return true
	}
	if sym, ok := currencyTemplates[name]; ok {
		b.WriteString(sym)
		r.expand(t.arg("", 0), b)
		return true
	}
	if strings.HasPrefix(name, "lang-") {
		r.expand(t.arg("", 0), b)
		return true
	}
	if text, ok := r.dateTemplate(t); ok {
		b.WriteString(text)
		return true
	}
	return r.otherTemplate(t, b)
}

// otherTemplate handles prose templates with their own shapes.
func (r *wikiReader) otherTemplate(t wikiTemplate, b *strings.Builder) bool {
	switch t.name {
	case "ill", "interlanguage link", "interlanguage link multi", "ill2":
		target := t.arg("", 0)
		if r.discard == 0 && target != "" {
			r.addLink(r.plain(target))
		}
		if lt := t.named["lt"]; lt != "" {
			target = lt
		}
		r.expand(target, b)
	case "flag", "flagcountry", "flagu", "flag country":
		if r.discard == 0 {
			r.addLink(r.plain(t.arg("", 0)))
		}
		r.expand(t.arg("", 0), b)
	case "convert", "cvt":
		b.WriteString(r.convert(t))
	case "frac", "fraction":
		b.WriteString(frac(t.pos))
	case "sic", "linktext":
		for _, p := range t.pos {
			r.expand(p, b)
		}
	case "zh", "chinese":
		var parts []string
		for _, k := range []string{"t", "s", "c", "p"} {
			if v := r.plain(t.named[k]); v != "" {
				parts = append(parts, v)
			}
		}
		b.WriteString(strings.Join(parts, "; "))
	case "quote", "blockquote", "quotation", "cquote", "centered pull quote":
		r.expand(firstNonEmpty(t.named["text"], t.named["quote"], t.arg("", 0)), b)
	case "ubl", "unbulleted list", "hlist", "bulleted list", "bull list", "ordered list", "plain list":
		var items []string
		for _, p := range t.pos {
			var ib strings.Builder
			r.expand(p, &ib)
			if s := strings.TrimSpace(ib.String()); s != "" {
				items = append(items, s)
			}
		}
		b.WriteString(strings.Join(items, ", "))
	case "lc", "lcfirst":
		b.WriteString(strings.ToLower(r.plain(t.arg("", 0))))
	case "uc", "ucfirst":
		b.WriteString(strings.ToUpper(r.plain(t.arg("", 0))))
	case "harvnb", "harvtxt", "harv", "harvp":
		b.WriteString(joinAuthors(t.pos[:max(0, len(t.pos)-1)]))
		if len(t.pos) > 0 {
			b.WriteString(" " + t.pos[len(t.pos)-1])
		}
	default:
		return false
	}
	return true
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func frac(p []string) string {
	switch len(p) {
	case 0:
		return ""
	case 1:
		return "1/" + p[0]
	case 2:
		return p[0] + "/" + p[1]
	}
	return p[0] + " " + p[1] + "/" + p[2]
}

var convertJoins = map[string]string{
	"-": "–", "–": "–", "to": "to", "and": "and", "or": "or", "x": "×", "by": "by", "+/-": "±",
	"to(-)": "to", "and(-)": "and", "&": "and", "+": "+",
}

var convertUnits = map[string]string{
	"sqkm": "km²", "km2": "km²", "sqmi": "sq mi", "mi2": "sq mi", "m2": "m²", "sqft": "sq ft",
	"ft2": "sq ft", "acre": "acres", "c": "°C", "f": "°F", "kmh": "km/h", "km/h": "km/h",
	"mph": "mph", "usgal": "US gal", "impgal": "imp gal", "l": "L", "cuft": "cu ft", "m3": "m³",
}

// convert writes the first half of {{convert|5|to|10|km|mi}}: "5 to 10 km".
func (r *wikiReader) convert(t wikiTemplate) string {
	p := t.pos
	if len(p) == 0 {
		return ""
	}
	out := r.plain(p[0])
	i := 1
	for i+1 < len(p) {
		j, ok := convertJoins[strings.ToLower(p[i])]
		if !ok {
			break
		}
		out += " " + j + " " + r.plain(p[i+1])
		i += 2
	}
	out = strings.ReplaceAll(out, " – ", "–")
	if i < len(p) {
		unit := r.plain(p[i])
		if u, ok := convertUnits[strings.ToLower(unit)]; ok {
			unit = u
		}
		out += " " + unit
	}
	return out
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// dateTemplate writes the date of a date template as prose: {{Start
// date|1971|10|25}} is "25 October 1971", {{circa|1900}} "c. 1900".
func (r *wikiReader) dateTemplate(t wikiTemplate) (string, bool) {
	p := func(i int) string { return r.plain(t.arg("", i)) }
	switch t.name {
	case "start date", "end date", "start date and age", "end date and age", "birth date", "death date",
		"birth date and age", "death date and age", "bda", "dda", "dob", "date of birth", "film date",
		"start-date and age", "release date", "date and age":
		return formatYMD(p(0), p(1), p(2)), true
	case "birth-date", "death-date", "start-date", "end-date", "birth-date and age", "death-date and age":
		return p(0), true
	case "dts", "sort date", "date table sorting":
		if len(t.pos) > 1 {
			return formatYMD(p(0), p(1), p(2)), true
		}
		return p(0), true
	case "date":
		return isoDate(p(0)), true
	case "circa", "c.", "ca", "ca.", "c", "circa.":
		s := "c."
		if v := p(0); v != "" {
			s += " " + v
		}
		if v := p(1); v != "" {
			s += " – c. " + v
		}
		return s, true
	case "floruit", "fl.", "fl":
		return strings.TrimSpace("fl. " + p(0)), true
	case "as of":
		s := "As of "
		if t.named["lc"] != "" {
			s = "as of "
		}
		if alt := t.named["alt"]; alt != "" {
			return r.plain(alt), true
		}
		return s + formatYMD(p(0), p(1), p(2)), true
	}
	return "", false
}

// formatYMD writes a year, month and day given as numbers: "25 October
// 1971", "October 1971", "1971".
func formatYMD(y, m, d string) string {
	mi, err := strconv.Atoi(strings.TrimSpace(m))
	if err != nil || mi < 1 || mi > 12 {
		if m != "" && err != nil {
			return strings.TrimSpace(strings.Join([]string{d, m, y}, " "))
		}
		return y
	}
	month := monthNames[mi-1]
	if di, err := strconv.Atoi(strings.TrimSpace(d)); err == nil && di >= 1 && di <= 31 {
		return strconv.Itoa(di) + " " + month + " " + y
	}
	return month + " " + y
}

// isoDate writes 2006-01-02 (or 2006-01) as prose; other text stays.
func isoDate(s string) string {
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) != 4 {
		return s
	}
	for _, p := range parts {
		if _, err := strconv.Atoi(p); err != nil {
			return s
		}
	}
	if len(parts) == 2 {
		return formatYMD(parts[0], parts[1], "")
	}
	return formatYMD(parts[0], parts[1], parts[2])
}
