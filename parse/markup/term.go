package markup

import "strings"

// termLead is a definition-list term (a <dt>, a wikitext ";" line) waiting
// for the description after it. A timeline written as "; 24 November 1995"
// then ": HTML 2.0 was published" reads as one statement, so the term leads
// the description's block ("24 November 1995: HTML 2.0 was published").
type termLead struct {
	text   string
	offset int
	held   bool
}

// hold keeps a term for the next block; a term already held, with no
// description of its own, becomes a block by itself.
func (t *termLead) hold(blocks *[]Block, text string, offset int) {
	t.drop(blocks)
	t.text, t.offset, t.held = text, offset, true
}

// join puts the held term, if any, before text.
func (t *termLead) join(text string, offset int) (string, int) {
	if !t.held {
		return text, offset
	}
	t.held = false
	sep := ": "
	if strings.HasSuffix(t.text, ":") || strings.HasSuffix(t.text, ".") {
		sep = " "
	}
	return t.text + sep + text, t.offset
}

// drop keeps a held term that no description followed as a block of its own.
func (t *termLead) drop(blocks *[]Block) {
	if t.held {
		t.held = false
		*blocks = append(*blocks, Block{Kind: Paragraph, Text: t.text, Offset: t.offset})
	}
}
