package markup

import (
	stdhtml "html"
	"strings"
	"unicode"
	"unicode/utf8"
)

var fileNamespaces = []string{"file:", "image:", "media:", "datei:", "fichier:", "bild:", "archivo:", "imagen:", "immagine:", "plik:", "bestand:"}

func isFileTarget(s string) bool {
	low := asciiLower(strings.TrimLeft(s[:min(len(s), 12)], " "))
	for _, ns := range fileNamespaces {
		if strings.HasPrefix(low, ns) {
			return true
		}
	}
	return false
}

// Namespaces whose links are not names of things the article mentions.
var linkNamespaces = map[string]bool{
	"category": true, "wikipedia": true, "wp": true, "help": true, "template": true, "portal": true,
	"special": true, "talk": true, "user": true, "draft": true, "module": true, "mediawiki": true,
	"wikt": true, "wiktionary": true, "s": true, "wikisource": true, "commons": true, "c": true,
	"q": true, "wikiquote": true, "n": true, "wikinews": true, "b": true, "wikibooks": true,
	"v": true, "wikiversity": true, "voy": true, "d": true, "wikidata": true, "m": true, "meta": true,
	"mw": true, "species": true, "w": true, "user talk": true, "file": true, "image": true,
}

// internalLink writes the text of [[inner]]: the label after the pipe, or
// the target; files, categories and interlanguage links write nothing.
func (r *wikiReader) internalLink(inner string, b *strings.Builder) {
	target, label, piped := strings.Cut(inner, "|")
	target = strings.TrimSpace(target)
	leadingColon := strings.HasPrefix(target, ":")
	target = strings.TrimPrefix(target, ":")
	ns, _, hasNS := strings.Cut(target, ":")
	ns = strings.ToLower(strings.TrimSpace(ns))
	switch {
	case isFileTarget(target) && !leadingColon:
		r.fileCaption(label, b)
		return
	case hasNS && ns == "category" && !leadingColon:
		return
	case hasNS && isLanguageCode(ns) && !leadingColon:
		return // an interlanguage link: not shown in the text
	}
	if piped && strings.TrimSpace(label) == "" {
		label = pipeTrick(target) // [[Foo (bar)|]] reads "Foo"
	}
	if !piped {
		label = target
	}
	title := ""
	if r.discard == 0 && !(hasNS && linkNamespaces[ns]) && !strings.HasPrefix(target, "#") {
		title = r.addLink(target)
	}
	start := b.Len()
	r.expand(label, b)
	if title != "" {
		r.doc.Shown = append(r.doc.Shown, Link{Title: title, Text: b.String()[start:]})
	}
}

func pipeTrick(target string) string {
	if _, rest, ok := strings.Cut(target, ":"); ok {
		target = rest
	}
	if i := strings.Index(target, " ("); i > 0 {
		target = target[:i]
	}
	if i := strings.Index(target, ", "); i > 0 {
		target = target[:i]
	}
	return target
}

func isLanguageCode(s string) bool {
	if s == "simple" {
		return true
	}
	code, variant, _ := strings.Cut(s, "-")
	if len(code) < 2 || len(code) > 3 || len(variant) > 8 {
		return false
	}
	for _, c := range code + variant {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// addLink records a linked page's title for entity recognition, and
// returns it ("" for a target that names no page).
func (r *wikiReader) addLink(target string) string {
	if i := strings.IndexByte(target, '#'); i >= 0 {
		target = target[:i]
	}
	title := cleanProse(stdhtml.UnescapeString(strings.ReplaceAll(target, "_", " ")))
	if title == "" || strings.ContainsAny(title, "{}[]<>|") {
		return ""
	}
	c, size := utf8.DecodeRuneInString(title)
	title = string(unicode.ToUpper(c)) + title[size:]
	if !r.links[title] {
		r.links[title] = true
		r.doc.Links = append(r.doc.Links, title)
	}
	return title
}
