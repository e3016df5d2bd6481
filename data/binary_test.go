package data

import (
	"bytes"
	"testing"
)

func TestLooksBinary(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 200)...)
	cases := map[string]struct {
		in   []byte
		want bool
	}{
		"article":          {[]byte("Relations began in 1991.\nThey grew.\n"), false},
		"empty":            {nil, false},
		"png":              {png, true},
		"utf-16":           {[]byte("R\x00e\x00l\x00a\x00t\x00i\x00o\x00n\x00s\x00"), true},
		"a few bad bytes":  {append([]byte("Relations began in 1991 and grew over many years of trade. "), 0xff, 0xfe), false},
		"escape sequences": {[]byte("red \x1b[31mtext\x1b[0m in 1991, a plain sentence otherwise."), false},
		"a stray NUL":      {[]byte("In 1990 the treaty \x00 was signed."), false},
		"NUL-separated":    {bytes.Repeat([]byte("a\x00b\x00c\x00"), 10), true},
	}
	for name, c := range cases {
		if got := LooksBinary(c.in); got != c.want {
			t.Errorf("%s: LooksBinary = %v, want %v", name, got, c.want)
		}
	}
}
