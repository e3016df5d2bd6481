package parse

import (
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/markup"
)

// The events of all chunks are written into one array, each chunk into a
// region of its own, and model.CollateIn puts them in timeline order there
// by moving them within it: the timeline's slice is that array. Copying
// them out of each chunk's blocks into a new slice touched as much fresh
// memory again as the events themselves take (19 MB in a 20 MB export, and
// the one garbage collection the export could not avoid). Memory is only
// touched where an event is written: the part of a region no event fills
// costs address space, not memory.

// slotBytes is how many bytes of text a region holds a slot for. Prose
// states about one event in 270 bytes; a chunk that states more (a list of
// dates) spills into blocks of its own (eventList), which the merge copies
// from.
const slotBytes = 192

// arena is the one array, where each chunk's region starts in it, and how
// many of its slots each chunk filled.
type arena struct {
	all    []model.Event
	starts []int
	used   []int
}

// newArena gives each chunk a region sized by its text.
func newArena(blocks []markup.Block, chunks []chunk) *arena {
	a := &arena{starts: make([]int, len(chunks)), used: make([]int, len(chunks))}
	total := 0
	for k, c := range chunks {
		a.starts[k] = total
		bytes := 0
		for _, b := range blocks[c.from:c.to] {
			bytes += len(b.Text)
		}
		total += bytes/slotBytes + 64
	}
	a.all = make([]model.Event, total)
	return a
}

// region is chunk k's part of the array, empty and ready to append to.
func (a *arena) region(k int) []model.Event {
	end := len(a.all)
	if k+1 < len(a.starts) {
		end = a.starts[k+1]
	}
	return a.all[a.starts[k]:a.starts[k]:end]
}

// slot is where the j-th event of chunk k in timeline order is in the
// array, or -1 when the chunk keeps it in a block of its own: model.SortRun
// has put the chunk's events in order across its region and then its
// blocks.
func (a *arena) slot(k, j int) int {
	if j < a.used[k] {
		return a.starts[k] + j
	}
	return -1
}
