// Package markup reads an article in one of the formats annals knows (plain
// text, MediaWiki wikitext, Wikipedia HTML, Markdown) and reduces it to a Doc:
// the article's prose as headings and paragraphs, with citations as [n]
// markers, plus its references and linked names. Finding dates and events in
// a Doc is package parse's job, the same whatever the format was.
package markup

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/annals-tui/annals/model"
)

// BlockKind tells headings from prose.
type BlockKind uint8

// The kinds of block a reader produces.
const (
	Paragraph BlockKind = iota
	Heading
)

// Block is one heading or paragraph of prose. Text holds citations as [n]
// markers, whatever the format wrote them as.
type Block struct {
	Kind   BlockKind
	Level  int    // heading level: 1 for "= Title =", 2 for "== Section ==", ...
	Text   string // plain text: no markup, no control characters
	Offset int    // byte offset of the block in the original source
}

// Link is one link a block shows: the linked page's title and the text the
// reader sees for it.
type Link struct{ Title, Text string }

// Doc is an article reduced to what extraction needs.
type Doc struct {
	Title      string
	Lead       string // the bold name the lead opens with (wikitext), the article's subject when a person
	Blocks     []Block
	References []model.Reference // by N, as the article numbers them
	// Links are the titles of the article's linked pages ("Zhu Rongji",
	// "Brussels"): names of the people, places and organisations it mentions.
	Links []string
	// Shown are the links the prose shows, with the text shown for them
	// ([[Jacques Brotchi|Brotchi]]), in order (wikitext and HTML).
	Shown []Link
	// Lang is the language the page says it is in (HTML's lang attribute:
	// "fr", "de-CH"), "" when it says none.
	Lang string
	// Italics are the texts the prose sets in italics (wikitext ''…'',
	// HTML <i> and <cite>): titles of works, ships, foreign words, never
	// a person's name; in order, once each.
	Italics []string
}

// noteItalic adds the text of an italic span to doc.Italics: cleaned, and
// only when it is the length of a title.
func (doc *Doc) noteItalic(text string, seen map[string]bool) {
	text = strings.Join(strings.Fields(cleanProse(stripMarkers(text))), " ")
	if len(text) < 3 || len(text) > maxItalic || seen[text] {
		return
	}
	seen[text] = true
	doc.Italics = append(doc.Italics, text)
}

// maxItalic is the longest italic span read as a title: longer ones are
// quotations or whole sentences in another language.
const maxItalic = 120

// Format is an input format.
type Format string

// The formats annals reads.
const (
	Auto     Format = ""
	Text     Format = "text"
	Wikitext Format = "wikitext"
	HTML     Format = "html"
	Markdown Format = "markdown"
)

// FromPath picks a format from a file name's extension, or Auto. The
// extension is only a hint (see Resolve): a page saved as ".txt" that holds
// HTML or wikitext is read as what it holds.
func FromPath(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return Text
	case ".wiki", ".wikitext", ".mediawiki":
		return Wikitext
	case ".html", ".htm":
		return HTML
	case ".md", ".markdown":
		return Markdown
	}
	return Auto
}

// Resolve picks the format to read src as: what the content is, whatever
// the file is called; hint (from the name) decides only content with no
// marks of any format, which Detect calls plain text.
func Resolve(src []byte, hint Format) Format {
	if f := Detect(src); f != Text || hint == Auto {
		return f
	}
	return hint
}

// Read turns source bytes of a format into a Doc; Auto detects the format
// from the content. The Doc may share src's memory (plain text does): src
// must not change after.
func Read(src []byte, format Format) (*Doc, error) {
	src = Sanitize(src)
	if format == Auto {
		format = Detect(src)
	}
	switch format {
	case Text:
		return ReadText(src), nil
	case Wikitext:
		return ReadWikitext(src), nil
	case HTML:
		return ReadHTML(src)
	case Markdown:
		return ReadMarkdown(src), nil
	}
	return nil, fmt.Errorf("format %q is not supported (want text, wikitext, html or markdown)", format)
}
