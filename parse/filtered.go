package parse

// filteredMap is a map from strings with a filter in front of it: a bit
// for the (first byte, last byte, length) of every key. Most words of a text
// miss the filter and skip the map look-up: a few byte loads instead of a
// string hash and a probe. The rules look up every capitalised word in
// several such sets (the lexicon, the article's linked names, the places),
// and most words are in none.
type filteredMap[V any] struct {
	m      map[string]V
	filter *[1024]uint64
}

func newFilteredMap[V any](m map[string]V) filteredMap[V] {
	f := filteredMap[V]{m: m, filter: new([1024]uint64)}
	for k := range m {
		f.note(k)
	}
	return f
}

func filterBit(w string) (word int, bit uint64) {
	if w == "" {
		return 0, 1
	}
	h := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(min(len(w), 255))<<16
	h = (h * 0x9E3779B1) >> 16 // 16 well-mixed bits
	return int(h >> 6), 1 << (h & 63)
}

func (f filteredMap[V]) note(k string) {
	w, b := filterBit(k)
	f.filter[w] |= b
}

// set adds or replaces a key.
func (f filteredMap[V]) set(k string, v V) {
	f.m[k] = v
	f.note(k)
}

func (f filteredMap[V]) get(k string) (V, bool) {
	if w, b := filterBit(k); f.filter[w]&b == 0 {
		var zero V
		return zero, false
	}
	v, ok := f.m[k]
	return v, ok
}

func (f filteredMap[V]) has(k string) bool {
	_, ok := f.get(k)
	return ok
}
