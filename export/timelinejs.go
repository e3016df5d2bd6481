package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/annals-tui/annals/model"
)

// The JSON of Knight Lab's TimelineJS3 (timeline.knightlab.com/docs/json-format.html).
// Its text fields are HTML, so everything from the article is escaped.

type tljsTimeline struct {
	Title  *tljsSlide  `json:"title,omitempty"`
	Events []tljsSlide `json:"events"`
}

type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`
	EndDate     *tljsDate `json:"end_date,omitempty"`
	Text        tljsText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// tljsDate holds only the parts the event's precision knows: a month event
// has no day. Years are astronomical (0 is 1 BC, -43 is 44 BC), as
// JavaScript's Date and TimelineJS count them.
type tljsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tljsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// WriteTimelineJS writes the TimelineJS3 JSON of the events: a title slide,
// and a slide per event with its dates at the event's precision, its summary
// as headline, its sentence and cited sources as text, its section as group.
// Decades, centuries and BC dates carry a display_date as a reader says them.
func WriteTimelineJS(w io.Writer, t *model.Timeline, idx []int) error {
	out := tljsTimeline{Events: make([]tljsSlide, 0, len(idx))}
	if title := cleanLine(t.Title); title != "" {
		out.Title = &tljsSlide{Text: tljsText{Headline: html.EscapeString(title),
			Text: html.EscapeString(fmt.Sprintf("%s from %s", countEvents(len(idx)), cleanLine(t.Source)))}}
	}
	keys := eventKeys(t, idx)
	for j, i := range idx {
		e := &t.Events[i]
		s := tljsSlide{
			Text:     tljsText{Headline: html.EscapeString(icsSummary(e)), Text: tljsBody(t, e)},
			Group:    html.EscapeString(cleanLine(e.Section)),
			UniqueID: "e-" + keys[j],
		}
		d := e.Date
		endPrec := d.Precision
		if d.Interval {
			endPrec = d.EndPrecision
		}
		s.StartDate = tljsPoint(d.Start, d.Precision)
		if d.Interval || d.Precision >= model.Decade {
			s.EndDate = tljsPoint(d.End, endPrec)
		}
		if d.Precision >= model.Decade || endPrec >= model.Decade || d.Start.Year <= 0 ||
			d.Approximate || d.Uncertain {
			s.DisplayDate = html.EscapeString(d.Human())
		}
		out.Events = append(out.Events, s)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

func tljsPoint(day model.CalendarDay, p model.Precision) *tljsDate {
	d := &tljsDate{Year: int(day.Year)}
	if p <= model.Month {
		d.Month = int(day.Month)
	}
	if p == model.Day {
		d.Day = int(day.Day)
	}
	return d
}

// tljsBody is the slide's HTML: the sentence, then its sources as links.
func tljsBody(t *model.Timeline, e *model.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(cleanLine(e.Text)))
	cs := citations(t, e)
	if len(cs) == 0 {
		return b.String()
	}
	b.WriteString("<ol class=\"sources\">")
	for _, c := range cs {
		fmt.Fprintf(&b, "<li value=\"%d\">", c.N)
		text := refText(c.Ref)
		if !c.OK || text == "" {
			text = fmt.Sprintf("Reference [%d]", c.N)
		}
		if u := refURL(c.Ref); u != "" {
			fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", html.EscapeString(u), html.EscapeString(text))
		} else {
			b.WriteString(html.EscapeString(text))
		}
		b.WriteString("</li>")
	}
	b.WriteString("</ol>")
	return b.String()
}
