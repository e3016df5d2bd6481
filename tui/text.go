package tui

import (
	"github.com/annals-tui/annals/internal/textsafe"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

// clean makes text from the article safe to draw on one line, by the one
// rule of internal/textsafe: escape sequences, controls and bidi controls
// go, line breaks and tabs become spaces, invalid UTF-8 becomes U+FFFD.
func clean(s string) string { return textsafe.Line(s) }

func isBidiControl(r rune) bool { return textsafe.IsBidi(r) }

// cleanJoin cleans each name and joins them with a comma.
func cleanJoin(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return clean(names[0])
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = clean(n)
	}
	return strings.Join(parts, ", ")
}

// seg is a run of plain text drawn in one style.
type seg struct {
	text  string
	style lipgloss.Style
}

// renderSegs draws segments on one line exactly width cells wide: it cuts the
// line with an ellipsis when it is too long and pads it with fill when short.
func renderSegs(segs []seg, width int, fill lipgloss.Style) string {
	if width <= 0 {
		return ""
	}
	room := width
	if cutAtWordJoin(segs, width) {
		room = width - 1 // keep the last cell for the ellipsis
	}
	var b strings.Builder
	used := 0
	for k, s := range segs {
		w := ansi.StringWidth(s.text)
		if used+w > room {
			if k > 0 && room-used <= 1 && strings.HasSuffix(segs[k-1].text, "…") {
				break // the text before already ends in an ellipsis
			}
			var cut string
			switch {
			case room < width && used == room:
				// the cut falls between two styles of one word: the
				// ellipsis follows the text it ends
				s, cut = segs[k-1], "…"
			case room < width:
				cut = ansi.Truncate(s.text, room-used, "") + "…"
			default:
				cut = ansi.Truncate(s.text, room-used, "…")
			}
			// text that already ends in an ellipsis keeps one: "was an…", not "was an……"
			if strings.HasSuffix(cut, "……") {
				cut = strings.TrimSuffix(cut, "…")
			}
			b.WriteString(s.style.Render(cut))
			used += ansi.StringWidth(cut)
			break
		}
		b.WriteString(s.style.Render(s.text))
		used += w
	}
	if used < width {
		b.WriteString(fill.Render(strings.Repeat(" ", width-used)))
	}
	return b.String()
}

// cutAtWordJoin reports whether segments too wide for width fill it exactly
// up to a segment that goes on with the same word (a search match inside a
// word: "securi|t|y"). Cut there, the line would lose its ellipsis; a cut
// before a space (the gap before the next column) needs none.
func cutAtWordJoin(segs []seg, width int) bool {
	used := 0
	for k, s := range segs {
		if used == width && k > 0 && s.text != "" {
			prev := segs[k-1].text
			return prev != "" && prev[len(prev)-1] != ' ' && s.text[0] != ' '
		}
		used += ansi.StringWidth(s.text)
		if used > width {
			return false
		}
	}
	return false
}

// highlight splits s into segments, the parts that contain one of the
// (lower-case) words drawn with hl and the rest with base.
func highlight(s string, words []string, base, hl lipgloss.Style) []seg {
	if len(words) == 0 || s == "" {
		return []seg{{s, base}}
	}
	// Fold s as search does (case and accents: "kioping" marks "Kiöping"),
	// keeping where each folded byte came from.
	folded := make([]byte, 0, len(s))
	from := make([]int, 0, len(s)+1)
	for i, r := range s {
		n := len(folded)
		folded = utf8.AppendRune(folded, model.FoldRune(r))
		for range len(folded) - n {
			from = append(from, i)
		}
	}
	from = append(from, len(s))
	lower := string(folded)
	marks := make([]bool, len(s))
	found := false
	for _, w := range words {
		for at := 0; w != "" && at < len(lower); {
			i := strings.Index(lower[at:], w)
			if i < 0 {
				break
			}
			start, end := from[at+i], from[at+i+len(w)]
			if end == start || at+i+len(w) < len(from)-1 && from[at+i+len(w)] == from[at+i+len(w)-1] {
				end = nextRune(s, from[at+i+len(w)-1])
			}
			for j := start; j < end; j++ {
				marks[j] = true
			}
			found = true
			at += i + len(w)
		}
	}
	if !found {
		return []seg{{s, base}}
	}
	return runs(s, marks, base, hl)
}

// nextRune is the byte after the character at i.
func nextRune(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + max(1, n)
}

func runs(s string, marks []bool, base, hl lipgloss.Style) []seg {
	var out []seg
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || marks[i] != marks[start] {
			st := base
			if marks[start] {
				st = hl
			}
			out = append(out, seg{s[start:i], st})
			start = i
		}
	}
	return out
}

// fitBlock makes s exactly w cells wide and h lines high: long lines are
// cut, short ones padded, missing lines added and extra ones dropped.
func fitBlock(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	blank := strings.Repeat(" ", w)
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		switch {
		case lw > w:
			lines[i] = ansi.Truncate(l, w, "")
			if pad := w - ansi.StringWidth(lines[i]); pad > 0 {
				lines[i] += blank[:pad]
			}
		case lw < w:
			lines[i] = l + blank[:w-lw]
		}
	}
	for len(lines) < h {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}

// wrapSegs word-wraps styled segments into lines at most w cells wide; each
// line is styled on its own, so no style runs over a line break. A word is
// a run of non-spaces even where its letters change style (a search match
// inside a word): it is never broken unless it is longer than a line, and
// then it is cut.
func wrapSegs(segs []seg, w int) []string {
	if w <= 0 {
		return nil
	}
	var lines []string
	var cur []seg
	used := 0
	flush := func() {
		lines = append(lines, renderLine(cur))
		cur, used = nil, 0
	}
	for _, word := range styledWords(segs) {
		tw := segsWidth(word)
		space := word[0].text[0] == ' '
		switch {
		case space && used == 0 && len(lines) > 0: // no spaces at the start of a wrapped line
			continue
		case used+tw <= w:
		case space:
			flush()
			continue
		default:
			if used > 0 {
				flush()
			}
			for segsWidth(word) > w {
				var line []seg
				line, word = cutSegs(word, w)
				cur = line
				flush()
			}
			tw = segsWidth(word)
		}
		cur = append(cur, word...)
		used += tw
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// styledWords cuts segments into words and runs of spaces, each a list of
// the styled pieces it is made of.
func styledWords(segs []seg) [][]seg {
	var out [][]seg
	lastSpace := false
	for _, s := range segs {
		for _, tok := range splitWords(s.text) {
			isSpace := tok[0] == ' '
			if len(out) > 0 && isSpace == lastSpace {
				out[len(out)-1] = append(out[len(out)-1], seg{tok, s.style}) // the word goes on in another style
			} else {
				out = append(out, []seg{{tok, s.style}})
			}
			lastSpace = isSpace
		}
	}
	return out
}

func segsWidth(segs []seg) int {
	w := 0
	for _, s := range segs {
		w += ansi.StringWidth(s.text)
	}
	return w
}

// cutSegs splits a word's pieces after its first w cells (at least one
// character, so that a character wider than w still moves on).
func cutSegs(word []seg, w int) (head, rest []seg) {
	used := 0
	for k, s := range word {
		sw := ansi.StringWidth(s.text)
		if used+sw <= w {
			head = append(head, s)
			used += sw
			continue
		}
		part := ansi.Truncate(s.text, w-used, "")
		if part == "" && len(head) == 0 {
			_, n := utf8.DecodeRuneInString(s.text)
			part = s.text[:n]
		}
		if part != "" {
			head = append(head, seg{part, s.style})
		}
		rest = append([]seg{{s.text[len(part):], s.style}}, word[k+1:]...)
		return head, rest
	}
	return head, nil
}

func renderLine(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.style.Render(s.text))
	}
	return b.String()
}

// splitWords cuts s into alternating runs of spaces and non-spaces.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || (s[i] == ' ') != (s[start] == ' ') {
			out = append(out, s[start:i])
			start = i
		}
	}
	return out
}
