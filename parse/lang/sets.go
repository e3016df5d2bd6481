package lang

import "strings"

// Words is the set of the words of s, split at white space: how the packs
// write their word lists.
func Words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Genders maps the given names of male and of female, each a list split at
// white space, to their gender; a name in both lists has both.
func Genders(male, female string) map[string]Pronoun {
	m := map[string]Pronoun{}
	for w := range Words(male) {
		m[w] |= Male
	}
	for w := range Words(female) {
		m[w] |= Female
	}
	return m
}
