package markup

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/annals-tui/annals/model"
)

// readNote reads one note of a reference list: the fields of its citation
// (from Parsoid's data-mw, the COinS span of the legacy output, and the
// rendered citation), or its text, first link and the link's title.
func readNote(li *html.Node, num int) model.Reference {
	body := find(li, func(n *html.Node) bool { return hasClass(n, "reference-text") || hasClass(n, "mw-reference-text") })
	if body == nil {
		body = li
	}
	cite := find(body, func(n *html.Node) bool { return n.DataAtom == atom.Cite })
	var fields model.Citation
	if params := parsoidCite(body); params != nil {
		fields = citeFields(params)
	}
	ref := model.Reference{N: num}
	if cite == nil && emptyRef(&fields) {
		ref.Text = cleanProse(textOf(body))
		fields.URL, fields.Title = firstExternal(body)
		ref.SetCitation(fields)
		return ref
	}
	if coins := find(body, func(n *html.Node) bool { return hasClass(n, "Z3988") }); coins != nil {
		fillFromCOinS(&fields, attr(coins, "title"))
	}
	if cite != nil {
		fillFromCitation(&fields, cite)
	}
	ref.SetCitation(fields)
	return ref
}

// emptyRef reports whether a note's citation template gave none of the
// fields that would make it more than its text.
func emptyRef(c *model.Citation) bool {
	return c.Title == "" && c.URL == "" && c.Publisher == "" && c.Date == "" && c.ArchiveURL == "" && len(c.Authors) == 0
}

// parsoidCite finds the parameters of the citation template that made a
// note, in the data-mw of Parsoid's output.
func parsoidCite(body *html.Node) map[string]string {
	var params map[string]string
	each(body, func(n *html.Node) {
		if params != nil || !strings.Contains(attr(n, "typeof"), "mw:Transclusion") {
			return
		}
		var mw struct {
			Parts []json.RawMessage `json:"parts"`
		}
		if json.Unmarshal([]byte(attr(n, "data-mw")), &mw) != nil {
			return
		}
		for _, raw := range mw.Parts {
			var part struct {
				Template *struct {
					Target struct {
						Wt string `json:"wt"`
					} `json:"target"`
					Params map[string]struct {
						Wt string `json:"wt"`
					} `json:"params"`
				} `json:"template"`
			}
			if json.Unmarshal(raw, &part) != nil || part.Template == nil {
				continue
			}
			name := strings.ToLower(strings.TrimSpace(part.Template.Target.Wt))
			if !strings.HasPrefix(name, "cite") && !strings.HasPrefix(name, "citation") {
				continue
			}
			params = map[string]string{}
			for k, v := range part.Template.Params {
				params[strings.ToLower(strings.TrimSpace(k))] = v.Wt
			}
			return
		}
	})
	return params
}

// citeFields reads citation template parameters given as wikitext.
func citeFields(params map[string]string) model.Citation {
	w := newWikiReader("")
	w.cur = &refBuild{}
	w.cite(wikiTemplate{named: params})
	return w.cur.cite
}

// fillFromCOinS fills the fields a citation's COinS metadata (the title of
// span.Z3988, an OpenURL query) gives and the reference lacks.
func fillFromCOinS(fields *model.Citation, title string) {
	q, err := url.ParseQuery(title)
	if err != nil {
		return
	}
	set := func(field *string, keys ...string) {
		for _, k := range keys {
			if v := cleanProse(q.Get(k)); *field == "" && v != "" {
				*field = v
			}
		}
	}
	set(&fields.Title, "rft.atitle", "rft.btitle", "rft.title")
	set(&fields.Publisher, "rft.jtitle", "rft.pub")
	set(&fields.Date, "rft.date")
	set(&fields.Pages, "rft.pages")
	if fields.Pages == "" && q.Get("rft.spage") != "" {
		fields.Pages = joinNonEmpty("–", cleanProse(q.Get("rft.spage")), cleanProse(q.Get("rft.epage")))
	}
	if fields.Pages != "" && !strings.HasPrefix(fields.Pages, "p") {
		fields.Pages = pagesLabel(fields.Pages)
	}
	if len(fields.Authors) == 0 {
		fields.Authors = coinsAuthors(q)
	}
	for _, id := range q["rft_id"] {
		if fields.URL == "" && (strings.HasPrefix(id, "http://") || strings.HasPrefix(id, "https://")) {
			fields.URL = id
		}
	}
}

// fillFromCitation fills what is missing from the rendered citation: the
// links (the original URL and the archived copy), the quoted title, the
// italic work and the date after "Retrieved".
func fillFromCitation(fields *model.Citation, cite *html.Node) {
	var titleText string
	each(cite, func(n *html.Node) {
		if n.DataAtom != atom.A || !isExternalLink(n) {
			return
		}
		href := absoluteURL(attr(n, "href"))
		text := cleanProse(textOf(n))
		switch {
		case isArchiveURL(href):
			if fields.ArchiveURL == "" {
				fields.ArchiveURL = href
			}
			// A dead link's title points at the archive, and "the
			// original" at the URL that died; a live one's "Archived".
			if fields.URLStatus == "" {
				fields.URLStatus = "dead"
				if text == "Archived" {
					fields.URLStatus = "live"
				}
			}
		case text == "the original":
			fields.URL = href
		case fields.URL == "":
			fields.URL = href
		}
		if titleText == "" && text != "Archived" && text != "the original" {
			titleText = text
		}
	})
	if fields.Title == "" {
		fields.Title = strings.Trim(titleText, `"“”`)
	}
	if fields.Publisher == "" {
		if i := find(cite, func(n *html.Node) bool { return n.DataAtom == atom.I && !insideLink(n) }); i != nil {
			fields.Publisher = cleanProse(textOf(i))
		}
	}
	if fields.ArchiveDate == "" {
		fields.ArchiveDate = archiveDate(cleanProse(textOf(cite)))
	}
	if fields.AccessDate == "" {
		if s := find(cite, func(n *html.Node) bool { return hasClass(n, "reference-accessdate") }); s != nil {
			t := cleanProse(textOf(s))
			if _, after, ok := strings.Cut(t, "Retrieved "); ok {
				fields.AccessDate = strings.TrimRight(after, ". ")
			}
		}
	}
}

// coinsAuthors lists the authors of COinS metadata: rft.au, one a name, or
// the first author's rft.aulast and rft.aufirst.
func coinsAuthors(q url.Values) []string {
	var out []string
	if last := cleanProse(q.Get("rft.aulast")); last != "" {
		name := last
		if first := cleanProse(q.Get("rft.aufirst")); first != "" {
			name += ", " + first
		}
		out = append(out, name)
	}
	for _, a := range q["rft.au"] {
		if a = cleanProse(a); a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// pagesLabel writes a bare page or page range as a citation does: "p. 5", "pp. 5–7".
func pagesLabel(p string) string {
	if strings.ContainsAny(p, "–-,") {
		return "pp. " + p
	}
	return "p. " + p
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, s := range parts {
		if s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, sep)
}

// archiveDate is the date of "Archived from the original on 5 May 2010" in
// a rendered citation's text.
func archiveDate(text string) string {
	_, after, ok := strings.Cut(text, "Archived from the original on ")
	if !ok {
		return ""
	}
	if i := strings.Index(after, "."); i >= 0 {
		after = after[:i]
	}
	return strings.TrimSpace(after)
}

func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
		if p.DataAtom == atom.Cite {
			return false
		}
	}
	return false
}

func isExternalLink(a *html.Node) bool {
	return hasClass(a, "external") || strings.Contains(attr(a, "rel"), "mw:ExtLink")
}

// firstExternal returns the first external link of a note, and its text
// when that is not the URL itself.
func firstExternal(n *html.Node) (href, title string) {
	a := find(n, func(n *html.Node) bool { return n.DataAtom == atom.A && isExternalLink(n) })
	if a == nil {
		return "", ""
	}
	href = absoluteURL(attr(a, "href"))
	title = strings.Trim(cleanProse(textOf(a)), `"“”`)
	if title == href || strings.HasPrefix(title, "[") {
		title = ""
	}
	return href, title
}

func absoluteURL(href string) string {
	if strings.HasPrefix(href, "//") {
		return "https:" + href
	}
	return href
}

var archiveHosts = []string{
	"web.archive.org", "wayback.archive.org", "archive.today", "archive.ph", "archive.is", "archive.li",
	"archive.md", "archive.fo", "archive.vn", "webcitation.org", "www.webcitation.org",
	"wayback.archive-it.org", "ghostarchive.org", "webarchive.nla.gov.au", "www.webarchive.org.uk",
	"arquivo.pt", "perma.cc", "webarchive.loc.gov", "archive.wikiwix.com",
}

func isArchiveURL(href string) bool {
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range archiveHosts {
		if host == h {
			return true
		}
	}
	return false
}
