package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
)

// longSentence is the longest sentence an event carries whole as its text.
// A longer one (a list glued into one line, text that never ends a
// sentence: up to maxSentenceBytes) gives each of its events a window around
// the clause of its date instead, so that what the events hold and what an
// export writes stays proportional to the article, however many dates the
// sentence holds. The sentence itself is read whole for the summary and the
// names near each date. Ordinary prose has no sentence near this long.
const longSentence = 1 << 10

// windowBytes is the most an event's window holds around its clause, before
// the ellipses that say it was cut.
const windowBytes = 320

// windowBefore is how much of the clause before its date a window starts at,
// when the clause is too long to be the window.
const windowBefore = windowBytes / 4

// eventWindows cuts the windows of one long sentence. Each window is written
// once and shared by the events whose phrase it holds: a sentence of n bytes
// makes windows of about n bytes in all, whatever its number of dates.
type eventWindows struct {
	text     string // the sentence
	from, to int    // the last window, text[from:to]
	window   string // the last window as events hold it, with its ellipses
}

// reset readies the windows of a new sentence.
func (w *eventWindows) reset(text string) { *w = eventWindows{text: text} }

// around is the text of the event whose date stands at text[d.start:d.end]
// inside the clause text[cs:ce], and the date's place in it.
func (w *eventWindows) around(cs, ce int, d dateMatch) (string, model.Span) {
	if w.window == "" || d.start < w.from || d.end > w.to {
		w.cut(cs, ce, d)
	}
	shift := w.from - len(w.ellipsisBefore())
	return w.window, model.Span{Start: d.start - shift, End: d.end - shift}
}

// cut makes the window of a date: its whole clause when that is short, or
// else windowBytes of it that start a little before the date, at word edges.
func (w *eventWindows) cut(cs, ce int, d dateMatch) {
	text := w.text
	from, to := min(cs, d.start), max(ce, d.end)
	if to-from > windowBytes {
		from = max(from, d.start-windowBefore)
		to = min(to, max(from+windowBytes, d.end))
		from = wordStartFrom(text, from, d.start)
		to = wordEndBefore(text, to, d.end)
	}
	for from < d.start && text[from] == ' ' {
		from++
	}
	for to > d.end && text[to-1] == ' ' {
		to--
	}
	w.from, w.to = from, to
	var b strings.Builder
	b.Grow(to - from + 2*len("…"))
	b.WriteString(w.ellipsisBefore())
	b.WriteString(text[from:to])
	if to < len(text) {
		b.WriteString("…")
	}
	w.window = b.String()
}

func (w *eventWindows) ellipsisBefore() string {
	if w.from > 0 {
		return "…"
	}
	return ""
}

// wordStartFrom moves i forward to the start of a word, no further than
// limit: a window opens at a word, not inside one.
func wordStartFrom(s string, i, limit int) int {
	if i == 0 || s[i-1] == ' ' {
		return i
	}
	if sp := strings.IndexByte(s[i:limit], ' '); sp >= 0 {
		return i + sp + 1
	}
	for i < limit && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// wordEndBefore moves i back to the end of a word, no further than limit.
func wordEndBefore(s string, i, limit int) int {
	if i == len(s) || s[i] == ' ' {
		return i
	}
	if sp := strings.LastIndexByte(s[limit:i], ' '); sp >= 0 {
		return limit + sp
	}
	for i > limit && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
