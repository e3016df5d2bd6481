package parse

import "unicode"

// DetectScript names the language that the script of s makes certain, or ""
// when the script leaves it open (Latin text: the function words decide).
// Han characters in at least a fifth of the letters make it "zh": a
// Chinese page quoting a German title stays Chinese, and an English page
// quoting "习近平" stays English. Only the first 64 KB are looked at.
func DetectScript(s string) string {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	han, letters := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters > 0 && han*5 >= letters {
		return "zh"
	}
	return ""
}
