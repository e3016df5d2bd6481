package parse

// Organisations inside a run of capitalised words: an org word and the
// name around it ("Ministry of State Security", "Bank of China").

// orgSpan finds an organisation's name inside a run: an org word, the
// capitalised words before it (not titles) and the "of ..." after it.
func orgSpan(toks []token, r run) (int, int, bool) {
	h := -1
	for k := r.from; k < r.to; k++ {
		if toks[k].kinds&kOrgHead != 0 {
			h = k
			break
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	return orgStart(toks, r, h), orgEnd(toks, r, h), true
}

// orgStart extends an organisation left of its head over capitalised words
// that are no titles or openers, and the "and"/"of" between them (Belt and
// Road Initiative, Bank of China).
func orgStart(toks []token, r run, h int) int {
	plain := func(k int) bool { return toks[k].upper && toks[k].kinds&(kTitle|kOpener) == 0 }
	a := h
	for a > r.from {
		w := toks[a-1].text
		switch {
		case plain(a - 1):
		case (w == "and" || w == "of") && a-1 > r.from && plain(a-2):
		default:
			return a
		}
		a--
	}
	return a
}

// orgEnd extends an organisation right of its head over org words, names of
// things and places, joining words and dashes, and gives back the joining
// words it ends on.
func orgEnd(toks []token, r run, h int) int {
	join := func(w string) bool { return w == "of" || w == "for" || w == "and" || w == "the" }
	b := h + 1
	for b < r.to && (toks[b].kinds&(kOrgHead|kNotName|kPlace|kDemonym) != 0 || join(toks[b].text) && b+1 < r.to || toks[b].kind == tDash) {
		b++
	}
	for b > h+1 && join(toks[b-1].text) {
		b--
	}
	return b
}
