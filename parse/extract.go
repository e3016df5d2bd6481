package parse

import (
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// Extract finds the dated events of a Doc.
func Extract(doc *markup.Doc, source string) *model.Timeline {
	t := &model.Timeline{Title: doc.Title, Source: source, References: doc.References}
	return t
}
