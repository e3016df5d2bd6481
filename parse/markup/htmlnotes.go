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
	nums := map[string]int{}
	var groups []string
	seen := map[string]bool{}
	maxMain := 0
	each(body, func(n *html.Node) {
		if !isCitation(n) {
			return
		}
		id, label := noteLink(n)
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		if k, err := strconv.Atoi(label); err == nil && k > 0 {
			nums[id] = k
			maxMain = max(maxMain, k)
		} else {
			groups = append(groups, id)
		}
	})
	each(body, func(n *html.Node) {
		if n.DataAtom != atom.Ol || !hasClass(n, "references") {
			return
		}
		lis := noteItems(n)
		main := attr(n, "data-mw-group") == ""
		for _, li := range lis {
			if _, ok := nums[attr(li, "id")]; ok {
				main = true
				break
			}
			if seen[attr(li, "id")] {
				main = false
			}
		}
		for i, li := range lis {
			id := attr(li, "id")
			switch {
			case seen[id]:
			case main:
				k := i + 1
				if v, err := strconv.Atoi(attr(li, "data-mw-footnote-number")); err == nil && v > 0 {
					k = v
				}
				nums[id] = k
				maxMain = max(maxMain, k)
			default:
				groups = append(groups, id)
			}
			seen[id] = true
		}
	})
	for i, id := range groups {
		nums[id] = maxMain + i + 1
	}
	return nums
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
