package markup

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/swar"
)

// isGluedLinkLine recognises the line of link titles that mirrors append: long,
// and full of words glued to the next capitalised word with no space
// ("ChinaBrusselsGuangzhou"), with few sentence stops.
//
// Every long line of prose is counted through, so the counts are taken a
// word of eight bytes at a time; gluedLinkCounts is the same count one byte
// at a time, which the tests hold this to.
func isGluedLinkLine(s string) bool {
	if len(s) < 150 {
		return false
	}
	// ASCII letters are enough to tell: the glue shows between them. The
	// first byte counts only as the one before the second.
	glued := 0
	var before uint64 // 0x80 when the byte before the word is a lower-case letter or digit
	i := 0
	for ; i+8 <= len(s); i += 8 {
		upper, lowerOrDigit := letterMasks(swar.Load(s, i))
		// A capital glued on: its byte flagged in upper, and the byte
		// before it (one byte lower in the word) in lowerOrDigit.
		glued += bits.OnesCount64(upper & (lowerOrDigit<<8 | before))
		before = lowerOrDigit >> 56
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' && before != 0 {
			glued++
		}
		before = 0
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			before = 0x80
		}
	}
	if glued < 8 { // prose: the words and stops need no counting
		return false
	}
	rest := s[1:]
	words := 1 + strings.Count(rest, " ")
	stops := strings.Count(rest, ".") + strings.Count(rest, "!") + strings.Count(rest, "?")
	return glued*6 >= words && stops*4 < glued
}

// letterMasks flags, by its high bit, each byte of w that is an ASCII
// capital (upper), and each that is an ASCII lower-case letter or digit.
func letterMasks(w uint64) (upper, lowerOrDigit uint64) {
	low7 := w &^ swar.High  // each byte below 0x80, so that a sum cannot carry
	ascii := ^w & swar.High // bytes of 0x80 and up are no ASCII letter
	// Setting bit 5 (0x20) of a letter makes it lower case, and no other
	// byte a letter; bit 5, shifted to the high bit, tells which case it was.
	letter := swar.In(low7|0x20*swar.Ones, 'a', 'z') & ascii
	lowerCase := w << 2 & swar.High
	upper = letter &^ lowerCase
	lowerOrDigit = letter&lowerCase | swar.In(low7, '0', '9')&ascii
	return upper, lowerOrDigit
}

// SplitGluedLinks cuts a glued line of link titles at each lower-case letter
// (or digit, or closing bracket) followed directly by a capital:
// "Zhu RongjiQian QichenExpo 2010Uyghurs" gives Zhu Rongji, Qian Qichen,
// Expo 2010, Uyghurs.
func SplitGluedLinks(s string) []string { return appendGluedLinks(nil, s) }

// appendGluedLinks is SplitGluedLinks appending to out. Glued lines are
// long and many, so it finds the bytes where a cut can fall a word of eight
// bytes at a time (an ASCII capital after a byte that may end a link, or
// the first byte of a non-ASCII rune), and looks closer only at those.
func appendGluedLinks(out []string, s string) []string {
	start := 0
	cut := func(k int) {
		if k > 0 && gluedAt(s, k) && !mcPrefix(s[start:k]) { // a cut needs a rune before it
			out = appendLink(out, s[start:k])
			start = k
		}
	}
	var before uint64 // 0x80 when the byte before the word may end a link
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := swar.Load(s, i)
		upper, lowerOrDigit := letterMasks(w)
		// A link may end with a lower-case letter, a digit or ")", or
		// with a non-ASCII rune (decoded to tell); a non-ASCII rune
		// starts with a byte whose top two bits are set.
		mayEnd := lowerOrDigit | swar.In(w&^swar.High, ')', ')')&^w&swar.High | w&swar.High
		runeStart := w & (w << 1) & swar.High
		at := upper&(mayEnd<<8|before) | runeStart
		before = mayEnd >> 56
		for ; at != 0; at &= at - 1 {
			cut(i + bits.TrailingZeros64(at)/8)
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0xc0 {
			cut(i)
		}
	}
	return appendLink(out, s[start:])
}

// gluedAt reports whether a capital starts at s[k] glued to the rune
// before it: a lower-case letter, a digit or ")".
func gluedAt(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	if r < utf8.RuneSelf && (r < 'A' || r > 'Z') || r >= utf8.RuneSelf && !unicode.IsUpper(r) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:k])
	return isLowerOrDigit(prev) || prev == ')'
}

// isLowerOrDigit is unicode.IsLower || unicode.IsDigit, with ASCII, nearly
// all of a glued line, answered first.
func isLowerOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// mcPrefix keeps "McDonald" and "MacArthur" whole.
func mcPrefix(before string) bool {
	return strings.HasSuffix(before, "Mc") || strings.HasSuffix(before, "Mac") && len(before) >= 3 &&
		(len(before) == 3 || before[len(before)-4] == ' ')
}

func appendLink(out []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	return append(out, s)
}
