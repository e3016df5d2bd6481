package textsafe

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf8"
)

// isCleanByteByByte is isClean as first written, one byte at a time: the
// reference the word-at-a-time pass must agree with.
func isCleanByteByByte(src []byte) bool {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
		if c == 0xc2 && i+1 < len(src) && (src[i+1] >= 0x80 && src[i+1] <= 0x9f || src[i+1] == 0xa0) {
			return false
		}
	}
	for _, r := range string(src) {
		if IsBidi(r) {
			return false
		}
	}
	return utf8.Valid(src)
}

// isCleanCases puts each kind of byte that matters at every position of a
// run of ASCII, so that it falls at each place in an eight-byte word and
// in the bytes after the last whole word.
func isCleanCases() [][]byte {
	specials := []string{"\n", "\t", "\x00", "\x1f", "\x7f", "\x1b[31m", "\r", "~", " ", "\u0080", "\u009b", "\u00a0",
		"\u00a1", "é", "–", "\U0001F600", "\xff", "\xc2", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\ufffd", "\u200e", "\u200f", "\u061c", "\u202e", "\u2069", "\u2010"}
	var out [][]byte
	for _, sp := range specials {
		out = append(out, []byte(strings.Repeat(sp, 9)), []byte(strings.Repeat("é"+sp+"–", 5)))
		for n := 0; n <= 20; n++ {
			for _, tail := range []int{0, 3, 8, 13} {
				out = append(out, []byte(strings.Repeat("a", n)+sp+strings.Repeat("Z", tail)))
			}
		}
	}
	return out
}

func TestIsCleanMatchesByteByByte(t *testing.T) {
	for _, src := range isCleanCases() {
		if got, want := isClean(src), isCleanByteByByte(src); got != want {
			t.Errorf("isClean(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestPrintableASCIIPrefix(t *testing.T) {
	// Every byte value at every place in a word, after printable bytes and
	// before any byte at all (a flagged byte may carry into the next).
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			for _, after := range []byte{'a', 0x00, 0x1f, 0x7f, 0xff} {
				b := []byte("abcdefgh")
				b[at] = byte(c)
				for k := at + 1; k < 8; k++ {
					b[k] = after
				}
				want := at
				if c >= 0x20 && c < 0x7f {
					want = 8
					for k := at + 1; k < 8; k++ {
						if after < 0x20 || after >= 0x7f {
							want = k
							break
						}
					}
				}
				if got := printableASCIIPrefix(binary.LittleEndian.Uint64(b)); got != want {
					t.Fatalf("printableASCIIPrefix(%q) = %d, want %d", b, got, want)
				}
			}
		}
	}
}

// isCleanInPieces is isClean cutting src into pieces of three bytes, up to
// 8 of them.
func isCleanInPieces(src []byte) bool { return isCleanIn(src, max(1, min(8, len(src)/3))) }

// FuzzIsClean holds isClean, whole and in pieces (where a rune or a bad
// sequence may fall at a cut), to a byte-by-byte check; go test runs it on
// isCleanCases.
func FuzzIsClean(f *testing.F) {
	for _, src := range isCleanCases() {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want := isCleanByteByByte(src)
		if got := isClean(src); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", src, got, want)
		}
		if got := isCleanInPieces(src); got != want {
			t.Fatalf("isClean in pieces (%q) = %v, want %v", src, got, want)
		}
	})
}
