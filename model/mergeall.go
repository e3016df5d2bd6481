package model

// MergeAll joins many timelines into one titled title, as Merge would one
// by one, but sorting and indexing once: a library of a thousand articles
// merged pairwise would sort a growing timeline a thousand times.
func MergeAll(title string, parts []*Timeline) *Timeline {
	out := &Timeline{Title: title}
	n, refs := 0, 0
	for _, p := range parts {
		n, refs = n+len(p.Events), refs+len(p.References)
	}
	out.Events = make([]Event, 0, n)
	out.References = make([]Reference, 0, refs)
	base := 0
	for _, p := range parts {
		p.tagSource(p.Source)
		top := 0
		for _, e := range p.Events {
			top = max(top, e.ID)
			e.ID += base
			out.Events = append(out.Events, e)
		}
		base += top
		out.References = append(out.References, p.References...)
		if out.Source == "" {
			out.Source = p.Source
		} else if p.Source != "" {
			out.Source += ", " + p.Source
		}
	}
	out.Sort()
	out.BuildEntities()
	return out
}
