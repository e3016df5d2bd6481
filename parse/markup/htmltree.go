package markup

import (
	"bytes"
	"strings"

	"github.com/annals-tui/annals/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Finding the parts of a saved page, and what the reader asks of its nodes.

// articleBody finds the article's content: .mw-parser-output (Parsoid puts
// the class on body), else #mw-content-text, <main> or the body. Today's
// skin also wraps page indicators (the padlock) in .mw-parser-output: one
// inside an element that is not content does not count.
func articleBody(root *html.Node) *html.Node {
	if n := find(root, func(n *html.Node) bool { return hasClass(n, "mw-parser-output") && !insideSkipped(n) }); n != nil {
		return n
	}
	for _, match := range []func(*html.Node) bool{
		func(n *html.Node) bool { return attr(n, "id") == "mw-content-text" },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Body },
	} {
		if n := find(root, match); n != nil {
			return n
		}
	}
	return root
}

// pageTitle reads the title from h1#firstHeading, or <title> without the
// site's name.
func pageTitle(root *html.Node) string {
	var t pageTitles
	t.see(root, nil)
	return t.title()
}

// pageTitles holds the first h1#firstHeading and the first <title> of a
// page, which may be read in pieces: elements in skip are not the page's.
type pageTitles struct {
	heading, head       string
	hasHeading, hasHead bool
}

func (t *pageTitles) see(root *html.Node, skip map[*html.Node]bool) {
	if !t.hasHeading {
		if h := find(root, func(n *html.Node) bool { return attr(n, "id") == "firstHeading" && !skip[n] }); h != nil {
			t.heading, t.hasHeading = cleanProse(textOf(h)), true
		}
	}
	if !t.hasHead {
		if h := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Title && !skip[n] }); h != nil {
			t.head, t.hasHead = cleanProse(textOf(h)), true
		}
	}
}

func (t *pageTitles) title() string {
	if t.heading != "" {
		return t.heading
	}
	title := t.head
	for _, sep := range []string{" - ", " — ", " – "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.Contains(strings.ToLower(title[i:]), "wiki") {
			return title[:i]
		}
	}
	return title
}

// pageLang is the lang (or xml:lang) attribute of the html element, or
// of the body when the html element has none.
func pageLang(root *html.Node) string {
	for _, a := range []atom.Atom{atom.Html, atom.Body} {
		n := find(root, func(n *html.Node) bool { return n.DataAtom == a })
		if n == nil {
			continue
		}
		for _, at := range n.Attr {
			if (at.Key == "lang" || at.Key == "xml:lang") && strings.TrimSpace(at.Val) != "" {
				return strings.TrimSpace(at.Val)
			}
		}
	}
	return ""
}

// textOf is the text of an element without the parts that are not prose.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Title:
				rec(c)
			case c.Type == html.ElementNode && !skipElement(c):
				if c.DataAtom == atom.Br {
					b.WriteByte(' ')
				}
				rec(c)
			}
		}
	}
	rec(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// find returns the first element under n (n included), in document order,
// that matches.
func find(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match); f != nil {
			return f
		}
	}
	return nil
}

// each calls fn on every element under n, in document order.
func each(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		each(c, fn)
	}
}

// Elements whose byte offsets in the source are tracked, for Block.Offset.
var offsetTags = map[string]bool{
	"p": true, "li": true, "dd": true, "dt": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "div": true, "section": true, "ul": true, "ol": true,
}

// tagOffsets lists the source offsets of the start tags of each tracked
// element, in source order.
func tagOffsets(src []byte) map[string][]int {
	z := html.NewTokenizer(bytes.NewReader(src))
	out := map[string][]int{}
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := len(z.Raw())
		if tt == html.StartTagToken {
			if name, _ := z.TagName(); offsetTags[string(name)] {
				out[string(name)] = append(out[string(name)], off)
			}
		}
		off += raw
	}
}

// nodeOffsets pairs the parsed elements with the start tags' offsets: the
// k-th <p> of the tree is the k-th <p> of the source.
func nodeOffsets(root *html.Node, offsets map[string][]int) map[*html.Node]int {
	return pairOffsets(root, map[string]int{}, offsets, nil)
}

// pairOffsets pairs the elements under root, but those skip names, with
// offsets: seen counts the elements of each name paired before (in the
// pieces before, for a page read in pieces).
func pairOffsets(root *html.Node, seen map[string]int, offsets map[string][]int, skip map[*html.Node]bool) map[*html.Node]int {
	out := map[*html.Node]int{}
	each(root, func(n *html.Node) {
		if !offsetTags[n.Data] || skip[n] {
			return
		}
		k := seen[n.Data]
		seen[n.Data]++
		if list := offsets[n.Data]; k < len(list) {
			out[n] = list[k]
		}
	})
	return out
}

// references reads every numbered note of the reference lists.
func references(body *html.Node, nums map[string]int) []model.Reference {
	refs := noteReferences(nil, body, nums, map[int]bool{})
	sortReferences(refs)
	return refs
}

// noteReferences adds to refs the notes under body not done yet.
func noteReferences(refs []model.Reference, body *html.Node, nums map[string]int, done map[int]bool) []model.Reference {
	each(body, func(n *html.Node) {
		if n.DataAtom != atom.Li || !strings.HasPrefix(attr(n, "id"), "cite_note-") {
			return
		}
		num := nums[attr(n, "id")]
		if num == 0 || done[num] {
			return
		}
		done[num] = true
		refs = append(refs, readNote(n, num))
	})
	return refs
}
