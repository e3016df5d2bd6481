package parse

import (
	"slices"

	"github.com/annals-tui/annals/model"
)

// An event that says again what an event just before it says (the same
// date, in the same text, under the same heading) is that event again: a
// sentence repeated word for word right after itself, a window of a
// sentence that never ends repeating one date. The timeline shows it once,
// with the citations and names of every mention, so nothing is lost; and a
// text that repeats a date thousands of times costs one event, not one for
// each mention (issue 18: "1991 1991 …" and "In 1991 it rained.[a]"
// repeated kept 130 and 35 MB of events per input MB). Within one sentence
// short enough to be its events' text, each date expression stays an event
// of its own, as the guide counts them ("On 22 October 1880 … The same day
// …" is two).
//
// The run of such events is the events in a row, in order of appearance,
// whose text and heading are the same; within a run each date is one event.
// The rule reads the events in order, not the chunks that found them: the
// chunks fold their own runs, and foldAcrossChunks folds a run that a chunk
// boundary cut in two.

// repeatRun is the run of events the next event may repeat.
type repeatRun struct {
	text, section string
	kept          []keptEvent           // the run's events
	byDate        map[model.Date]int    // the first kept of each date, once kept is long
	cited         map[*model.Event]bool // events whose citations have a set in seen
	seen          map[citeOf]bool
}

type keptEvent struct {
	date model.Date
	// the sentence it is from, when its text is that sentence: another
	// mention of the date in the same sentence is an event of its own; -1
	// for a window of a long sentence
	sentence int
	ev       *model.Event // where the event is kept: a slot that does not move
	own      bool         // its Citations and names are its own, not its sentence's, and may grow
}

type citeOf struct {
	ev *model.Event
	n  int
}

// runScan is how many kept events a run looks along before it indexes them.
const runScan = 16

// find returns the kept event e repeats, or nil, after starting a new run
// when e's text or heading differs from the run's. window says that e's
// text is a window of a long sentence (eventtext.go), not the sentence.
func (r *repeatRun) find(e *model.Event, window bool) *keptEvent {
	if e.Text != r.text || e.Section != r.section {
		r.reset(e.Text, e.Section)
		return nil
	}
	return r.findDate(e.Date, sentenceOf(e, window))
}

// sentenceOf is the sentence whose other mentions of a date an event does
// not fold: its own, or none (-1) for a window, whose repeated dates are
// the text's repeats.
func sentenceOf(e *model.Event, window bool) int {
	if window {
		return -1
	}
	return e.Offset
}

func (r *repeatRun) reset(text, section string) {
	r.text, r.section, r.kept = text, section, r.kept[:0]
	r.byDate, r.cited, r.seen = nil, nil, nil
}

// findDate is find for a run known to hold the text and heading: the first
// kept event of date d, unless it is from sentence (-1: none).
func (r *repeatRun) findDate(d model.Date, sentence int) *keptEvent {
	i := -1
	if r.byDate != nil {
		if j, ok := r.byDate[d]; ok {
			i = j
		}
	} else {
		for j := range r.kept {
			if r.kept[j].date == d {
				i = j
				break
			}
		}
	}
	if i < 0 || sentence >= 0 && r.kept[i].sentence == sentence {
		return nil
	}
	return &r.kept[i]
}

// keep adds ev, just stored, to the run.
func (r *repeatRun) keep(ev *model.Event, window bool) {
	r.kept = append(r.kept, keptEvent{date: ev.Date, sentence: sentenceOf(ev, window), ev: ev})
	if r.byDate != nil {
		if _, ok := r.byDate[ev.Date]; !ok {
			r.byDate[ev.Date] = len(r.kept) - 1
		}
	} else if len(r.kept) > runScan {
		r.byDate = make(map[model.Date]int, 2*runScan)
		for i := len(r.kept) - 1; i >= 0; i-- { // the first of a date is the one repeats fold into
			r.byDate[r.kept[i].date] = i
		}
	}
}

// fold gives k's event what e adds to it: citations and names it lacks.
// The event's lists are copied before they first grow, as its sentence's
// other events share them.
func (r *repeatRun) fold(k *keptEvent, e *model.Event) {
	dst := k.ev
	if !k.own {
		dst.Citations = slices.Clone(dst.Citations)
		dst.People = slices.Clone(dst.People)
		dst.Places = slices.Clone(dst.Places)
		dst.Orgs = slices.Clone(dst.Orgs)
		k.own = true
	}
	for _, n := range e.Citations {
		if !r.hasCitation(dst, n) {
			dst.Citations = append(dst.Citations, n)
			if r.cited[dst] {
				r.seen[citeOf{dst, n}] = true
			}
		}
	}
	dst.People = addNew(dst.People, e.People)
	dst.Places = addNew(dst.Places, e.Places)
	dst.Orgs = addNew(dst.Orgs, e.Orgs)
}

// hasCitation reports whether ev cites n: by a look along a short list, by
// a set once the list is long (a run of paragraphs each citing a note of
// its own gathers them all).
func (r *repeatRun) hasCitation(ev *model.Event, n int) bool {
	if len(ev.Citations) <= runScan {
		return slices.Contains(ev.Citations, n)
	}
	if !r.cited[ev] {
		if r.cited == nil {
			r.cited, r.seen = map[*model.Event]bool{}, map[citeOf]bool{}
		}
		r.cited[ev] = true
		for _, c := range ev.Citations {
			r.seen[citeOf{ev, c}] = true
		}
	}
	return r.seen[citeOf{ev, n}]
}

// addNew appends the names of add that names lacks. A sentence names few
// people, so a look along the list is enough.
func addNew(names, add []string) []string {
	for _, a := range add {
		if !slices.Contains(names, a) {
			names = append(names, a)
		}
	}
	return names
}

// foldAcrossChunks folds the events at the start of each chunk that repeat
// the run the chunks before it ended with, as one reading of the whole
// article would have, and returns the IDs mergeSorted gives them, in order:
// dropRepeats takes them out of the timeline.
func foldAcrossChunks(parts []sortedEvents) []int {
	var dropped []int
	var carry *repeatRun // the run the chunks so far end with
	firstID := 1         // of the chunk's first event, as mergeSorted numbers them
	for k := range parts {
		l := &parts[k].events
		n := l.len()
		first := firstID
		firstID += n
		if n == 0 {
			continue
		}
		if carry == nil {
			carry = &l.run
			continue
		}
		i := 0
		for ; i < n; i++ {
			e := l.at(i)
			if e.Text != carry.text || e.Section != carry.section {
				break
			}
			// A chunk starts at a paragraph: what it kept is no window of
			// the carried run's sentence, and the first of its date in its
			// own sentence.
			if kept := carry.findDate(e.Date, e.Offset); kept != nil {
				carry.fold(kept, e)
				dropped = append(dropped, first+i)
			} else {
				carry.keep(e, false)
			}
		}
		if i < n { // the chunk starts a run of its own, which it ends with
			carry = &l.run
		}
	}
	return dropped
}

// dropRepeats takes the events with the dropped IDs (ascending) out of a
// timeline in order, and numbers the rest again from 1 in order of
// appearance.
func dropRepeats(events []model.Event, dropped []int) []model.Event {
	if len(dropped) == 0 {
		return events
	}
	out := events[:0]
	for _, e := range events {
		below, found := slices.BinarySearch(dropped, e.ID)
		if found {
			continue
		}
		e.ID -= below
		out = append(out, e)
	}
	clear(events[len(out):]) // keep nothing alive the timeline does not hold
	return out[:len(out):len(out)]
}
