// Package textsafe is the one rule for what text from an article (or any
// outside name: a file, a title, a URL) may reach a terminal or a file.
//
// Unsafe are the C0 controls but tab and newline, DEL, the C1 controls, and
// the bidirectional controls (embeddings, overrides, isolates, and the marks
// U+200E, U+200F and U+061C), which make a line read in an order other than
// the one it is stored in. An escape sequence (ESC or a C1 introducer with
// its CSI, OSC, DCS, APC or PM body) goes whole, so no part of a command is
// left to show. Invalid UTF-8 becomes U+FFFD.
//
// Bytes cleans an article as it is read; Text and Line clean a string for a
// multi-line value or one line of output; Quote shows a name in a message
// with what is unsafe written as Go escapes, so the user sees it is there.
package textsafe

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// IsBidi reports the bidirectional formatting characters.
func IsBidi(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// IsControl reports the C0 controls (tab and newline too), DEL and the C1
// controls.
func IsControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// Unsafe reports a rune that never reaches output as it is: a control
// other than tab and newline, or a bidi control.
func Unsafe(r rune) bool { return IsControl(r) && r != '\t' && r != '\n' || IsBidi(r) }

// Text is s made safe for a value that may span lines: what Bytes removes
// goes, tabs and newlines stay (a carriage return becomes a newline).
func Text(s string) string {
	if isCleanString(s, false) {
		return s
	}
	return string(Bytes([]byte(s)))
}

// Line is s made safe for one line: Text, with tabs and line breaks as
// spaces.
func Line(s string) string {
	if isCleanString(s, true) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, Text(s))
}

// Quote is s for a message on one line: unsafe runes and invalid bytes are
// written as Go escapes (\x1b, \u202e, \xff) instead of removed, so the user
// sees that a name holds them.
func Quote(s string) string {
	if isCleanString(s, true) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case IsControl(r) || IsBidi(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isCleanString reports whether s holds nothing unsafe, and no tab or line
// break when oneLine. ASCII, nearly all of an article, is one compare a byte.
func isCleanString(s string, oneLine bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isCleanRunes(s[i:], oneLine)
		}
		if c < 0x20 && (oneLine || c != '\t' && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

func isCleanRunes(s string, oneLine bool) bool {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") || Unsafe(r) || oneLine && (r == '\t' || r == '\n') {
			return false
		}
	}
	return true
}

// IsLine reports whether s is safe for one line as it is: Line(s) == s.
func IsLine(s string) bool { return isCleanString(s, true) }
