package data

import (
	"bytes"
	"unicode/utf8"
)

// LooksBinary reports whether bytes are a binary file rather than an
// article: NUL bytes, or mostly bytes that are not text. A few stray bad
// bytes in a real article are repaired by the parser instead.
func LooksBinary(b []byte) bool {
	sample := b[:min(len(b), 64<<10)]
	if len(sample) == 0 {
		return false
	}
	// A stray NUL or two in a text file is removed by the parser; many of
	// them (over 1% of the bytes, and more than a handful) mean binary.
	if nul := bytes.Count(sample, []byte{0}); nul > 4 && nul*100 > len(sample) {
		return true
	}
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax || r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != 0x1b {
			bad++
		}
		i += size
	}
	return bad*10 > len(sample) // over a tenth of it is not text
}
