package markup

import "slices"

// pairEnds is where each opening of a bracket pair ({{, [[) ends: the
// offset past its close, for the openings that close. The pairs are kept in
// order of their openings, as the one pass that matches them meets them,
// and looked up by binary search: a page has tens of thousands of them, and
// a map of them cost a sixth of the reading of a page in hashing and growth.
type pairEnds []pairEnd

type pairEnd struct{ at, end int }

// get is the end of the pair that opens at i, if one does.
func (p pairEnds) get(i int) (int, bool) {
	k, found := slices.BinarySearchFunc(p, i, func(e pairEnd, i int) int { return e.at - i })
	if !found {
		return 0, false
	}
	return p[k].end, true
}

// opened records an opening at i, its end not yet known, and returns its
// index for closed.
func (p *pairEnds) opened(i int) int {
	*p = append(*p, pairEnd{i, -1})
	return len(*p) - 1
}

// closed sets the end of the opening with index k.
func (p pairEnds) closed(k, end int) { p[k].end = end }

// done drops the openings that never closed.
func (p pairEnds) done() pairEnds {
	return slices.DeleteFunc(p, func(e pairEnd) bool { return e.end < 0 })
}
