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

// LinkKind is what the event says a link names: a person, place or
// organisation it mentions by the link's text or title, or "".
func LinkKind(e *Event, l Link) EntityKind {
	in := func(names []string) bool {
		for _, n := range names {
			if n == l.Text || n == l.Title {
				return true
			}
		}
		return false
	}
	switch {
	case in(e.People):
		return Person
	case in(e.Places):
		return Place
	case in(e.Orgs):
		return Org
	}
	return ""
}

// FollowLinks lists the distinct links of a timeline's events of the kinds
// wanted (all kinds when kinds is empty), people first, then in order of
// appearance, at most limit of them.
func FollowLinks(t *Timeline, kinds []EntityKind, limit int) []Link {
	var people, others []Link
	seen := map[string]bool{}
	for i := range t.Events {
		e := &t.Events[i]
		for _, l := range e.Links {
			k := LinkKind(e, l)
			if seen[l.Title] || len(kinds) > 0 && !containsKind(kinds, k) {
				continue
			}
			seen[l.Title] = true
			if k == Person {
				people = append(people, l)
			} else {
				others = append(others, l)
			}
		}
	}
	out := append(people, others...)
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func containsKind(kinds []EntityKind, k EntityKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
