package parse

import (
	"slices"
	"strings"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// No one takes part in what happened before they were born. A biography's
// subject stands in the events that name them only by a pronoun ("Because
// of the Polish 1863 Uprising, she could not attend …" in the life of a
// woman born in 1867), and the guide lists a person for an event they take
// part in or are the subject of. dropUnborn takes the subject out of the
// events that end before the year the article says they were born.

// leadEvents is how many of an article's first events are looked at for
// its subject's birth: the lead states it, if the article does.
const leadEvents = 6

// dropUnborn removes subject from the people of the events that end before
// the subject's birth year, when the lead gives it: a date after one of
// born's words in a sentence that names the subject, or a life span in
// brackets right after the name ("Adolphe Sax (6 November 1814 – 7
// February 1894)", "习近平(1953年6月15日—)").
func dropUnborn(events []model.Event, subject string, born []string) {
	if subject == "" || len(events) == 0 {
		return
	}
	year, ok := birthYear(events, subject, born)
	if !ok {
		return
	}
	for i := range events {
		e := &events[i]
		if int(e.Date.End.Year) >= year {
			continue
		}
		if k := slices.Index(e.People, subject); k >= 0 {
			// the list may be shared with the sentence's other events
			e.People = slices.Delete(slices.Clone(e.People), k, k+1)
		}
	}
}

// birthYear finds the subject's birth year among the first events of the
// article, in order of appearance.
func birthYear(events []model.Event, subject string, born []string) (int, bool) {
	var lead []*model.Event
	for i := range events {
		if events[i].ID <= leadEvents {
			lead = append(lead, &events[i])
		}
	}
	slices.SortFunc(lead, func(a, b *model.Event) int { return a.ID - b.ID })
	for _, e := range lead {
		at := strings.Index(e.Text, subject)
		if at < 0 || e.Phrase.Start < at+len(subject) || e.Phrase.End > len(e.Text) {
			continue
		}
		between := e.Text[at+len(subject) : e.Phrase.Start]
		if spanAfterName(between) || bornBefore(between, born) {
			return int(e.Date.Start.Year), true
		}
	}
	return 0, false
}

// spanAfterName tells whether the date follows the name in brackets at once,
// a life span or a birth alone:
// "Adolphe Sax (", "习近平（".
func spanAfterName(between string) bool {
	b := strings.TrimSpace(between)
	return b == "(" || b == "（"
}

// bornBefore tells whether a word of born stands between the name and the
// date, near the date: "was born on the 7th of November 1867", "naît le".
func bornBefore(between string, born []string) bool {
	if len(between) > 80 {
		between = between[len(between)-80:]
	}
	low := strings.ToLower(between)
	for _, w := range born {
		if i := strings.Index(low, w); i >= 0 && (w[0] >= 0x80 || wordAt(low, i, len(w))) {
			return true
		}
	}
	return false
}

// wordAt tells whether s[i:i+n] stands as a word of its own.
func wordAt(s string, i, n int) bool {
	before := i == 0 || !isLetterByte(s[i-1])
	after := i+n >= len(s) || !isLetterByte(s[i+n])
	return before && after
}

func isLetterByte(c byte) bool { return c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' }

// bornWords are the words a pack says a birth with.
func bornWords(p *lang.Pack) []string {
	if p.Latin != nil {
		return p.Latin.Born
	}
	return p.Born
}
