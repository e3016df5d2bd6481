package markup

import (
	"slices"
	"strings"
)

// The French, German and Dutch Wikipedias cite with templates of their own
// ({{Lien web}}, {{Internetquelle}}, {{Citeer web}}, ...), whose parameters
// say what CS1's do in other words. Each is read as the {{cite ...}} it
// matches, its parameters renamed to CS1's; a parameter with no CS1 twin is
// left as it is, and read by nothing.

// citeDialects maps a citation template's name, in lower case, to the CS1
// name of each of its parameters.
var citeDialects = func() map[string]map[string]string {
	m := map[string]map[string]string{}
	for _, d := range []struct {
		templates []string
		keys      map[string]string
	}{
		{[]string{"lien web", "article", "ouvrage", "lien news", "lien vidéo", "chapitre"}, frenchCiteKeys},
		{[]string{"internetquelle", "literatur", "cite web de"}, germanCiteKeys},
		{[]string{"citeer web", "citeer boek", "citeer nieuws", "citeer journal", "citeer tijdschrift"}, dutchCiteKeys},
	} {
		for _, t := range d.templates {
			m[t] = d.keys
		}
	}
	return m
}()

var frenchCiteKeys = withNumbered(map[string]string{
	"titre": "title", "lire en ligne": "url", "url texte": "url", "site": "website", "périodique": "journal",
	"journal": "journal", "éditeur": "publisher", "année": "year", "consulté le": "access-date",
	"archive-url": "archive-url", "archiveurl": "archive-url", "archive url": "archive-url",
	"archive-date": "archive-date", "archivedate": "archive-date", "date archive": "archive-date",
	"passage": "page", "titre chapitre": "chapter", "auteur institutionnel": "author",
}, map[string]string{"auteur": "author", "nom": "last", "prénom": "first"})

var germanCiteKeys = withNumbered(map[string]string{
	"titel": "title", "online": "url", "werk": "work", "sammelwerk": "work", "hrsg": "publisher",
	"verlag": "publisher", "herausgeber": "publisher", "datum": "date", "jahr": "year", "abruf": "access-date",
	"zugriff": "access-date", "archiv-url": "archive-url", "archiv-datum": "archive-date", "seiten": "pages",
	"seite": "page", "kapitel": "chapter",
}, map[string]string{"autor": "author", "nachname": "last", "vorname": "first"})

var dutchCiteKeys = withNumbered(map[string]string{
	"titel": "title", "werk": "work", "krant": "newspaper", "tijdschrift": "journal", "uitgever": "publisher",
	"datum": "date", "jaar": "year", "bezochtdatum": "access-date", "archiefurl": "archive-url",
	"archiefdatum": "archive-date", "pagina": "page", "paginas": "pages", "pagina's": "pages", "hoofdstuk": "chapter",
}, map[string]string{"auteur": "author", "achternaam": "last", "voornaam": "first"})

// withNumbered adds to keys the author parameters of people, and their
// numbered forms (nom1=, auteur2=), as citeAuthors reads them.
func withNumbered(keys, people map[string]string) map[string]string {
	for local, cs1 := range people {
		keys[local] = cs1
		for i := 1; i <= maxAuthors; i++ {
			n := string(rune('0' + i))
			keys[local+n] = cs1 + n
		}
	}
	return keys
}

// asCS1 renames the parameters of a citation template of another Wikipedia
// to CS1's, and states its link's death as CS1 does (offline=ja,
// dodeurl=ja, brisé le=DATE: the URL is dead). ok is false for a template
// that is no such citation.
func asCS1(t wikiTemplate) (wikiTemplate, bool) {
	keys, ok := citeDialects[t.name]
	if !ok {
		return t, false
	}
	out := wikiTemplate{name: "cite " + t.name, pos: t.pos, args: t.args, named: make(map[string]string, len(t.named))}
	var local []string
	for k, v := range t.named {
		if _, ok := keys[k]; ok {
			local = append(local, k)
			continue
		}
		out.named[k] = v // a CS1 name already, or one nothing reads
	}
	slices.Sort(local) // two spellings of one field: the same one wins each time
	for _, k := range local {
		if cs1 := keys[k]; strings.TrimSpace(out.named[cs1]) == "" {
			out.named[cs1] = t.named[k]
		}
	}
	// These Wikipedias say a link is dead, where CS1 says it is alive:
	// an archive alone means a copy kept in case.
	out.named["url-status"] = "live"
	for _, dead := range []string{"offline", "dodeurl", "brisé le", "lien brisé"} {
		if v := strings.ToLower(strings.TrimSpace(t.named[dead])); v != "" && v != "nee" && v != "nein" && v != "non" && v != "no" {
			out.named["url-status"] = "dead"
		}
	}
	return out, true
}

// webarchiv reads German {{Webarchiv|url=...|wayback=TIMESTAMP}}, whose
// archive URL is made of the original and the Wayback Machine's timestamp
// (or an archive.today id), inside a reference.
func (r *wikiReader) webarchiv(t wikiTemplate) {
	if r.cur == nil || r.cur.cite.ArchiveURL != "" {
		return
	}
	url := r.plain(t.named["url"])
	switch {
	case url == "":
		return
	case t.named["wayback"] != "":
		stamp := r.plain(t.named["wayback"])
		r.cur.cite.ArchiveURL = "https://web.archive.org/web/" + stamp + "/" + url
		if len(stamp) >= 8 && isDigits(stamp[:8]) {
			r.cur.cite.ArchiveDate = stamp[:4] + "-" + stamp[4:6] + "-" + stamp[6:8]
		}
	case t.named["archive-is"] != "":
		r.cur.cite.ArchiveURL = "https://archive.today/" + r.plain(t.named["archive-is"])
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
