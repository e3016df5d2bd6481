package markup

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Classes of elements that are not article prose.
var skipClasses = map[string]bool{
	"infobox": true, "navbox": true, "navbox-styles": true, "vertical-navbox": true, "sidebar": true,
	"hatnote": true, "dablink": true, "rellink": true, "shortdescription": true, "mw-editsection": true,
	"noprint": true, "metadata": true, "ambox": true, "ombox": true, "tmbox": true, "mbox-small": true,
	"sistersitebox": true, "side-box": true, "portalbox": true, "mw-empty-elt": true, "toc": true,
	"magnify": true, "mw-references-wrap": true,
	"reflist": true, "references": true, "mw-cite-backlink": true, "Z3988": true, "citation-comment": true,
	"cs1-maint": true, "mw-jump-link": true, "catlinks": true, "printfooter": true, "mwe-math-element": true,
	"geo-nondefault": true, "geo-multi-punct": true, "mw-authority-control": true, "mw-indicators": true,
	"mw-ext-cite-error": true, "error": true, "mw-kartographer-maplink": true, "navigation-not-searchable": true,
	"refbegin": true, "mw-collapsible-toggle": true, "sr-only": true, "mw-file-element": true,
}

var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Link: true, atom.Meta: true, atom.Noscript: true,
	atom.Img: true, atom.Audio: true,
	atom.Video: true, atom.Svg: true, atom.Math: true, atom.Button: true, atom.Input: true,
	atom.Form: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Template: true, atom.Object: true, atom.Iframe: true, atom.Map: true, atom.Head: true,
	atom.Title: true, atom.Select: true, atom.Textarea: true,
}

var skipIDs = map[string]bool{
	"toc": true, "coordinates": true, "catlinks": true, "siteSub": true, "contentSub": true,
	"jump-to-nav": true, "mw-navigation": true, "footer": true, "mw-head": true, "mw-panel": true,
	"siteNotice": true, "p-lang-btn": true, "vector-toc": true,
}

// skipElement reports whether an element holds no article prose.
func skipElement(n *html.Node) bool {
	if skipAtoms[n.DataAtom] || skipIDs[attr(n, "id")] {
		return true
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if skipClasses[c] || strings.HasPrefix(c, "box-") || strings.HasPrefix(c, "mbox-") {
			return true
		}
	}
	switch attr(n, "role") {
	case "navigation", "note":
		return true
	}
	typ := attr(n, "typeof")
	if strings.Contains(typ, "mw:Extension/references") || typ == "mw:File" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// insideSkipped reports whether an ancestor of n holds no article prose.
func insideSkipped(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html && skipElement(p) {
			return true
		}
	}
	return false
}
