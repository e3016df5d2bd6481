package export

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
)

//go:embed html.tmpl
var htmlSource string

// htmlTemplate escapes everything it is given by context (text, attribute,
// URL), so article text can never become markup or script.
var htmlTemplate = template.Must(template.New("page").Parse(htmlSource))

type htmlPage struct {
	Title   string
	Lede    string
	Periods []htmlPeriod
	Sources []htmlSourceRefs
	Multi   bool
}

type htmlPeriod struct {
	Heading, Anchor string
	Events          []htmlEvent
}

type htmlEvent struct {
	ID                    int
	When, Human, Datetime string
	Text                  string
	Meta                  []htmlMeta
	Cites                 []htmlCite
}

// htmlMeta is one labelled line of what an event names: people, places.
type htmlMeta struct{ Label, Value string }

type htmlCite struct {
	N             int
	Anchor, Title string
}

type htmlSourceRefs struct {
	Name string
	Refs []htmlRef
}

type htmlRef struct {
	N            int
	Anchor, Text string
	URL, Archive string
	Known        bool
	CitedBy      []htmlBackref
}

// htmlBackref links a reference back to an event that cites it, by date.
type htmlBackref struct {
	ID   int
	When string
}

// WriteHTML writes one self-contained HTML page of the timeline: inline CSS,
// no scripts, no fonts or images to fetch, so it opens offline and prints
// cleanly. Events sit under year or decade headings with their date, sentence,
// people and places, and numbered links to the sources they cite, which are
// listed at the end with their addresses.
func WriteHTML(w io.Writer, t *model.Timeline, idx []int) error {
	page := htmlPage{Title: cleanLine(t.Title), Lede: fmt.Sprintf("%s from %s", countEvents(len(idx)), cleanLine(shownSource(t.Source)))}
	if page.Title == "" {
		page.Title = "Timeline"
	}
	sources := sourcesOf(t, idx)
	page.Multi = len(sources) > 1
	refs := newHTMLRefs(sources)
	for _, p := range periods(t, idx) {
		hp := htmlPeriod{Heading: p.Heading, Anchor: p.Anchor}
		for _, i := range p.Idx {
			hp.Events = append(hp.Events, htmlEventOf(t, &t.Events[i], refs, page.Multi))
		}
		page.Periods = append(page.Periods, hp)
	}
	page.Sources = refs.list(t)
	return htmlTemplate.Execute(w, page)
}

func htmlEventOf(t *model.Timeline, e *model.Event, refs *htmlRefs, multi bool) htmlEvent {
	d := e.Date
	he := htmlEvent{ID: e.ID, When: d.EDTF(), Human: d.Human(), Datetime: htmlDatetime(d), Text: cleanLine(e.Text)}
	for _, m := range []htmlMeta{
		{"People", joinClean(e.People)}, {"Places", joinClean(e.Places)},
		{"Organisations", joinClean(e.Orgs)}, {"Section", cleanLine(e.Section)},
	} {
		if m.Value != "" {
			he.Meta = append(he.Meta, m)
		}
	}
	if multi {
		he.Meta = append(he.Meta, htmlMeta{"Source", cleanLine(shownSource(sourceName(t, e)))})
	}
	for _, c := range citations(t, e) {
		anchor := refs.add(e.Source, c, e)
		title := fmt.Sprintf("Reference [%d]", c.N)
		if s := refText(c.Ref); c.OK && s != "" {
			title = s
		}
		he.Cites = append(he.Cites, htmlCite{N: c.N, Anchor: anchor, Title: title})
	}
	return he
}

func joinClean(vs []string) string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if v = cleanLine(v); v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, ", ")
}

// htmlDatetime is the machine-readable date of a <time> element, which HTML
// allows only for a day, a month or a year of at least four digits.
func htmlDatetime(d model.Date) string {
	if d.Interval || d.Precision > model.Year || d.Start.Year < 1 {
		return ""
	}
	s := d.Start.String()
	switch d.Precision {
	case model.Month:
		return s[:7]
	case model.Year:
		return s[:4]
	}
	return s
}

// htmlRefs collects the references the page's events cite, per source.
type htmlRefs struct {
	sources []string
	num     map[string]int
	refs    map[string]*htmlRef
	order   [][]string
}

func newHTMLRefs(sources []string) *htmlRefs {
	r := &htmlRefs{sources: sources, num: map[string]int{}, refs: map[string]*htmlRef{}, order: make([][]string, len(sources))}
	for i, s := range sources {
		r.num[s] = i + 1
	}
	return r
}

func (r *htmlRefs) add(source string, c citation, e *model.Event) string {
	k := r.num[source]
	anchor := fmt.Sprintf("ref-%d-%d", k, c.N)
	ref, ok := r.refs[anchor]
	if !ok {
		ref = &htmlRef{N: c.N, Anchor: anchor, Known: c.OK}
		if c.OK {
			ref.Text = refText(c.Ref)
			cite := c.Ref.Citation()
			ref.URL = safeURL(cite.URL)
			if a := safeURL(cite.ArchiveURL); a != ref.URL {
				ref.Archive = a
			}
		}
		r.refs[anchor] = ref
		r.order[k-1] = append(r.order[k-1], anchor)
	}
	if n := len(ref.CitedBy); n == 0 || ref.CitedBy[n-1].ID != e.ID {
		ref.CitedBy = append(ref.CitedBy, htmlBackref{ID: e.ID, When: e.Date.Human()})
	}
	return anchor
}

// list returns each source's cited references in citation-number order.
func (r *htmlRefs) list(t *model.Timeline) []htmlSourceRefs {
	var out []htmlSourceRefs
	for k, src := range r.sources {
		if len(r.order[k]) == 0 {
			continue
		}
		name := src
		if name == "" {
			name = t.Source
		}
		sr := htmlSourceRefs{Name: cleanLine(name)}
		for _, a := range r.order[k] {
			sr.Refs = append(sr.Refs, *r.refs[a])
		}
		slices.SortFunc(sr.Refs, func(a, b htmlRef) int { return cmp.Compare(a.N, b.N) })
		out = append(out, sr)
	}
	return out
}
