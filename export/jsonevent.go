package export

import (
	"github.com/annals-tui/annals/internal/swar"
	"math/bits"
	"strconv"
	"sync/atomic"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// appendEvent writes one event of the timeline JSON exactly as
// encoding/json indents it inside the events array (two spaces of prefix,
// one of indent), and escapes what escapeInvisible would. Events are the
// bulk of a large export, and this is many times faster than reflection.
func appendEvent(b []byte, e *model.Event) []byte {
	var enc eventEncoder
	return enc.append(b, e)
}

// eventEncoder writes events one after another into the same buffer. Events
// come in date order, so most share their date with the one before: the
// date fields it wrote last are copied instead of formatted again.
type eventEncoder struct {
	date          model.Date
	from, to      int // where the last date fields sit in the buffer
	haveLastDates bool
}

func (enc *eventEncoder) append(b []byte, e *model.Event) []byte {
	b = append(b, "{\n   \"id\": "...)
	b = strconv.AppendInt(b, int64(e.ID), 10)
	if enc.haveLastDates && e.Date == enc.date {
		b = append(b, b[enc.from:enc.to]...)
	} else {
		from := len(b)
		// dates hold nothing that JSON escapes
		b = append(e.Date.AppendEDTF(append(b, ",\n   \"when\": \""...)), '"')
		b = append(e.Date.Start.AppendISO(append(b, ",\n   \"start\": \""...)), '"')
		b = append(e.Date.End.AppendISO(append(b, ",\n   \"end\": \""...)), '"')
		b = appendField(b, "precision", e.Date.Precision.String())
		enc.date, enc.from, enc.to, enc.haveLastDates = e.Date, from, len(b), true
	}
	b = appendField(b, "text", e.Text)
	b = appendField(b, "summary", e.Summary)
	b = appendStrings(b, "people", e.People)
	b = appendStrings(b, "places", e.Places)
	b = appendStrings(b, "orgs", e.Orgs)
	b = append(b, ",\n   \"citations\": "...)
	if len(e.Citations) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, '[')
		for i, c := range e.Citations {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n    "...)
			b = strconv.AppendInt(b, int64(c), 10)
		}
		b = append(b, "\n   ]"...)
	}
	b = appendField(b, "section", e.Section)
	b = append(b, ",\n   \"offset\": "...)
	b = strconv.AppendInt(b, int64(e.Offset), 10)
	if e.Source != "" {
		b = appendField(b, "source", e.Source)
	}
	b = appendLinks(b, e.Links)
	return append(b, "\n  }"...)
}

func appendField(b []byte, name, value string) []byte {
	b = append(b, ",\n   \""...)
	b = append(b, name...)
	b = append(b, "\": "...)
	return appendJSONString(b, value)
}

func appendStrings(b []byte, name string, values []string) []byte {
	b = append(b, ",\n   \""...)
	b = append(b, name...)
	b = append(b, "\": "...)
	if len(values) == 0 {
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    "...)
		b = appendJSONString(b, v)
	}
	return append(b, "\n   ]"...)
}

// The JSON export is written by hand, not by encoding/json: a large timeline
// is tens of megabytes of strings, and reflection plus a second pass for
// escapeInvisible cost several times what the bytes do. These encoders write
// exactly what encoding/json would with SetEscapeHTML(false), except that
// DEL, the C1 controls and the bidi controls also leave as \u escapes (see
// escapeInvisible in the tests, which is the reference).

// jsonSafe holds the ASCII bytes a JSON string carries as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// attention has the high bit set in the bytes of the eight in w (little
// endian) that a JSON string cannot hold as they are: controls, '"', '\\',
// DEL, and every non-ASCII byte, which needs a closer look. A borrow or carry
// can only run upwards from a byte that is set, so the lowest byte set is
// always a true one even when those above it are not.
func attention(w uint64) uint64 {
	below := (w - 0x20*swar.Ones) &^ w // bytes under 0x20
	quote := w ^ '"'*swar.Ones
	quote = (quote - swar.Ones) &^ quote // bytes equal to '"'
	bslash := w ^ '\\'*swar.Ones
	bslash = (bslash - swar.Ones) &^ bslash // bytes equal to '\\'
	high := (w + swar.Ones) | w             // bytes from 0x7f up
	return (below | quote | bslash | high) & swar.High
}

// appendJSONString quotes s exactly as encoding/json with HTML escaping off
// followed by escapeInvisible (in the tests, the reference) would: DEL, the
// C1 controls and the bidi controls of internal/textsafe leave as \u
// escapes. Every string of the document, in events or not, is written by it,
// so one byte has one escape everywhere (\b, not \u0008 in events alone).
func appendJSONString(b []byte, s string) []byte { return appendQuoted(b, s) }

// appendStdJSONString is appendJSONString, for the title, source,
// references and entities.
func appendStdJSONString(b []byte, s string) []byte { return appendQuoted(b, s) }

// appendQuoted is the loop behind both. Article text is nearly all
// ASCII that needs no escape, so it skips eight bytes at a time while none
// needs attention and appends clean runs in one copy.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			m := attention(swar.Load(s, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else if len(s) >= 8 {
			// The last few bytes: check the last word of s, less the
			// bytes already checked, which are clean and so cannot
			// disturb the bytes above them.
			m := attention(swar.Load(s, len(s)-8)) >> (8 * (i - (len(s) - 8)))
			if m == 0 {
				break
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			case '\b':
				b = append(b, `\b`...)
			case '\f':
				b = append(b, `\f`...)
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		// Two-byte letters (accents, Greek, Cyrillic, Arabic) other than
		// the C1 controls and U+061C (a bidi mark) are the common case:
		// no decoding needed.
		if c >= 0xc3 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 && (c != 0xd8 || s[i+1] != 0x9c) {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == 0x2028 || r == 0x2029 || r <= 0x9f || isBidiControl(r):
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// eventSize is a little more than the JSON of e takes when its strings need
// few escapes (about 270 bytes of names, punctuation, dates and numbers, and
// the strings), read from the event without touching its lists' strings:
// growing the buffer once to the size of a chunk saves copying it over and
// over as it grows.
func eventSize(e *model.Event) int {
	return 300 + len(e.Text) + len(e.Summary) + len(e.Section) + len(e.Source) +
		32*(len(e.People)+len(e.Places)+len(e.Orgs)) + 16*len(e.Citations)
}

// warm reads the first and last bytes of the strings of the events idx and
// returns them xored. An event's strings are scattered over the article and
// the heap, so nearly each is a cache miss when the encoder gets to it, and
// the encoder waits for them one after another. Reading them in one tight
// loop first lets the CPU wait for many misses at once: it takes the
// encoding of a large timeline down by about a third. The groups are small
// enough to stay in the L1 cache until they are encoded.
func warm(events []model.Event, idx []int) (x byte) {
	for _, i := range idx {
		e := &events[i]
		x ^= touch(e.Text) ^ touch(e.Summary) ^ touch(e.Section)
		for _, s := range e.People {
			x ^= touch(s)
		}
		for _, s := range e.Places {
			x ^= touch(s)
		}
		for _, s := range e.Orgs {
			x ^= touch(s)
		}
	}
	return x
}

const warmGroup = 16 // events warmed at a time

// warmSink takes what warm read, so that the compiler keeps the reads.
var warmSink atomic.Uint32

// touch reads the ends of s; the lines between, if any, the CPU fetches on
// its own (reading each measured slower).
func touch(s string) (x byte) {
	if len(s) > 0 {
		x ^= s[0] ^ s[len(s)-1]
	}
	return x
}

// appendLinks writes an event's "links", when it has any.
func appendLinks(b []byte, links []model.Link) []byte {
	if len(links) == 0 {
		return b
	}
	b = append(b, ",\n   \"links\": ["...)
	for i, l := range links {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\"title\": "...)
		b = appendJSONString(b, l.Title)
		b = append(b, ", \"lang\": "...)
		b = appendJSONString(b, l.Lang)
		b = append(b, ", \"text\": "...)
		b = append(appendJSONString(b, l.Text), '}')
	}
	return append(b, "\n   ]"...)
}
