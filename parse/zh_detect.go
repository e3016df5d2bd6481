package parse

import "unicode"

// detectBytes is how much text DetectScript and isChineseDoc look at.
const detectBytes = 64 << 10

// DetectScript names the language that the script of s makes certain, or ""
// when the script leaves it open (Latin text: the function words decide).
// Han characters in at least a fifth of the letters make it "zh": a
// Chinese page quoting a German title stays Chinese, and an English page
// quoting "习近平" stays English. Only the first 64 KB are looked at.
func DetectScript(s string) string {
	var c scriptCount
	c.add(s)
	return c.lang()
}

// scriptCount counts the letters of a text and the Han characters among them.
type scriptCount struct{ han, letters, seen int }

func (c *scriptCount) add(s string) {
	if room := detectBytes - c.seen; len(s) > room {
		s = s[:max(room, 0)]
	}
	c.seen += len(s)
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
			c.letters++
		case unicode.IsLetter(r):
			c.letters++
		}
	}
}

func (c *scriptCount) lang() string {
	if c.letters > 0 && c.han*5 >= c.letters {
		return "zh"
	}
	return ""
}
