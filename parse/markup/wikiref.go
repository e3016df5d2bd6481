package markup

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// wikiRef is one reference of a wikitext article: a <ref>, {{efn}}, {{sfn}}
// and the like, named or not.
type wikiRef struct {
	index       int    // in wikiReader.refs, as the placeholders give it
	group, name string // group "" is the main reference list
	body        string // its wikitext, once defined
	text        string // its text when a template already wrote it ({{sfn}})
	defined     bool
	used        bool
	n           int // order of first use within the main group, or among the groups
}

type refResult struct {
	def *wikiRef
	ref model.Reference
}

// refBuild gathers a reference's fields while its body is expanded.
type refBuild struct {
	cite       model.Citation
	structured bool // a citation template gave the fields
	firstURL   string
	linkText   string
}

func (c *refBuild) noteLink(url, text string) {
	if c.firstURL == "" {
		c.firstURL, c.linkText = strings.TrimSpace(url), text
	}
}

// useRef cites a reference where it stands and returns its placeholder. A
// named ref is the same reference each time; its body may come with any use,
// or from a reference list.
func (r *wikiReader) useRef(group, name, body, text string) string {
	ref := r.lookupRef(group, name)
	if !ref.defined && (strings.TrimSpace(body) != "" || text != "") {
		ref.body, ref.text, ref.defined = body, text, true
	}
	if !ref.used {
		ref.used = true
		if ref.group == "" {
			r.mainN++
			ref.n = r.mainN
		} else {
			r.otherN++
			ref.n = r.otherN
		}
	}
	return string(refOpen) + strconv.Itoa(ref.index) + string(refClose)
}

func (r *wikiReader) lookupRef(group, name string) *wikiRef {
	group = strings.TrimSpace(strings.Trim(group, `"'`))
	name = strings.TrimSpace(strings.Trim(name, `"'`))
	key := group + "\x00" + name
	if name != "" {
		if ref, ok := r.byKey[key]; ok {
			return ref
		}
	}
	ref := &wikiRef{index: len(r.refs), group: group, name: name}
	r.refs = append(r.refs, ref)
	if name != "" {
		r.byKey[key] = ref
	}
	return ref
}

// defineRefs reads the named refs listed in {{reflist|refs=...}} or
// <references>...</references>: they define bodies, they cite nothing.
func (r *wikiReader) defineRefs(group, s string) {
	low := asciiLower(s)
	for i := 0; i < len(s); {
		j := strings.Index(low[i:], "<ref")
		if j < 0 {
			return
		}
		j += i
		name, end, selfClosing, ok := tagAt(low, j)
		if !ok || name != "ref" {
			i = j + 1
			continue
		}
		if selfClosing {
			i = end
			continue
		}
		k := strings.Index(low[end:], "</ref")
		if k < 0 {
			return
		}
		attrs := tagAttrs(s[j:end])
		g := group
		if attrs["group"] != "" {
			g = attrs["group"]
		}
		if body := s[end : end+k]; attrs["name"] != "" && strings.TrimSpace(body) != "" {
			ref := r.lookupRef(g, attrs["name"])
			if !ref.defined {
				ref.body, ref.defined = body, true
			}
		}
		i = end + k + len("</ref")
	}
}

// buildReference reads a reference's body: the fields of its citation
// template, or its text with the first link's URL and title.
func (r *wikiReader) buildReference(def *wikiRef) model.Reference {
	if def.text != "" {
		return model.Reference{Text: def.text}
	}
	if !def.defined {
		return model.Reference{}
	}
	prev := r.cur
	c := &refBuild{}
	r.cur = c
	r.discard++
	text := r.expandString(def.body)
	r.discard--
	r.cur = prev
	var out model.Reference
	cite := c.cite
	if !c.structured {
		out.Text = text
		cite.URL = c.firstURL
		cite.Title = strings.Trim(c.linkText, `"“”'`)
		if cite.Title == "" {
			if m := reQuoted.FindStringSubmatch(cleanProse(stripMarkers(text))); m != nil {
				cite.Title = m[1]
			}
		}
	}
	out.SetCitation(cite)
	return out
}

// cite reads a citation template ({{cite web}}, {{cite news}}, {{cite book}},
// {{citation}}, ...) inside the reference being built. The first one gives
// the fields.
func (r *wikiReader) cite(t wikiTemplate) {
	c := r.cur
	if c == nil || c.structured {
		return
	}
	c.structured = true
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := t.named[k]; strings.TrimSpace(v) != "" {
				return r.plain(v)
			}
		}
		return ""
	}
	c.cite.URL = strings.ReplaceAll(get("url", "chapter-url", "chapterurl", "contribution-url"), " ", "%20")
	c.cite.Title = get("title", "script-title", "trans-title", "chapter", "contribution", "entry", "article")
	c.cite.Publisher = get("website", "work", "newspaper", "journal", "magazine", "periodical",
		"encyclopedia", "encyclopaedia", "dictionary", "agency", "publisher", "via", "institution")
	c.cite.Date = get("date", "year", "publication-date")
	c.cite.AccessDate = get("access-date", "accessdate")
	c.cite.ArchiveURL = strings.ReplaceAll(get("archive-url", "archiveurl"), " ", "%20")
	c.cite.ArchiveDate = get("archive-date", "archivedate")
	if c.cite.ArchiveURL != "" { // CS1 reads url-status only beside an archive
		c.cite.URLStatus = urlStatus(get("url-status", "urlstatus"), get("deadurl", "dead-url"))
	}
	c.cite.Authors = citeAuthors(get)
	c.cite.Pages = citePages(get("page", "p"), get("pages", "pp"), get("at"))
}

// maxAuthors is how many numbered authors (last1 … last9) a citation is read for.
const maxAuthors = 9

// citeAuthors lists a citation's authors: author=, last=/first=, their
// numbered forms (last2=, author3=), or a Vancouver list (vauthors=).
func citeAuthors(get func(keys ...string) string) []string {
	if v := get("vauthors", "authors", "people"); v != "" {
		var out []string
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
		}
		return out
	}
	var out []string
	for i := 0; i <= maxAuthors; i++ {
		n := ""
		if i > 0 {
			n = strconv.Itoa(i)
		}
		name := get("author"+n, "author-"+n)
		if last := get("last"+n, "surname"+n, "author-last"+n); last != "" {
			name = last
			if first := get("first"+n, "given"+n, "author-first"+n); first != "" {
				name = last + ", " + first
			}
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// citePages writes where in the work the citation points: "p. 12",
// "pp. 12–15", or the at= text.
func citePages(page, pages, at string) string {
	switch {
	case page != "":
		return "p. " + page
	case pages != "":
		return "pp. " + pages
	}
	return at
}

// urlStatus is the url-status of a citation with an archive URL in one
// spelling: "dead", "live", "unfit", "usurped", from url-status or the old
// deadurl=yes/no. Saying neither means dead, as in CS1, whose rendered
// citation then links the title to the archive.
func urlStatus(status, deadurl string) string {
	if s := strings.ToLower(strings.TrimSpace(status)); s != "" {
		return s
	}
	switch strings.ToLower(strings.TrimSpace(deadurl)) {
	case "yes", "y", "true":
		return "dead"
	case "no", "n", "false":
		return "live"
	}
	return "dead"
}

// webarchive reads {{webarchive|url=...}} inside a reference.
func (r *wikiReader) webarchive(t wikiTemplate) {
	if r.cur == nil || r.cur.cite.ArchiveURL != "" {
		return
	}
	if v := t.arg("url", 0); v != "" {
		r.cur.cite.ArchiveURL = r.plain(v)
		if r.cur.cite.ArchiveDate == "" {
			r.cur.cite.ArchiveDate = r.plain(t.arg("date", 1))
		}
	}
}

// plain expands a template parameter to clean text, citing and linking
// nothing.
func (r *wikiReader) plain(s string) string {
	r.discard++
	text := r.expandString(s)
	r.discard--
	return cleanProse(stripMarkers(text))
}

// sfn writes the short citation of {{sfn|Author|Year|p=5}}: a ref whose
// text is "Author Year, p. 5.", the same ref each time it is repeated.
func (r *wikiReader) sfn(t wikiTemplate, parens bool) string {
	var authors []string
	year := ""
	for _, p := range t.pos {
		p = r.plain(p)
		if p != "" {
			authors = append(authors, p)
		}
	}
	if len(authors) > 1 {
		year = authors[len(authors)-1]
		authors = authors[:len(authors)-1]
	}
	text := joinAuthors(authors)
	switch {
	case year != "" && parens:
		text += " (" + year + ")"
	case year != "":
		text += " " + year
	}
	key := "FOOTNOTE" + strings.Join(t.pos, "")
	for _, k := range []string{"p", "page", "pp", "pages", "loc", "at"} {
		v := t.named[k]
		if v == "" {
			continue
		}
		key += v
		switch k {
		case "p", "page":
			text += ", p. " + r.plain(v)
		case "pp", "pages":
			text += ", pp. " + r.plain(v)
		default:
			text += ", " + r.plain(v)
		}
	}
	return r.useRef("", key, "", text+".")
}

func joinAuthors(a []string) string {
	switch len(a) {
	case 0:
		return ""
	case 1:
		return a[0]
	case 2:
		return a[0] + " & " + a[1]
	case 3:
		return a[0] + ", " + a[1] + " & " + a[2]
	}
	return a[0] + " et al."
}

func sortReferences(refs []model.Reference) {
	slices.SortStableFunc(refs, func(a, b model.Reference) int { return a.N - b.N })
}
