package export

import (
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/annals-tui/annals/model"
)

var stamp = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

func icsOf(t *testing.T, tl *model.Timeline, idx []int) string {
	t.Helper()
	var b strings.Builder
	if err := writeICS(&b, tl, idx, stamp); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func parseICS(t *testing.T, s string) map[string]*ics.VEvent {
	t.Helper()
	cal, err := ics.ParseCalendar(strings.NewReader(s))
	if err != nil {
		t.Fatalf("golang-ical cannot parse the export: %v\n%s", err, s)
	}
	out := map[string]*ics.VEvent{}
	for _, e := range cal.Events() {
		out[e.Id()] = e
	}
	return out
}

func prop(e *ics.VEvent, p ics.ComponentProperty) string {
	if v := e.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

// The library reads back one all-day event per representable event, with the
// dates, texts and addresses we wrote. 44 BC has no iCalendar DATE.
func TestICSParsesBackToTheSameEventsAndDates(t *testing.T) {
	tl := fixture()
	out := icsOf(t, tl, all(tl))
	got := parseICS(t, out)
	if len(got) != len(tl.Events)-1 {
		t.Fatalf("%d VEVENTs, want %d (all but 44 BC)", len(got), len(tl.Events)-1)
	}
	keys := eventKeys(tl, all(tl))
	for i := range tl.Events {
		e := &tl.Events[i]
		ev, ok := got[keys[i]+"@annals"]
		if e.Date.Start.Year < 0 {
			if ok {
				t.Errorf("event %d (44 BC) was written", e.ID)
			}
			continue
		}
		if !ok {
			t.Fatalf("event %d missing (UID %s)", e.ID, keys[i])
		}
		start, err := ev.GetAllDayStartAt()
		if err != nil {
			t.Fatal(err)
		}
		end, err := ev.GetAllDayEndAt()
		if err != nil {
			t.Fatal(err)
		}
		wantEnd := time.Date(int(e.Date.End.Year), time.Month(e.Date.End.Month), int(e.Date.End.Day), 0, 0, 0, 0, time.Local).AddDate(0, 0, 1)
		if start.Format("2006-01-02") != e.Date.Start.String() || !end.Equal(wantEnd) {
			t.Errorf("event %d spans %s..%s, want %s..%s (DTEND exclusive)", e.ID,
				start.Format("2006-01-02"), end.Format("2006-01-02"), e.Date.Start, wantEnd.Format("2006-01-02"))
		}
		if p := ev.GetProperty(ics.ComponentPropertyDtStart); p.ICalParameters["VALUE"][0] != "DATE" {
			t.Errorf("event %d DTSTART is not VALUE=DATE: %v", e.ID, p.ICalParameters)
		}
		if s := prop(ev, ics.ComponentPropertySummary); s != icsSummary(e) {
			t.Errorf("event %d SUMMARY = %q", e.ID, s)
		}
		if d := prop(ev, ics.ComponentPropertyDescription); !strings.HasPrefix(d, cleanText(e.Text)) {
			t.Errorf("event %d DESCRIPTION = %q, want the sentence first", e.ID, d)
		}
		if s := prop(ev, ics.ComponentPropertyDtstamp); s != "20240506T070809Z" {
			t.Errorf("DTSTAMP = %q", s)
		}
	}
}

func TestICSSpansThePrecisionAndLinksTheFirstSource(t *testing.T) {
	tl := fixture()
	got := parseICS(t, icsOf(t, tl, all(tl)))
	keys := eventKeys(tl, all(tl))
	for i, want := range map[int]struct{ start, end, url string }{
		0: {"18000101", "19000101", ""},                              // 18XX
		2: {"19800101", "19900101", "https://example.org/a?x=1&y=2"}, // 198X cites [1] first
		3: {"19120101", "20090101", ""},                              // 1912/2008, [9] unknown
		5: {"19711025", "19711026", ""},                              // one day
		6: {"19910401", "19910501", "https://example.org/a?x=1&y=2"}, // April 1991
		7: {"20190604", "20190605", "https://b.example/ref1"},        // b.wiki's [1], not a.txt's
	} {
		ev := got[keys[i]+"@annals"]
		if s, e, u := prop(ev, ics.ComponentPropertyDtStart), prop(ev, ics.ComponentPropertyDtEnd), prop(ev, ics.ComponentPropertyUrl); s != want.start || e != want.end || u != want.url {
			t.Errorf("event %d: DTSTART %s DTEND %s URL %q, want %s %s %q", i+1, s, e, u, want.start, want.end, want.url)
		}
	}
	desc := prop(got[keys[6]+"@annals"], ics.ComponentPropertyDescription)
	for _, want := range []string{"When: April 1991 (1991-04)", "[1] Report; \"quoted\", part 1. Gov, Inc., 2001. https://example.org/a?x=1&y=2",
		"[3] Archived only. https://web.archive.org/web/2001/example.org/", "From: a.txt"} {
		if !strings.Contains(desc, want) {
			t.Errorf("DESCRIPTION lacks %q:\n%s", want, desc)
		}
	}
	if strings.Contains(desc, "javascript:") {
		t.Error("a javascript: URL got into the calendar")
	}
}

// RFC 5545: CRLF line ends, content lines folded at 75 octets (with a
// leading space on each continuation), multi-byte characters never split;
// escaped text cannot forge a property or an event.
func TestICSIsCRLFAndFoldedAt75Octets(t *testing.T) {
	tl := fixture()
	out := icsOf(t, tl, all(tl))
	if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Error("a line ends in a bare LF")
	}
	folded := 0
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
		if strings.HasPrefix(line, " ") {
			folded++
		}
		if !strings.ContainsRune(line, '\uFFFD') && !utf8Valid(line) {
			t.Errorf("folding split a character: %q", line)
		}
	}
	if folded == 0 {
		t.Error("no line was folded; the fixture has long descriptions")
	}
	if n := strings.Count(out, "\r\nBEGIN:VEVENT\r\n"); n != 7 {
		t.Errorf("%d BEGIN:VEVENT lines, want 7: text forged an event", n)
	}
	if strings.Contains(out, "\r\nSUMMARY:forged") {
		t.Error("text forged a SUMMARY property")
	}
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:-//annals//annals timeline export//EN\r\n",
		"X-WR-CALNAME:Relations & <b>“Ties”</b>\r\n", "TRANSP:TRANSPARENT\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// A UID depends on the event alone: the same event keeps its UID whatever
// else is exported with it or where it sits, and no two events share one.
func TestICSUIDsAreStable(t *testing.T) {
	tl := fixture()
	uids := func(tl *model.Timeline, idx []int) []string {
		var out []string
		for _, line := range strings.Split(icsOf(t, tl, idx), "\r\n") {
			if u, ok := strings.CutPrefix(line, "UID:"); ok {
				out = append(out, u)
			}
		}
		return out
	}
	every := uids(tl, all(tl))
	seen := map[string]bool{}
	for _, u := range every {
		if seen[u] {
			t.Errorf("UID %s used twice", u)
		}
		seen[u] = true
	}
	if one := uids(tl, []int{6}); len(one) != 1 || !seen[one[0]] {
		t.Errorf("April 1991 alone has UID %v, not the one it has among all", one)
	}
	moved := fixture()
	moved.Events[6].ID, moved.Events[6].Offset = 99, 1234
	if u := uids(moved, []int{6}); u[0] != uids(tl, []int{6})[0] {
		t.Error("UID depends on ID or offset")
	}
	moved.Events[6].Text += " Edited."
	if u := uids(moved, []int{6}); u[0] == uids(tl, []int{6})[0] {
		t.Error("UID ignores the sentence")
	}
	twin := fixture()
	twin.Events = append(twin.Events, twin.Events[6])
	var b strings.Builder
	if err := writeICS(&b, twin, []int{6, 8}, stamp); err != nil {
		t.Fatal(err)
	}
	if got := parseICS(t, b.String()); len(got) != 2 {
		t.Errorf("two identical events got %d distinct UIDs, want 2", len(got))
	}
}

func TestICSStampFollowsSourceDateEpoch(t *testing.T) {
	tl := fixture()
	t.Setenv("SOURCE_DATE_EPOCH", "86400")
	if out := writeString(t, WriteICS, tl, []int{6}); !strings.Contains(out, "DTSTAMP:19700102T000000Z\r\n") {
		t.Errorf("DTSTAMP does not follow SOURCE_DATE_EPOCH:\n%s", out)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "soon")
	if err := WriteICS(&strings.Builder{}, tl, []int{6}); err == nil || !strings.Contains(err.Error(), "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: err = %v", err)
	}
}
