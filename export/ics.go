package export

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/annals-tui/annals/model"
)

// WriteICS writes an iCalendar (RFC 5545) calendar with one all-day VEVENT
// per event, spanning the days its date covers (a month event covers the
// month). UIDs are derived from the event, so exporting again gives the same
// UIDs and a calendar app updates rather than duplicates. DTSTAMP is the
// time of export, or SOURCE_DATE_EPOCH when set, for reproducible files.
// iCalendar dates have four-digit years: events before year 0 (1 BC) or
// after 9999 are left out.
func WriteICS(w io.Writer, t *model.Timeline, idx []int) error {
	stamp, err := exportTime()
	if err != nil {
		return err
	}
	return writeICS(w, t, idx, stamp)
}

// exportTime is now, or the reproducible-builds SOURCE_DATE_EPOCH.
func exportTime() (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Now().UTC(), nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q: want seconds since 1970", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

func writeICS(w io.Writer, t *model.Timeline, idx []int, stamp time.Time) error {
	cal := ics.NewCalendarFor("annals")
	cal.SetProductId("-//annals//annals timeline export//EN")
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	if title := cleanLine(t.Title); title != "" {
		cal.SetXWRCalName(title)
	}
	keys := eventKeys(t, idx)
	for j, i := range idx {
		e := &t.Events[i]
		if !icsRepresentable(e.Date) {
			continue
		}
		ev := cal.AddEvent(keys[j] + "@annals")
		ev.SetDtStampTime(stamp)
		ev.SetProperty(ics.ComponentPropertyDtStart, icsDate(e.Date.Start), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetProperty(ics.ComponentPropertyDtEnd, icsDate(nextDay(e.Date.End)), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetSummary(icsSummary(e))
		cs := citations(t, e)
		ev.SetDescription(icsDescription(t, e, cs))
		if u := firstURL(cs); u != "" {
			ev.SetURL(u)
		}
		ev.SetTimeTransparency(ics.TransparencyTransparent)
	}
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

// icsRepresentable reports whether both ends of d fit iCalendar's DATE,
// whose year has four digits.
func icsRepresentable(d model.Date) bool {
	end := nextDay(d.End)
	return d.Start.Year >= 0 && end.Year <= 9999 && !d.IsZero()
}

func icsDate(d model.CalendarDay) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day)
}

// nextDay is the day after d: iCalendar's DTEND of an all-day event is
// exclusive.
func nextDay(d model.CalendarDay) model.CalendarDay {
	d.Day++
	if int(d.Day) > model.DaysIn(int(d.Year), int(d.Month)) {
		d.Day, d.Month = 1, d.Month+1
		if d.Month > 12 {
			d.Month, d.Year = 1, d.Year+1
		}
	}
	return d
}

func icsSummary(e *model.Event) string {
	if s := cleanLine(e.Summary); s != "" {
		return s
	}
	return cleanLine(e.Text)
}

// icsDescription is the sentence, the date as the article gives it, and the
// sources it cites, one per line.
func icsDescription(t *model.Timeline, e *model.Event, cs []citation) string {
	var b strings.Builder
	b.WriteString(cleanText(e.Text))
	fmt.Fprintf(&b, "\n\nWhen: %s (%s)", e.Date.Human(), e.Date.EDTF())
	if len(cs) > 0 {
		b.WriteString("\nSources:")
		for _, c := range cs {
			fmt.Fprintf(&b, "\n[%d] %s", c.N, citationLine(c))
		}
	}
	fmt.Fprintf(&b, "\nFrom: %s", cleanLine(sourceName(t, e)))
	return b.String()
}

// citationLine describes a citation in plain text: its reference and address.
func citationLine(c citation) string {
	if !c.OK {
		return "(not in the article's reference list)"
	}
	s := refText(c.Ref)
	if u := refURL(c.Ref); u != "" {
		if s != "" {
			s += " "
		}
		s += u
	}
	return s
}
