// Package swar looks at eight bytes of a string at once, as one machine word
// ("SIMD within a register"), for the scans that read every byte of an
// article: the text reader, the sentence scanner, the JSON writer. A flag
// mask has the high bit of each byte that answers a question set.
package swar

const (
	Ones = 0x0101010101010101 // 0x01 in each byte of a word
	High = 0x80 * Ones        // the high bit of each byte
)

// Load reads s[i:i+8] as a word, the first byte lowest (little endian).
// The compiler makes it one load.
func Load(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// In flags each byte of w from lo to hi. Every byte of w must be below 0x80
// (mask the high bits off first, and the answers for those bytes with them),
// and lo and hi at most 0x7f: then no sum carries from one byte into the
// next.
func In(w uint64, lo, hi byte) uint64 {
	atLeast := func(x byte) uint64 { return (w + uint64(0x80-x)*Ones) & High }
	return atLeast(lo) &^ atLeast(hi+1)
}
