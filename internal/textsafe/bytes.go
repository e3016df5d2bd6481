package textsafe

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/par"
	"github.com/annals-tui/annals/internal/swar"
)

// Bytes makes outside bytes safe to hold and to show: invalid UTF-8 becomes
// U+FFFD, CRLF and CR become LF, and terminal control sequences (ESC with
// whatever CSI, OSC, DCS, APC or PM body follows, BEL, the other C0 and all C1
// controls) are removed, and so are the bidirectional controls (IsBidi),
// so that no text from an article can reach a terminal as a command or
// read in an order other than the one it is stored in. Tabs and newlines
// stay; no-break spaces become spaces (a reader's concern, done in the same
// pass). src is returned as it is when it needs no change.
func Bytes(src []byte) []byte {
	if isClean(src) {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\r':
			if i+1 >= len(src) || src[i+1] != '\n' {
				out = append(out, '\n')
			}
			i++
		case c == 0x1b:
			i = skipEscape(src, i)
		case c == '\t' || c == '\n':
			out = append(out, c)
			i++
		case c < 0x20 || c == 0x7f:
			i++
		case c < utf8.RuneSelf:
			out = append(out, c)
			i++
		default:
			r, size := utf8.DecodeRune(src[i:])
			switch {
			case r == utf8.RuneError && size <= 1:
				out = append(out, "\uFFFD"...)
			case IsBidi(r):
			case r == 0xa0: // a no-break space reads as a space, so names and dates split as they should
				out = append(out, ' ')
			case r >= 0x80 && r <= 0x9f: // C1 controls, 8-bit CSI and OSC among them
				if r == 0x9b || r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f {
					i = skipBody(src, i+size, r == 0x9b)
					continue
				}
			default:
				out = append(out, src[i:i+size]...)
			}
			i += size
		}
	}
	return out
}

// isClean reports whether src needs no change, the common case, so that
// clean input is not copied: no control byte but tab and newline, valid
// UTF-8, and no C1 control or no-break space (U+0080..U+00A0).
//
// It is one pass over every byte of the input before anything else can
// start, so a large input is cut into pieces checked on every core. A cut
// falls before an ASCII byte, which no rune spans, so each piece is clean
// exactly when its part of the whole is.
func isClean(src []byte) bool { return isCleanIn(src, par.Parts(len(src), cleanPieceBytes)) }

// isCleanIn is isClean checking src in n pieces at once.
func isCleanIn(src []byte, n int) bool {
	if n < 2 {
		return isCleanPiece(src)
	}
	// Piece k ends where piece k+1 starts: at an ASCII byte at or after
	// its share of the input.
	cut := func(k int) int {
		if k <= 0 || k >= n {
			return min(k, 1) * len(src)
		}
		to := len(src) * k / n
		for to < len(src) && src[to] >= utf8.RuneSelf {
			to++
		}
		return to
	}
	clean := make([]bool, n)
	par.Do(n, func(k int) { clean[k] = isCleanPiece(src[min(cut(k), cut(k+1)):cut(k+1)]) })
	return !slices.Contains(clean, false)
}

// cleanPieceBytes is the least input isClean checks on a core of its own.
const cleanPieceBytes = 1 << 20

// isCleanPiece is isClean on one core. It skips printable ASCII
// sixteen bytes at a time and looks one by one only at the other bytes
// (newlines, tabs, non-ASCII).
func isCleanPiece(src []byte) bool {
	for i := 0; i < len(src); {
		// Sixteen bytes at a time while all are printable: i moves by a
		// constant in the common case, so that the next loads need not
		// wait for this answer.
		if i+16 <= len(src) && notPrintable(binary.LittleEndian.Uint64(src[i:]))|notPrintable(binary.LittleEndian.Uint64(src[i+8:])) == 0 {
			i += 16
			continue
		}
		if i+8 <= len(src) {
			i += printableASCIIPrefix(binary.LittleEndian.Uint64(src[i:]))
			if i >= len(src) {
				break
			}
		}
		c := src[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 || r <= 0xa0 || IsBidi(r) {
			return false // invalid UTF-8, a C1 control, a no-break space or a bidi control
		}
		i += size
	}
	return true
}

// printableASCIIPrefix tells how many of the eight bytes of w, read little
// endian (first byte lowest), are printable ASCII before the first that is
// not.
func printableASCIIPrefix(w uint64) int {
	return bits.TrailingZeros64(notPrintable(w)) / 8
}

// notPrintable flags, by its high bit, a byte of w that is not printable
// ASCII (0x20..0x7e): its high bit is set, or adding 0x60 leaves the high bit
// clear (it is below 0x20), or adding 0x01 sets it (it is 0x7f). A sum can
// carry into the byte above, but only out of a byte that is itself flagged,
// so the lowest flag is always right, and the mask is 0 exactly when all
// eight bytes are printable.
func notPrintable(w uint64) uint64 {
	return (w | ^(w + 0x60*swar.Ones) | (w + swar.Ones)) & swar.High
}

// skipEscape skips an escape sequence that starts with ESC at i.
func skipEscape(src []byte, i int) int {
	i++ // ESC
	if i >= len(src) {
		return i
	}
	switch src[i] {
	case '[':
		return skipBody(src, i+1, true)
	case ']', 'P', '_', '^', 'X':
		return skipBody(src, i+1, false)
	}
	// A two-byte sequence (ESC c, ESC 7, ...): drop the next byte too when it
	// is printable ASCII, as a terminal would consume it.
	if src[i] >= 0x20 && src[i] < 0x7f {
		return i + 1
	}
	return i
}

// skipBody skips a CSI body (parameters up to a final byte) or a string
// body (OSC, DCS, APC, PM: up to BEL or ST).
func skipBody(src []byte, i int, csi bool) int {
	for ; i < len(src); i++ {
		c := src[i]
		if csi {
			if c >= 0x40 && c <= 0x7e {
				return i + 1
			}
			if c < 0x20 || c > 0x7e {
				return i
			}
			continue
		}
		switch {
		case c == 0x07:
			return i + 1
		case c == 0x1b && i+1 < len(src) && src[i+1] == '\\':
			return i + 2
		case c == 0xc2 && i+1 < len(src) && src[i+1] == 0x9c: // 8-bit ST
			return i + 2
		case c == '\n':
			return i // an unterminated string ends at the line, not the file
		}
	}
	return i
}
