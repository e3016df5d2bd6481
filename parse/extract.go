package parse

import (
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// Extract finds the dated events of a Doc: every date expression in every
// sentence of its prose becomes an event, with the sentence as its text, the
// people, places and organisations near the date, the citations that follow
// the sentence, and the heading it sits under.
func Extract(doc *markup.Doc, source string) *model.Timeline {
	t := &model.Timeline{Title: doc.Title, Source: source, References: doc.References}
	ents := newEntityFinder(doc.Links)
	var (
		anchor  model.Date // the latest date stated so far, for "that year"
		section string
		toks    []token
		id      int
	)
	for _, b := range doc.Blocks {
		if b.Kind == markup.Heading {
			section = b.Text
			continue
		}
		for _, sn := range splitSentences(b.Text) {
			text := stripMarkers(b.Text[sn.start:sn.end])
			if text == "" {
				continue
			}
			toks = tokenize(text, toks)
			dates := findDates(text, toks, anchor)
			if len(dates) == 0 {
				ents.observe(text, toks)
				continue
			}
			mentions := ents.find(text, toks)
			for k, dm := range dates {
				if !dm.relative {
					anchor = dm.date
				}
				id++
				e := model.Event{
					ID:        id,
					Date:      dm.date,
					Text:      text,
					Summary:   summarize(text, dm.start, dm.end),
					Citations: sn.citations,
					Section:   section,
					Offset:    b.Offset + sn.start,
					Phrase:    model.Span{Start: dm.start, End: dm.end},
				}
				e.People, e.Places, e.Orgs = mentions.near(text, dates, k)
				t.Events = append(t.Events, e)
			}
		}
	}
	t.Sort()
	t.BuildEntities()
	return t
}
