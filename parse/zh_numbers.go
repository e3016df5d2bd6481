package parse

import (
	"strings"
	"unicode/utf8"
)

// zhDigits maps the Chinese numerals to their values; 十 and 百 are the
// multipliers that a count ("十九", "二十三") uses and a year read digit by
// digit ("一九九一", "二〇〇九") does not.
var zhDigits = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9, '十': 10, '百': 100,
}

// zhNum is a number read at a place in the text.
type zhNum struct {
	val        int
	end        int  // byte after it
	digits     int  // how many digits or numerals it has
	arabic     bool // written in ASCII digits
	positional bool // Chinese numerals read digit by digit: "一九九一"
}

// readZhNum reads the number at i: ASCII (or full-width) digits, or Chinese
// numerals. ok is false when no number starts at i.
func readZhNum(s string, i int) (n zhNum, ok bool) {
	j := i
	for j < len(s) && n.digits < 9 {
		c := s[j]
		if c >= '0' && c <= '9' {
			n.val = n.val*10 + int(c-'0')
			j++
		} else if j+3 <= len(s) && c == 0xef && s[j+1] == 0xbc && s[j+2] >= 0x90 && s[j+2] <= 0x99 {
			n.val = n.val*10 + int(s[j+2]-0x90) // full-width ０-９
			j += 3
		} else {
			break
		}
		n.digits++
	}
	if n.digits > 0 {
		n.arabic, n.end = true, j
		return n, true
	}
	return readZhNumerals(s, i)
}

// readZhNumerals reads Chinese numerals: digit by digit ("一九九一") when no
// multiplier appears, else as a count ("十九" = 19, "二十" = 20).
func readZhNumerals(s string, i int) (n zhNum, ok bool) {
	j, cur, total, mult := i, 0, 0, false
	for j < len(s) && n.digits < 6 {
		r, size := utf8.DecodeRuneInString(s[j:])
		v, isNum := zhDigits[r]
		if !isNum {
			break
		}
		switch {
		case v >= 10:
			if cur == 0 {
				cur = 1 // "十九": the ten stands alone
			}
			total += cur * v
			cur, mult = 0, true
		case mult:
			cur += v
		default:
			cur = cur*10 + v
		}
		n.digits++
		j += size
	}
	if n.digits == 0 {
		return n, false
	}
	n.val, n.end, n.positional = total+cur, j, !mult
	return n, true
}

// hasPrefixAny returns the length of the first of words that s[i:] starts with.
func hasPrefixAny(s string, i int, words []string) int {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			return len(w)
		}
	}
	return 0
}

// hasSuffixAny reports whether s[:i] ends with one of words.
func hasSuffixAny(s string, i int, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}
