package markup

import (
	"os"
	"path/filepath"
	"testing"
)

// Plain-text shapes that copies of Wikipedia articles take: none of them
// may read as wikitext or Markdown, headings in "==" included.
var textShapes = map[string]string{
	"eq-headings": "= Belgium–Chile relations =\n\nInfobox\n- Map: Belgium Chile Locator.png\n\nBelgium–Chile relations are the relations.\n\n==History==\n\nRelations began in 1851.[1] Trade grew in 1900.[2]\n\n== References ==\n\n^ \"Belgium and Chile\". FPS Foreign Affairs. Retrieved 3 May 2021.\n",
	"mirror":      "Belgium–Chile relations\n\n[1] Relations began in 1851.[1] Trade grew in 1900.[2] The embassy opened in 1990.[3]\n\nZhu RongjiQian QichenBrusselsSantiagoValparaísoAtacama DesertAlbert II of BelgiumSebastián PiñeraRoyal Palace of Brussels\n",
	"chrome":      "Belgium–Chile relations\n\nFrom Wikipedia, the free encyclopedia\nJump to: navigation, search\n\nRelations began in 1851.\n\nHistory[edit]\n\nTrade grew in 1900 - and fell - in 1930.\n\n* a bullet\n- a dash item\n",
	"explained":   "Belgium–Chile relations explained\n\nRelations began in 1851, when a consul arrived. A second * star and ** two appear.\n",
}

func TestDetectText(t *testing.T) {
	for name, src := range textShapes {
		if got := Detect([]byte(src)); got != Text {
			t.Errorf("%s: Detect = %q, want text", name, got)
		}
	}
}

func TestDetectFormats(t *testing.T) {
	for file, want := range map[string]Format{
		"relations.wiki": Wikitext, "relations-legacy.html": HTML, "relations-parsoid.html": HTML, "relations.md": Markdown,
	} {
		src, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(src); got != want {
			t.Errorf("%s: Detect = %q, want %q", file, got, want)
		}
	}
	for src, want := range map[string]Format{
		"<p>Para one.</p><p>Para <a href=\"/wiki/X\">two</a>.</p><div>x</div>": HTML,
		"'''Foo''' is a [[bar]].":                                 Wikitext,
		"<!-- note -->\n{{Infobox}}\n'''Foo''' is [[a]].":         Wikitext,
		"# Title\n\nText with a footnote.[^1]\n\n[^1]: A source.": Markdown,
		"": Text,
	} {
		if got := Detect([]byte(src)); got != want {
			t.Errorf("Detect(%q) = %q, want %q", src, got, want)
		}
	}
}
