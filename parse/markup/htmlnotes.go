package markup

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The footnote markers of a saved page and the notes they point to.

// isCitation reports whether an element is a citation: <sup class="reference">
// (Parsoid: "mw-ref reference").
func isCitation(n *html.Node) bool {
	return n.DataAtom == atom.Sup &&
		(hasClass(n, "reference") || hasClass(n, "mw-ref") || strings.HasPrefix(attr(n, "id"), "cite_ref-"))
}

// noteTarget returns the id of the note a citation points to, and its label.
func noteTarget(sup *html.Node) string {
	id, _ := noteLink(sup)
	return id
}

func noteLink(sup *html.Node) (id, label string) {
	a := find(sup, func(n *html.Node) bool {
		return n.DataAtom == atom.A && strings.Contains(attr(n, "href"), "#cite_note-")
	})
	if a == nil {
		return "", ""
	}
	href := attr(a, "href")
	id = href[strings.Index(href, "#")+1:]
	if u, err := url.PathUnescape(id); err == nil {
		id = u
	}
	label = strings.Trim(strings.TrimSpace(textOf(a)), "[] \u00a0")
	return id, label
}

// numberNotes gives each note (cite_note-*) its reference number: the main
// group's number as the page shows it, then the grouped notes ([a], [note
// 1]) after the main references, in order of first use.
func numberNotes(body *html.Node) map[string]int {
	t := newNoteTally()
	t.cites(body)
	t.lists(body)
	return t.numbers()
}

// noteTally gathers what numberNotes reads of a page, which may come in
// pieces: every citation first, in order (numbered as they come), then
// every reference list (kept, to be numbered once all citations are in).
type noteTally struct {
	nums    map[string]int
	seen    map[string]bool
	groups  []string
	maxMain int
	refs    []noteList
}

// noteList is what numbering reads of one reference list.
type noteList struct {
	grouped bool // it has a data-mw-group
	ids     []string
	numbers []string // data-mw-footnote-number, per item
}

func newNoteTally() *noteTally {
	return &noteTally{nums: map[string]int{}, seen: map[string]bool{}}
}

func (t *noteTally) cites(body *html.Node) {
	each(body, func(n *html.Node) {
		if !isCitation(n) {
			return
		}
		id, label := noteLink(n)
		if id == "" || t.seen[id] {
			return
		}
		t.seen[id] = true
		if k, err := strconv.Atoi(label); err == nil && k > 0 {
			t.nums[id] = k
			t.maxMain = max(t.maxMain, k)
		} else {
			t.groups = append(t.groups, id)
		}
	})
}

func (t *noteTally) lists(body *html.Node) {
	each(body, func(n *html.Node) {
		if n.DataAtom != atom.Ol || !hasClass(n, "references") {
			return
		}
		l := noteList{grouped: attr(n, "data-mw-group") != ""}
		for _, li := range noteItems(n) {
			l.ids = append(l.ids, attr(li, "id"))
			l.numbers = append(l.numbers, attr(li, "data-mw-footnote-number"))
		}
		t.refs = append(t.refs, l)
	})
}

// numbers numbers the notes of the reference lists, once every citation
// has been seen.
func (t *noteTally) numbers() map[string]int {
	for _, l := range t.refs {
		t.numberList(l)
	}
	for i, id := range t.groups {
		t.nums[id] = t.maxMain + i + 1
	}
	return t.nums
}

func (t *noteTally) numberList(l noteList) {
	main := !l.grouped
	for _, id := range l.ids {
		if _, ok := t.nums[id]; ok {
			main = true
			break
		}
		if t.seen[id] {
			main = false
		}
	}
	for i, id := range l.ids {
		switch {
		case t.seen[id]:
		case main:
			k := i + 1
			if v, err := strconv.Atoi(l.numbers[i]); err == nil && v > 0 {
				k = v
			}
			t.nums[id] = k
			t.maxMain = max(t.maxMain, k)
		default:
			t.groups = append(t.groups, id)
		}
		t.seen[id] = true
	}
}

func noteItems(ol *html.Node) []*html.Node {
	var lis []*html.Node
	for c := ol.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Li && strings.HasPrefix(attr(c, "id"), "cite_note-") {
			lis = append(lis, c)
		}
	}
	return lis
}
