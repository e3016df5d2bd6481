package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/parse/lang/zh"
)

// zhPeople is the people a Chinese article names: each name as it is
// written, and the short forms (a transliterated surname, "俾斯麦") that
// stand for a full name ("奥托·冯·俾斯麦").
type zhPeople struct {
	full    map[string]string // a name or short form -> the full name
	byRune  map[rune][]string // full's keys under their first character, longest first
	subject string            // the person a biography is about
}

// zhNameMax is the most Han characters a Chinese name takes after a title.
const zhNameMax = 3

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// learnZhPeople reads every paragraph for names: after a title ("总理李鹏"),
// transliterations joined by "·", and linked pages that start with a
// family name.
func learnZhPeople(texts []string, links []string, title string) *zhPeople {
	z := &zhPeople{full: map[string]string{}}
	for _, l := range links {
		if n := utf8.RuneCountInString(l); n >= 2 && n <= 3 && allHan(l) {
			r, _ := utf8.DecodeRuneInString(l)
			last, _ := utf8.DecodeLastRuneInString(l)
			if strings.ContainsRune(zh.Pack.Surnames, r) && !strings.ContainsRune(zh.Pack.PlaceSuffixes, last) {
				z.add(l)
			}
		} else if strings.Contains(l, "·") && allHan(strings.ReplaceAll(l, "·", "")) {
			z.add(l)
		}
	}
	for _, t := range texts {
		z.afterTitles(t)
		z.dotted(t)
		z.rulers(t)
	}
	if subject := zhBiographySubject(texts, title); subject != "" {
		z.subject = subject
		z.add(subject)
	}
	z.byRune = map[rune][]string{}
	for k := range z.full {
		r, _ := utf8.DecodeRuneInString(k)
		z.byRune[r] = append(z.byRune[r], k)
	}
	for _, l := range z.byRune {
		sort.Slice(l, func(i, j int) bool {
			if len(l[i]) != len(l[j]) {
				return len(l[i]) > len(l[j])
			}
			return l[i] < l[j]
		})
	}
	return z
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// zhBiographySubject is the person a biography is about: a name of two to
// three characters (or a dotted transliteration) that opens one of the first
// paragraphs with a bracket holding a year ("习近平(1953年…"). The article's
// title is preferred; the opening name serves a page without one.
func zhBiographySubject(texts []string, title string) string {
	for _, t := range texts[:min(len(texts), 20)] {
		name := t[:len(t)-len(strings.TrimLeftFunc(t, func(r rune) bool { return isHan(r) || r == '·' }))]
		if name == "" || allHan(title) && name != title || !zhPersonLike(name) {
			continue
		}
		rest := t[len(name):]
		if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") {
			if close := strings.IndexAny(rest, ")）"); close > 0 && strings.Contains(rest[:close], "年") {
				return name
			}
		}
	}
	return ""
}

// zhPersonLike: two or three characters that do not end like a place, a
// dynasty or an event ("秦朝", "金门"), or a dotted transliteration.
func zhPersonLike(name string) bool {
	if strings.Contains(name, "·") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 3 && !strings.ContainsRune(zh.Pack.PlaceSuffixes, last)
}

// add records a full name and, for a dotted one, its last part.
func (z *zhPeople) add(name string) {
	z.full[name] = name
	if k := strings.LastIndex(name, "·"); k >= 0 {
		if last := name[k+len("·"):]; utf8.RuneCountInString(last) >= 2 {
			if _, taken := z.full[last]; !taken {
				z.full[last] = name
			}
		}
	}
}

// afterTitles adds the name after each office word: "主席邓小平" -> 邓小平.
func (z *zhPeople) afterTitles(t string) {
	for i := 0; i < len(t); {
		n := longestTitle(t, i)
		if n == 0 {
			i += runeLen(t, i)
			continue
		}
		name := nameRun(t, i+n, zhNameMax+2)
		if utf8.RuneCountInString(name) != zhNameMax+1 {
			// a run of four ending where a name must end is a transliteration
			// ("格来史克"); a longer one is a name and a verb ("李克强表示")
			name = nameRun(t, i+n, zhNameMax)
		}
		if utf8.RuneCountInString(name) >= 2 && longestTitle(name, 0) == 0 {
			z.add(name)
			i += n + len(name)
			continue
		}
		i += n
	}
}

// zhTitlesByRune holds the pack's titles under their first character, so
// that a character no title starts with costs one map look-up.
var zhTitlesByRune = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range zh.Pack.Titles {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

func longestTitle(t string, i int) int {
	if t[i] < 0x80 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	best := 0
	for _, w := range zhTitlesByRune[r] {
		if len(w) > best && strings.HasPrefix(t[i:], w) {
			best = len(w)
		}
	}
	return best
}

// nameRun returns the Han characters from i up to max of them, stopping at
// a character that no name holds.
func nameRun(t string, i, max int) string {
	j, n := i, 0
	for j < len(t) && n < max {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !isHan(r) || strings.ContainsRune(zh.Pack.NameStops, r) {
			break
		}
		j, n = j+size, n+1
	}
	return t[i:j]
}

// dotted adds transliterated names whose parts "·" joins: "奥托·冯·俾斯麦".
func (z *zhPeople) dotted(t string) {
	for off := 0; ; {
		k := strings.Index(t[off:], "·")
		if k < 0 {
			return
		}
		k += off
		start := k
		for n := 0; start > 0 && n < 6; n++ {
			r, size := utf8.DecodeLastRuneInString(t[:start])
			if !isHan(r) || strings.ContainsRune(zh.Pack.NameStops, r) {
				break
			}
			start -= size
		}
		end := k
		for strings.HasPrefix(t[end:], "·") {
			part := nameRun(t, end+len("·"), 6)
			if part == "" {
				break
			}
			end += len("·") + len(part)
		}
		if first := t[start:k]; first != "" && end > k+len("·") {
			z.add(trimTitle(t[start:end]))
		}
		off = max(end, k+len("·"))
	}
}

// rulers adds the rulers named by dynasty and temple or posthumous name:
// 秦始皇 and 秦二世, a dynasty and one of the pack's regnal characters
// before 祖 or 宗 (唐太宗, not 宗教 "religion" after 宋代), or one or two of
// them before 帝 (汉武帝, 汉光武帝; 清帝 alone is a title, not a name).
func (z *zhPeople) rulers(t string) {
	for i := 0; i+2 < len(t); {
		c := t[i]
		if c&0xf0 != 0xe0 || t[i+1]&0xc0 != 0x80 || t[i+2]&0xc0 != 0x80 { // not a character of three bytes, as every Han one of the BMP is
			i += runeLen(t, i)
			continue
		}
		// decoded by hand: this runs over every character of the article
		r := rune(c&0x0f)<<12 | rune(t[i+1]&0x3f)<<6 | rune(t[i+2]&0x3f)
		if zhDynasties.has(r) {
			if n := rulerName(t[i+3:]); n > 0 {
				z.add(t[i : i+3+n])
			}
		}
		i += 3
	}
}

// rulerName is the length of the regnal name that after starts with, or 0.
func rulerName(after string) int {
	for _, w := range []string{"始皇", "二世", "三世"} {
		if strings.HasPrefix(after, w) {
			return len(w)
		}
	}
	end := 0
	for n := 0; n < 2; n++ {
		r, size := utf8.DecodeRuneInString(after[end:])
		if !zhRegnalHeads.has(r) {
			break
		}
		end += size
		next, nsize := utf8.DecodeRuneInString(after[end:])
		switch {
		case next == '帝':
			return end + nsize
		case n == 0 && (next == '祖' || next == '宗') && !zhWordAfterZong(after[end+nsize:]):
			return end + nsize
		}
	}
	return 0
}

// bmpSet is a set of characters of the Basic Multilingual Plane, one bit
// each: a look-up per character of a Chinese text costs a shift, not a
// search of the pack's string.
type bmpSet [1 << 16 / 64]uint64

func newBMPSet(chars string) *bmpSet {
	var s bmpSet
	for _, r := range chars {
		if r < 1<<16 {
			s[r/64] |= 1 << (r % 64)
		}
	}
	return &s
}

func (s *bmpSet) has(r rune) bool { return r >= 0 && r < 1<<16 && s[r/64]&(1<<(r%64)) != 0 }

var zhDynasties, zhRegnalHeads = newBMPSet(zh.Pack.Dynasties), newBMPSet(zh.Pack.RegnalHeads)

// zhWordAfterZong reports a character that makes 宗 the start of a word
// (宗教 religion, 宗室 clan, 宗族, 宗旨, 宗派) rather than a temple name's end.
func zhWordAfterZong(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("教室族旨派师師亲親庙廟主", r)
}

// trimTitle drops an office word the name's first part ends with.
func trimTitle(name string) string {
	for i := 0; i < len(name); i += runeLen(name, i) {
		if n := longestTitle(name, i); n > 0 && i+n < len(name) {
			return name[i+n:]
		}
	}
	return name
}

// in returns the people sentence s names, each once, under their full
// names; a biography's subject stands in every sentence.
func (z *zhPeople) in(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n := size
		for _, k := range z.byRune[r] { // the longest name that starts here
			if strings.HasPrefix(s[i:], k) {
				out, n = appendOnce(out, z.full[k]), len(k)
				break
			}
		}
		i += n
	}
	if z.subject != "" {
		out = appendOnce(out, z.subject)
	}
	return out
}

func appendOnce(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}
