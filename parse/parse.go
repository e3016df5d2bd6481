// Package parse turns article bytes into a model.Timeline: it reads the
// format (package markup), splits the prose into sentences, finds every dated
// statement at the precision the text gives, and attaches people, places,
// organisations and citations to each event.
package parse

import (
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// Options tune Parse.
type Options struct {
	Source string        // label for the timeline's and events' Source: a path, "-", wiki:TITLE
	Format markup.Format // markup.Auto: from the content, Source's extension a hint
	Lang   string        // "en", "fr", "nl", "de", "zh": the article's language, not detected; "": detected
	// ChunkBytes is the least prose a chunk read on a core of its own
	// holds; 0 is a megabyte. Tests make it small to cut small articles.
	ChunkBytes int
}

// Parse reads an article in any supported format and returns its timeline.
// The timeline's text may share src's memory: src must not change after.
func Parse(src []byte, opts Options) (*model.Timeline, error) {
	format := opts.Format
	if format == markup.Auto {
		format = markup.Resolve(src, markup.FromPath(opts.Source))
	}
	doc, err := markup.Read(src, format)
	if err != nil {
		return nil, err
	}
	return extract(doc, opts), nil
}
