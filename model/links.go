package model

// Link is an article an event's sentence links to: the linked page's title,
// the language edition it is in, and the words the sentence shows for it
// ("Brotchi" for [[Jacques Brotchi|Brotchi]]).
type Link struct {
	Title string
	Lang  string // "" when the article's language is not known
	Text  string
}

// LinksOf lists the distinct linked titles of the events at idx, in order
// of first appearance.
func LinksOf(t *Timeline, idx []int) []Link {
	seen := map[string]bool{}
	var out []Link
	for _, i := range idx {
		for _, l := range t.Events[i].Links {
			if !seen[l.Title] {
				seen[l.Title] = true
				out = append(out, l)
			}
		}
	}
	return out
}
