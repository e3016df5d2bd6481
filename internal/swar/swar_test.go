package swar

import "testing"

// TestInFlagsExactlyTheBytesInRange checks In against a byte-by-byte answer
// for every ASCII byte at every place in a word, for ranges at the edges
// (the digits, the capitals, a single byte, all of ASCII).
func TestInFlagsExactlyTheBytesInRange(t *testing.T) {
	for _, r := range [][2]byte{{'0', '9'}, {'A', 'Z'}, {')', ')'}, {0, 0x7f}, {0x7f, 0x7f}} {
		for c := range 0x80 {
			for place := range 8 {
				s := []byte("abcdefgh")
				s[place] = byte(c)
				got := In(Load(string(s), 0), r[0], r[1])
				for k := range 8 {
					want := s[k] >= r[0] && s[k] <= r[1]
					if flagged := got>>(8*k)&0x80 != 0; flagged != want {
						t.Fatalf("In(%q, %q..%q): byte %d flagged %v, want %v", s, r[0], r[1], k, flagged, want)
					}
				}
			}
		}
	}
}

func TestLoadIsLittleEndian(t *testing.T) {
	if got := Load("xx\x01\x02\x03\x04\x05\x06\x07\x08", 2); got != 0x0807060504030201 {
		t.Fatalf("Load = %#x", got)
	}
}
