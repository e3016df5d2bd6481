package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/swar"
)

// How a summary is cut to the width it has.

// fewerRunes reports whether s has fewer than n characters, counting no
// further than it must: a string of 4n bytes or more has at least n.
func fewerRunes(s string, n int) bool {
	if len(s) >= 4*n {
		return false
	}
	return utf8.RuneCountInString(s) < n
}

// cutAt shortens s to at most n characters at a word boundary: the part of
// s kept, and whether an ellipsis is to follow it. It reads no further than the (n+1)th character.
func cutAt(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	// byte offsets of the (n/2)th and (n-1)th characters, found on the way
	// to an (n+1)th that says s is too long
	if asciiPrefix(s, n+1) { // the n-th character is the n-th byte
		return cutBetween(s, n/2, n-1), true
	}
	half, limit := 0, 0
	k := 0
	for i := 0; i < len(s); k++ {
		if k == n/2 {
			half = i
		}
		if k == n-1 {
			limit = i
		}
		if k == n {
			return cutBetween(s, half, limit), true
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return s, false // n characters or fewer
}

// cutBetween cuts s at its last space from byte half to byte limit, else at
// limit, and drops the punctuation the cut leaves at the end.
func cutBetween(s string, half, limit int) string {
	cut := limit
	if j := strings.LastIndexByte(s[half:min(limit+1, len(s))], ' '); j > 0 {
		cut = half + j
	}
	return strings.TrimRight(s[:cut], " ,;:")
}

// asciiPrefix reports whether the first n bytes of s (n <= len(s)) are all
// ASCII, eight at a time.
func asciiPrefix(s string, n int) bool {
	i := 0
	for ; i+8 <= n; i += 8 {
		if swar.Load(s, i)&swar.High != 0 {
			return false
		}
	}
	for ; i < n; i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
