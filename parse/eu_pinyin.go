package parse

import (
	"strings"

	"github.com/annals-tui/annals/parse/lang"
)

// A Chinese name in a French, Dutch or German article: a pinyin family
// name, then a given name of one to three pinyin syllables ("Xi Jinping",
// "Deng Xiaoping", "Li Peng"). "Long Island" and "Ma Vallée" are none:
// "Island" is no pinyin.

var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
	"j", "q", "x", "r", "z", "c", "s", "y", "w", ""}

var pinyinFinals = []string{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan",
	"ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er",
	"a", "o", "e", "i", "u", "ü"}

// pinyinName says whether name is a pinyin family name and given name.
func pinyinName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) == 2 && lang.PinyinSurnames[ws[0]] && startsUpper(ws[1]) &&
		syllables(strings.ToLower(strings.ReplaceAll(ws[1], "-", "")), 3)
}

// syllables says whether s is one to n pinyin syllables.
func syllables(s string, n int) bool {
	if s == "" {
		return true
	}
	if n == 0 {
		return false
	}
	for _, ini := range pinyinInitials {
		rest, ok := strings.CutPrefix(s, ini)
		if !ok {
			continue
		}
		for _, fin := range pinyinFinals {
			if r, ok := strings.CutPrefix(rest, fin); ok && syllables(r, n-1) {
				return true
			}
		}
	}
	return false
}
