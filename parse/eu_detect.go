package parse

import (
	"strings"
	"sync"
	"unicode"

	"github.com/annals-tui/annals/parse/lang"
	"github.com/annals-tui/annals/parse/lang/de"
	"github.com/annals-tui/annals/parse/lang/fr"
	"github.com/annals-tui/annals/parse/lang/nl"
	"github.com/annals-tui/annals/parse/markup"
)

// latinPacks are the Latin-script languages besides English, each with its
// grammar built once.
var latinPacks = []*lang.Pack{fr.Pack, nl.Pack, de.Pack}

// latinGrammars builds each grammar the first time an article in its
// language asks for it: compiling all three at start-up was half the
// start-up of every run, English or not.
var latinGrammars = func() map[string]func() *euGrammar {
	m := map[string]func() *euGrammar{}
	for _, p := range latinPacks {
		m[p.Name] = sync.OnceValue(func() *euGrammar { return newEuGrammar(p) })
	}
	return m
}()

// latinGrammar is the grammar of lang ("fr", "nl", "de"), or nil.
func latinGrammar(lang string) *euGrammar {
	if build := latinGrammars[lang]; build != nil {
		return build()
	}
	return nil
}

// englishFunctionWords are what an English text holds most of.
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "is": true, "was": true, "with": true,
	"for": true, "that": true, "by": true, "from": true, "his": true, "which": true, "were": true,
	"are": true, "as": true, "on": true, "at": true, "it": true, "has": true, "had": true,
}

// functionWordOf maps each function word of the packs to the packs' indexes
// that hold it, as a bit set.
var functionWordOf = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, p := range latinPacks {
		for _, w := range p.Latin.FunctionWords {
			m[w] |= 1 << i
		}
	}
	return m
}()

// DetectLatin names the Latin-script language of s other than English
// ("fr", "nl", "de"), or "" for English and anything in doubt. It counts
// the languages' function words in the first 64 KB: one language must hold
// at least six, three times the English ones and half again as many as any
// other. An English article quoting French titles stays English.
func DetectLatin(s string) string {
	var c latinCount
	c.add(s)
	return c.lang()
}

type latinCount struct {
	en, seen int
	packs    [3]int
}

func (c *latinCount) add(s string) {
	if room := detectBytes - c.seen; len(s) > room {
		s = s[:max(room, 0)]
	}
	c.seen += len(s)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 6 {
			continue
		}
		w = strings.ToLower(w)
		if englishFunctionWords[w] {
			c.en++
		}
		bits := functionWordOf[w]
		for i := range c.packs {
			if bits&(1<<i) != 0 {
				c.packs[i]++
			}
		}
	}
}

func (c *latinCount) lang() string {
	best, second := 0, -1
	for i := 1; i < len(c.packs); i++ {
		if c.packs[i] > c.packs[best] {
			best = i
		}
	}
	for i := range c.packs {
		if i != best && (second < 0 || c.packs[i] > c.packs[second]) {
			second = i
		}
	}
	n := c.packs[best]
	if n < 6 || n < 3*c.en || 2*n < 3*c.packs[second] {
		return ""
	}
	return latinPacks[best].Name
}

// LangOf is the language annals reads that a language tag names: the tag
// of an HTML page ("de-CH", "zh-Hant"), or a Wikipedia edition
// ("simple" is English, "zh-yue" Chinese); "" for one it does not read,
// which leaves the language to detection.
func LangOf(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if tag == "simple" {
		return "en"
	}
	primary, _, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	if primary == "" || !KnownLang(primary) {
		return ""
	}
	return primary
}

// KnownLang says whether lang can be asked for with --lang ("" asks for
// detection).
func KnownLang(lang string) bool {
	return lang == "" || lang == "en" || lang == "zh" || latinGrammars[lang] != nil
}

// latinGrammarOf is the date grammar of doc's language when it is French,
// Dutch or German, else nil.
func latinGrammarOf(doc *markup.Doc) *euGrammar {
	var c latinCount
	c.add(doc.Title)
	for _, b := range doc.Blocks {
		if c.seen >= detectBytes {
			break
		}
		c.add(b.Text)
	}
	if l := c.lang(); l != "" {
		return latinGrammar(l)
	}
	return nil
}

// prose is blocks up to the language's first tail heading ("Références",
// "Einzelnachweise"): what follows is lists of sources, not prose.
func (g *euGrammar) prose(blocks []markup.Block) []markup.Block {
	for i, b := range blocks {
		if b.Kind == markup.Heading && g.pack.TailHeadings[strings.ToLower(strings.TrimSpace(b.Text))] {
			return blocks[:i]
		}
	}
	return blocks
}
