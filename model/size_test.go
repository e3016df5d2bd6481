package model

import (
	"testing"
	"unsafe"
)

// The parser holds an Event for every event of an article, and Sort a key
// for every event of a merged timeline: a chronology (an event every 30
// bytes) holds half a million of them for 16 MB of text, where issue 18
// allows 12 bytes of memory for each byte read. What they weigh is that
// budget; a field added to them is paid for there.
func TestEventsAndTheirSortKeysStaySmall(t *testing.T) {
	for _, c := range []struct {
		what       string
		size, most uintptr
	}{
		{"Event", unsafe.Sizeof(Event{}), 240},
		{"Date", unsafe.Sizeof(Date{}), 24},
		{"orderKey", unsafe.Sizeof(orderKey{}), 32},
	} {
		if c.size > c.most {
			t.Errorf("%s is %d bytes, over %d", c.what, c.size, c.most)
		}
	}
}
