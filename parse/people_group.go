package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
	"github.com/annals-tui/annals/parse/markup"
)

// An article about a band or a duo is about its members: "In 2002, they
// recorded the song" and "Antique disbanded in late 2003" are events of
// the people its lead names ("Antique was a duo consisting of Elena
// Paparizou and Nikos Panagiotidis").

// group is the band an article is about, and its members.
type group struct {
	name    string
	key     string // the word of the name a sentence shows it by: "Beatles" of "The Beatles"
	members []string
}

var (
	groupNouns = en.Pack.GroupNouns // duo, band: the lead's word for the group
	groupRefs  = en.Pack.GroupRefs  // they, the duo: what names the group later
)

// findGroup reads a band's members from the first sentence of the lead,
// when the article has no person for its subject: the people named after
// its group noun ("a singing duo consisting of A and B").
func findGroup(doc *markup.Doc, links linkSet) group {
	if links.subject != "" {
		return group{}
	}
	return leadOfGroup(doc, links)
}

// leadOfGroup is the group the first paragraph of the lead introduces.
func leadOfGroup(doc *markup.Doc, links linkSet) group {
	for i, b := range doc.Blocks {
		if i > 8 {
			break
		}
		if b.Kind != markup.Paragraph || strings.HasPrefix(b.Text, "|") || strings.HasPrefix(b.Text, "{") {
			continue
		}
		return leadGroup(b.Text, doc.Lead, links)
	}
	return group{}
}

// leadGroup reads the group out of a lead paragraph's first sentence.
func leadGroup(para, name string, links linkSet) group {
	first, ok := firstSentence(para)
	if !ok {
		return group{}
	}
	text := stripMarkers(para[first.start:first.end], hasLooseSpace(para))
	toks := tokenize(text, nil)
	noun := -1
	for i := range toks {
		if groupNouns[toks[i].text] {
			noun = toks[i].end
			break
		}
	}
	if noun < 0 || noun > 200 {
		return group{}
	}
	g := group{name: name}
	for _, w := range strings.Fields(name) {
		if lookupKinds(w)&kOpener == 0 {
			g.key = w
			break
		}
	}
	for _, m := range newEntityFinder(links).find(text, toks) {
		if m.kind == model.Person && m.start > noun {
			g.members = append(g.members, m.name)
		}
	}
	if len(g.members) < 2 || len(g.members) > 6 {
		return group{}
	}
	return g
}

// referGroup adds the members of the article's band to a sentence that
// names no person but names the band: by its name, "they", "the duo".
func (f *entityFinder) referGroup(toks []token, out mentions) mentions {
	g := f.links.group
	if len(g.members) == 0 {
		return out
	}
	for _, m := range out {
		if m.kind == model.Person && m.name != g.name {
			return out
		}
	}
	for i := range toks {
		t := &toks[i]
		if groupRefs[strings.ToLower(t.text)] || t.upper && g.key != "" && strings.TrimSuffix(t.text, "'s") == g.key {
			out = slices.DeleteFunc(out, func(m mention) bool { return m.name == g.name }) // the band, not a person
			for _, who := range g.members {
				out = addPerson(out, who, *t)
			}
			return out
		}
	}
	return out
}
