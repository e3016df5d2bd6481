package markup

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/annals-tui/annals/model"
)

// ReadHTML reads a Wikipedia article as HTML: a page saved from a browser
// (the legacy parser's output inside the skin) or Parsoid's HTML (the REST
// API's /html). Only the article body counts (.mw-parser-output, or
// Parsoid's body): navigation, footers, edit links, infoboxes and other
// tables, figures and captions, hatnotes, navboxes and hidden maintenance
// text are dropped. Citations (sup.reference) become [n] markers and the
// reference lists (ol.references) give the references, with the fields of
// each citation template where the page carries them (Parsoid's data-mw, or
// the COinS metadata of the legacy output).
func ReadHTML(src []byte) (*Doc, error) {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("read html: %w", err)
	}
	r := &htmlReader{doc: &Doc{}, links: map[string]bool{}}
	r.offsets = nodeOffsets(root, tagOffsets(src))
	r.doc.Title = pageTitle(root)
	r.doc.Lang = pageLang(root)
	body := articleBody(root)
	r.notes = numberNotes(body)
	r.walk(body)
	r.flush()
	r.terms.drop(&r.doc.Blocks)
	r.doc.References = references(body, r.notes)
	return r.doc, nil
}

type htmlReader struct {
	doc       *Doc
	offsets   map[*html.Node]int
	notes     map[string]int // cite_note id -> reference number
	links     map[string]bool
	buf       strings.Builder
	terms     termLead
	cell      int // > 0 while reading a table cell
	offset    int // of the block being read
	tailLevel int // > 0 inside a reference list or other tail section of that level
}

func (r *htmlReader) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

func (r *htmlReader) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if r.tailLevel == 0 {
			r.buf.WriteString(n.Data)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipElement(n) {
		return
	}
	switch {
	case headingLevel(n) > 0:
		r.flush()
		r.heading(n, headingLevel(n))
	case isCitation(n):
		if num := r.notes[noteTarget(n)]; num > 0 && r.tailLevel == 0 {
			r.buf.WriteString("[" + strconv.Itoa(num) + "]")
		}
	case n.DataAtom == atom.Br:
		r.buf.WriteByte(' ')
	case n.DataAtom == atom.Table:
		if r.cell == 0 {
			r.flush()
			r.table(n)
		}
	case n.DataAtom == atom.Dt && r.cell == 0:
		r.flush()
		r.setOffset(n)
		r.walk(n)
		r.term()
	case blockElements[n.DataAtom]:
		r.flush()
		if off, ok := r.offsets[n]; ok {
			r.offset = off
		}
		r.walk(n)
		r.flush()
	default:
		title, start := "", r.buf.Len()
		if n.DataAtom == atom.A && r.tailLevel == 0 {
			title = r.addLink(n)
		}
		r.walk(n)
		if title != "" {
			r.doc.Shown = append(r.doc.Shown, Link{Title: title, Text: r.buf.String()[start:]})
		}
	}
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dd: true, atom.Dt: true, atom.Blockquote: true, atom.Center: true,
	atom.Article: true, atom.Main: true, atom.Body: true, atom.Hr: true, atom.Pre: true,
	atom.Details: true, atom.Summary: true, atom.Address: true, atom.Figure: true, atom.Figcaption: true,
}

func (r *htmlReader) flush() {
	if r.cell > 0 { // blocks inside a table cell run together
		r.buf.WriteByte(' ')
		return
	}
	text := cleanProse(r.buf.String())
	r.buf.Reset()
	if text != "" && r.tailLevel == 0 {
		text, off := r.terms.join(text, r.offset)
		r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Paragraph, Text: text, Offset: off})
	}
}

// term holds a <dt> ("24 November 1995") as the lead of the description
// that follows it, as a reader reads a timeline of dt/dd pairs.
func (r *htmlReader) term() {
	text := cleanProse(r.buf.String())
	r.buf.Reset()
	if text != "" && r.tailLevel == 0 {
		r.terms.hold(&r.doc.Blocks, text, r.offset)
	}
}

func (r *htmlReader) setOffset(n *html.Node) {
	if off, ok := r.offsets[n]; ok {
		r.offset = off
	}
}

func (r *htmlReader) heading(n *html.Node, level int) {
	text := cleanProse(textOf(n))
	if text == "" {
		return
	}
	switch {
	case isTailSection(text):
		r.tailLevel = level
		return
	case r.tailLevel > 0 && level > r.tailLevel:
		return // a part of the reference list
	}
	r.tailLevel = 0
	r.terms.drop(&r.doc.Blocks)
	off := r.offset
	if o, ok := r.offsets[n]; ok {
		off, r.offset = o, o
	}
	r.doc.Blocks = append(r.doc.Blocks, Block{Kind: Heading, Level: level, Text: text, Offset: off})
}

func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// addLink records the title of a linked article: /wiki/Title in the legacy
// output, ./Title in Parsoid's, a red link's title= otherwise. It returns
// the title, "" when the link is to no article.
func (r *htmlReader) addLink(a *html.Node) string {
	title := linkTitle(attr(a, "href"))
	if title != "" && !r.links[title] {
		r.links[title] = true
		r.doc.Links = append(r.doc.Links, title)
	}
	return title
}

func linkTitle(href string) string {
	var raw string
	switch {
	case strings.HasPrefix(href, "./"):
		raw = href[2:]
	case strings.Contains(href, "/wiki/") && (strings.HasPrefix(href, "/wiki/") || strings.Contains(href, ".wikipedia.org/wiki/")):
		raw = href[strings.Index(href, "/wiki/")+len("/wiki/"):]
	case strings.Contains(href, "redlink=1"):
		u, err := url.Parse(href)
		if err != nil {
			return ""
		}
		return titleFromPath(u.Query().Get("title"))
	default:
		return ""
	}
	if i := strings.IndexAny(raw, "#?"); i >= 0 {
		raw = raw[:i]
	}
	if p, err := url.PathUnescape(raw); err == nil {
		raw = p
	}
	return titleFromPath(raw)
}

func titleFromPath(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	if ns, _, ok := strings.Cut(s, ":"); ok && linkNamespaces[strings.ToLower(ns)] {
		return ""
	}
	return cleanProse(s)
}

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
	if h := find(root, func(n *html.Node) bool { return attr(n, "id") == "firstHeading" }); h != nil {
		if t := cleanProse(textOf(h)); t != "" {
			return t
		}
	}
	t := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Title })
	if t == nil {
		return ""
	}
	title := cleanProse(textOf(t))
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
	out := map[*html.Node]int{}
	seen := map[string]int{}
	each(root, func(n *html.Node) {
		if !offsetTags[n.Data] {
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
	var refs []model.Reference
	done := map[int]bool{}
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
	sortReferences(refs)
	return refs
}
