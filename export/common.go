package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"github.com/annals-tui/annals/internal/textsafe"
	"net/url"
	"path"
	"strings"

	"github.com/annals-tui/annals/model"
)

// The parser sanitizes what it reads, but an export must not trust that: a
// control character in a CSV cell, a calendar or a terminal is at best noise
// and at worst an escape sequence that rewrites the screen.

// cleanLine makes s safe for one line of output by the one rule of
// internal/textsafe, and collapses runs of spaces.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(textsafe.Line(s)), " ")
}

// cleanText is cleanLine that keeps line breaks (as "\n") and spacing (a
// tab becomes a space), for formats that can carry a multi-line value.
func cleanText(s string) string {
	return strings.ReplaceAll(textsafe.Text(s), "\t", " ") // a tab is a space to every reader of an export
}

func isClean(s string) bool { return textsafe.IsLine(s) }

func isBidiControl(r rune) bool { return textsafe.IsBidi(r) }

// eventKey is a stable identifier of an event: the same source, date and
// sentence give the same key in every run, whatever the event's position.
func eventKey(e *model.Event) string {
	h := sha256.Sum256([]byte(e.Source + "\x00" + e.Date.EDTF() + "\x00" + e.Text))
	return hex.EncodeToString(h[:10])
}

// eventKeys returns the stable keys of the events idx, made unique by a
// suffix when two events share source, date and sentence.
func eventKeys(t *model.Timeline, idx []int) []string {
	keys := make([]string, len(idx))
	seen := map[string]int{}
	for j, i := range idx {
		k := eventKey(&t.Events[i])
		seen[k]++
		if n := seen[k]; n > 1 {
			k = fmt.Sprintf("%s-%d", k, n)
		}
		keys[j] = k
	}
	return keys
}

// safeURL returns u when it is an absolute http or https URL, and "" for
// anything else (javascript:, data:, relative paths, garbage).
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	if !isClean(u) || strings.ContainsAny(u, " <>\"") {
		return ""
	}
	return u
}

// refURL is the address to follow for a reference: its URL, or else its
// archived copy, and the copy first when the article says the URL is dead.
func refURL(r model.Reference) string {
	c := r.Citation()
	if u := safeURL(c.URL); u != "" && !(c.Dead() && safeURL(c.ArchiveURL) != "") {
		return u
	}
	return safeURL(c.ArchiveURL)
}

// refText describes a reference in one line: "Title. Publisher, Date." with
// as much as the article gives, or its raw text.
func refText(r model.Reference) string {
	c := r.Citation()
	var parts []string
	if s := cleanLine(c.Title); s != "" {
		parts = append(parts, s)
	}
	var pub []string
	for _, s := range []string{c.Publisher, c.Date} {
		if s = cleanLine(s); s != "" {
			pub = append(pub, s)
		}
	}
	if len(pub) > 0 {
		parts = append(parts, strings.Join(pub, ", "))
	}
	if len(parts) == 0 {
		return cleanLine(r.Text)
	}
	s := strings.Join(parts, ". ")
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// citation is one [n] of an event with the reference it points at, if the
// article has it.
type citation struct {
	N   int
	Ref model.Reference
	OK  bool
}

func citations(t *model.Timeline, e *model.Event) []citation {
	out := make([]citation, 0, len(e.Citations))
	for _, n := range e.Citations {
		r, ok := t.Reference(e.Source, n)
		out = append(out, citation{N: n, Ref: r, OK: ok})
	}
	return out
}

// firstURL is the address of the first cited reference that has one.
func firstURL(cs []citation) string {
	for _, c := range cs {
		if c.OK {
			if u := refURL(c.Ref); u != "" {
				return u
			}
		}
	}
	return ""
}

// sourcesOf lists the distinct sources of the events idx in order of first
// appearance.
func sourcesOf(t *model.Timeline, idx []int) []string {
	var out []string
	seen := map[string]bool{}
	for _, i := range idx {
		s := t.Events[i].Source
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// shownSource is a source as a document names it: a file given by its
// absolute path by its name, not the folders it sat in on the machine that
// exported it (they say nothing to a reader and tell where the exporter
// keeps files). Relative paths, web addresses and wiki: titles stay as they
// were given; a list of sources is shortened item by item.
func shownSource(s string) string {
	parts := strings.Split(s, ", ")
	for i, p := range parts {
		if isAbsPath(p) {
			parts[i] = path.Base(strings.ReplaceAll(p, `\`, "/"))
		}
	}
	return strings.Join(parts, ", ")
}

// isAbsPath reports whether p is an absolute path on any system: /x, \\x, C:\x.
func isAbsPath(p string) bool {
	return strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\\`) ||
		len(p) > 2 && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// sourceName is how an event's source is named to a reader: the source it
// came from when several are merged, else the timeline's.
func sourceName(t *model.Timeline, e *model.Event) string {
	if e.Source != "" {
		return e.Source
	}
	return t.Source
}
