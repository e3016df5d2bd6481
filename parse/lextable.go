package parse

// lexTable is the lexicon laid out for the look-up of every word of a text:
// a table of small slots indexed by a hash of a word's length and first,
// second and last bytes, and the forms' bytes side by side in one block.
// A word that is no form mostly finds an empty slot; one that is finds its
// entry after one comparison of bytes that sit in the cache. (A map hashes
// the whole word and follows a pointer to each key's bytes: over half the
// words of a text are looked up, and that showed.)
type lexTable struct {
	slots   []uint16 // 0: empty; else 1 + the index of the entry (16 bits: the table stays in the L1 cache)
	entries []lexSlot
	bytes   []byte // every form, one after another
}

type lexSlot struct {
	at, n uint32 // the form is bytes[at:at+n]
	entry lexEntry
}

const lexSlotBits = 13 // 8192 slots for about 2000 forms

func lexSlotOf(w string) uint32 {
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA6B ^ uint32(w[len(w)-1])*0xC2B2AE35
	if len(w) > 1 {
		h ^= uint32(w[1]) * 0x27D4EB2F
	}
	return h >> (32 - lexSlotBits)
}

func newLexTable(lex map[string]lexEntry) *lexTable {
	if len(lex) >= 1<<lexSlotBits/2 {
		panic("parse: the lexicon outgrew its table; raise lexSlotBits")
	}
	t := &lexTable{slots: make([]uint16, 1<<lexSlotBits)}
	mask := uint32(len(t.slots) - 1)
	for form, e := range lex {
		if form == "" {
			continue
		}
		t.entries = append(t.entries, lexSlot{at: uint32(len(t.bytes)), n: uint32(len(form)), entry: e})
		t.bytes = append(t.bytes, form...)
		i := lexSlotOf(form)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint16(len(t.entries))
	}
	return t
}

// get is the entry of form w, if the lexicon has it. w is not empty.
func (t *lexTable) get(w string) (lexEntry, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := lexSlotOf(w); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return lexEntry{}, false
		}
		e := &t.entries[s-1]
		if int(e.n) == len(w) && string(t.bytes[e.at:e.at+e.n]) == w {
			return e.entry, true
		}
	}
}
