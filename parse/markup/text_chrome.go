package markup

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/internal/swar"
)

// chromeLines are whole lines of page furniture, in lower case.
var chromeLines = map[string]bool{
	"from wikipedia, the free encyclopedia": true, "jump to navigation": true, "jump to search": true,
	"jump to: navigation, search": true, "jump to content": true, "infobox": true, "main menu": true,
	"toggle the table of contents": true, "contents": true, "hide": true, "view history": true,
	"edit links": true, "read": true, "edit": true, "talk": true, "article": true,
	"this article has multiple issues.": true,
}

// chromePrefixes open lines of furniture: hatnotes, maps, image names, the
// page footer, retrieval notes.
var chromePrefixes = []string{
	"from wikipedia", "jump to ", "retrieved", "archived from the original", "this page was last edited",
	"text is available under", "last edited on", "coordinates:", "categories:", "hidden categories:",
	"main article:", "main articles:", "see also:", "further information:", "for other uses",
	"this article is about", "not to be confused with", "map indicating location", "map:", "- map:",
	"image:", "- image:", "file:", "- file:", "caption:", "- caption:", "location:", "- location:",
}

var imageSuffixes = []string{".png", ".svg", ".jpg", ".jpeg", ".gif"}

// isChrome recognises page furniture that is not article text.
func isChrome(s string) bool {
	s = strings.TrimSpace(s)
	// It runs on every short line: most are told apart by their first
	// and last bytes alone, and the rest are lower-cased into a buffer on
	// the stack, so that a line costs no allocation.
	if s == "" || !chromeFirst[s[0]] && !chromeLast[s[len(s)-1]] {
		return false
	}
	var buf [maxFurniture]byte
	low := appendLower(buf[:0], s)
	if len(low) <= maxChromeLine && chromeLines[string(low)] {
		return true
	}
	for _, p := range chromePrefixes {
		if len(low) >= len(p) && low[0] == p[0] && string(low[:len(p)]) == p {
			return true
		}
	}
	for _, x := range imageSuffixes {
		if len(low) >= len(x) && string(low[len(low)-len(x):]) == x {
			return true
		}
	}
	return false
}

// chromeFirst holds the first bytes a line of chrome can have, and
// chromeLast the last, in either case: a line lower-cased starts with the
// lower case of its first rune, which for an ASCII byte is that byte lower-
// cased and for any other can be anything; likewise at its end.
var chromeFirst, chromeLast = func() (first, last [256]bool) {
	mark := func(set *[256]bool, c byte) {
		set[c] = true
		set[strings.ToUpper(string(c))[0]] = true
	}
	for l := range chromeLines {
		mark(&first, l[0])
	}
	for _, p := range chromePrefixes {
		mark(&first, p[0])
	}
	for _, x := range imageSuffixes {
		mark(&last, x[len(x)-1])
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		first[c], last[c] = true, true
	}
	return first, last
}()

// maxChromeLine is the length of the longest of chromeLines.
var maxChromeLine = func() int {
	n := 0
	for l := range chromeLines {
		n = max(n, len(l))
	}
	return n
}()

// appendLower appends s lower-cased to dst, exactly as strings.ToLower
// lower-cases it (an invalid byte becomes U+FFFD), without allocating a
// string, and ASCII eight bytes at a time.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := swar.Load(s, i); w&swar.High == 0 {
				// Setting bit 5 (0x20, the high bit shifted down) of a
				// capital lower-cases it.
				dst = binary.LittleEndian.AppendUint64(dst, w|swar.In(w, 'A', 'Z')>>2)
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

var tailSections = map[string]bool{
	"references": true, "notes": true, "external links": true, "see also": true,
	"further reading": true, "bibliography": true, "sources": true, "citations": true,
	"footnotes": true, "notes and references": true, "works cited": true,
}

func isTailSection(h string) bool {
	var buf [maxFurniture]byte
	return tailSections[string(appendLower(buf[:0], strings.TrimSpace(h)))]
}
