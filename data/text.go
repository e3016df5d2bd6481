package data

import (
	"bytes"
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// DecodeBOM reads text that starts with a byte-order mark: UTF-8 loses its
// mark (which would hide a heading on the first line, and stay in the first
// event), UTF-16 in either byte order becomes UTF-8. decoded is false, and b
// is returned as it is, when there is no mark.
func DecodeBOM(b []byte) (out []byte, decoded bool, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		return b[3:], true, nil
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return decodeUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return decodeUTF16(b[2:], true)
	}
	return b, false, nil
}

func decodeUTF16(b []byte, bigEndian bool) ([]byte, bool, error) {
	if len(b)%2 != 0 {
		return nil, false, errors.New("UTF-16 text with an odd number of bytes: the file is cut short")
	}
	out := make([]byte, 0, len(b)/2*3/2)
	var pending rune // a high surrogate waiting for its pair, or -1
	pending = -1
	for i := 0; i < len(b); i += 2 {
		u := rune(b[i]) | rune(b[i+1])<<8
		if bigEndian {
			u = rune(b[i])<<8 | rune(b[i+1])
		}
		if pending >= 0 {
			if r := utf16.DecodeRune(pending, u); r != utf8.RuneError {
				out, pending = utf8.AppendRune(out, r), -1
				continue
			}
			out, pending = utf8.AppendRune(out, utf8.RuneError), -1 // a high surrogate alone
		}
		if u >= 0xd800 && u < 0xdc00 {
			pending = u
			continue
		}
		out = utf8.AppendRune(out, u) // a lone low surrogate becomes U+FFFD
	}
	if pending >= 0 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out, true, nil
}

// maxNameRunes is the most of a name (a path, a title) a message shows.
const maxNameRunes = 200

// CutName shortens a name for a message, keeping its start and end: a
// 10,000-character title must not make a 20,000-character line.
func CutName(s string) string {
	if utf8.RuneCountInString(s) <= maxNameRunes {
		return s
	}
	r := []rune(s)
	keep := maxNameRunes / 2
	return string(r[:keep]) + "…" + string(r[len(r)-keep+10:])
}
