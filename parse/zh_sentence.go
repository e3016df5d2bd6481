package parse

import (
	"strings"
	"unicode/utf8"
)

// zhStops end a Chinese sentence.
const zhStops = "。！？"

// splitZhSentences cuts a Chinese paragraph at 。！？ (and at ASCII ! ? that
// the page uses for them). The [n] markers right before or after the stop,
// and closing quotes after it, belong to the sentence. Appended to dst[:0].
func splitZhSentences(p string, dst []sentence) []sentence {
	out := dst[:0]
	start := 0
	for i := 0; i < len(p); {
		if i-start > maxSentenceBytes { // text that never ends a sentence: sentence.go
			out, start = cutLong(p, start, out)
			continue
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		if !strings.ContainsRune(zhStops, r) && r != '!' && r != '?' {
			i += size
			continue
		}
		end := i + size
		for _, q := range []string{"”", "」", "』", "\"", ")", "）"} {
			if strings.HasPrefix(p[end:], q) {
				end += len(q)
			}
		}
		cites, after := markersAt(p, end)
		cites = append(markersBefore(p, start, i), cites...)
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, sentence{start: start, end: end, citations: cites})
		}
		start, i = after, after
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, sentence{start: start, end: len(strings.TrimRight(p, " \t\n"))})
	}
	return out
}

// stripZhMarkers drops the [n] markers of a Chinese sentence without
// putting white space where they were (Chinese has none between words).
func stripZhMarkers(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '[') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if _, e, ok := citationAt(s, i); ok {
			i = e
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return strings.TrimSpace(b.String())
}
