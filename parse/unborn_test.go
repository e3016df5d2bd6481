package parse

import (
	"slices"
	"testing"
)

// A biography's subject takes no part in what happened before their
// birth, however the sentence refers to them; from the birth on they do.
func TestNoOneTakesPartBeforeTheirBirth(t *testing.T) {
	for _, tc := range []struct{ name, src, subject string }{
		{"born", "Anna Verbeke\n\nAnna Verbeke was born on 3 May 1901 in Ghent. Because of the floods of 1894, she grew up far from the sea. In 1925 she opened a school.", "Anna Verbeke"},
		{"life span", "Anna Verbeke\n\nAnna Verbeke (3 May 1901 – 9 June 1980) was a teacher. Because of the floods of 1894, she grew up far from the sea. In 1925 she opened a school.", "Anna Verbeke"},
	} {
		tl := parseText(t, tc.src)
		for _, e := range tl.Events {
			has := slices.Contains(e.People, tc.subject)
			switch y := e.Date.Start.Year; {
			case y < 1901 && has:
				t.Errorf("%s: %s is in the event of %d, before her birth: %q", tc.name, tc.subject, y, e.Text)
			case y == 1925 && !has:
				t.Errorf("%s: %s is not in the event of 1925: %v", tc.name, tc.subject, e.People)
			}
		}
	}
}

// Without a birth in the lead nothing is taken away.
func TestWithoutABirthTheSubjectStays(t *testing.T) {
	tl := parseText(t, "Anna Verbeke\n\nAnna Verbeke was a teacher in Ghent. Because of the floods of 1894, she grew up far from the sea.")
	for _, e := range tl.Events {
		if e.Date.Start.Year == 1894 && !slices.Contains(e.People, "Anna Verbeke") {
			t.Errorf("the subject left the 1894 event with no birth given: %v", e.People)
		}
	}
}

// A Chinese biography gives the birth in brackets after the name.
func TestNoOneTakesPartBeforeTheirBirthInChinese(t *testing.T) {
	src := "王小明\n\n王小明（1950年3月1日—）是一位教师。\n\n1940年，战争爆发，他的家乡被毁。1970年，他开办了一所学校。\n"
	tl, err := Parse([]byte(src), Options{Source: "wang.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tl.Events {
		has := slices.Contains(e.People, "王小明")
		switch y := e.Date.Start.Year; {
		case y == 1940 && has:
			t.Errorf("王小明 is in the event of 1940, before his birth: %q", e.Text)
		case y == 1970 && !has:
			t.Errorf("王小明 is not in the event of 1970: %v", e.People)
		}
	}
}
