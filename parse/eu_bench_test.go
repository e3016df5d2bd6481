package parse

import (
	"fmt"
	"strings"
	"testing"
)

// frenchArticle is n bytes or more of French prose of our own, with the
// date forms the scanner reads.
func frenchArticle(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Histoire %d\n\nLa ville est fondée en %d par le comte Baudouin, puis elle est prise le %d mars %d par les troupes du roi. "+
			"Au XIIe siècle, les marchands de la région y construisent une halle et des maisons. Dans les années %d, la population compte %d habitants. "+
			"L'année suivante, il quitte la ville pour Paris, où elle meurt cinq ans plus tard.\n\n",
			i, 900+i%1000, 1+i%28, 1500+i%400, 1900+10*(i%9), 2000+i)
	}
	return []byte(b.String())
}

// dutchArticle is frenchArticle in Dutch.
func dutchArticle(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Geschiedenis %d\n\nDe stad werd in %d gesticht door graaf Boudewijn en op %d maart %d door de troepen van de koning ingenomen. "+
			"In de 12e eeuw bouwden de kooplieden van de streek er een hal en huizen. In de jaren %d telde de stad %d inwoners. "+
			"Het jaar daarop vertrok hij naar Brussel, waar zij vijf jaar later stierf.\n\n",
			i, 900+i%1000, 1+i%28, 1500+i%400, 10*(i%9), 2000+i)
	}
	return []byte(b.String())
}

// germanArticle is frenchArticle in German.
func germanArticle(n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Geschichte %d\n\nDie Stadt wurde im Jahr %d von Graf Balduin gegründet und am %d. März %d von den Truppen des Königs erobert. "+
			"Im 12. Jahrhundert bauten die Kaufleute der Gegend dort eine Halle und Häuser. In den %der Jahren hatte die Stadt %d Einwohner. "+
			"Im folgenden Jahr verließ er die Stadt nach Berlin, wo sie fünf Jahre später starb.\n\n",
			i, 900+i%1000, 1+i%28, 1500+i%400, 1900+10*(i%9), 2000+i)
	}
	return []byte(b.String())
}

func benchLatin(b *testing.B, src []byte, lang string) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tl, err := Parse(src, Options{Source: lang + ".txt"})
		if err != nil || tl.Lang != lang || len(tl.Events) == 0 {
			b.Fatal(err, tl.Lang)
		}
	}
}

func BenchmarkParseFrench(b *testing.B) { benchLatin(b, frenchArticle(2<<20), "fr") }
func BenchmarkParseDutch(b *testing.B)  { benchLatin(b, dutchArticle(2<<20), "nl") }
func BenchmarkParseGerman(b *testing.B) { benchLatin(b, germanArticle(2<<20), "de") }

// BenchmarkParseFrench20MB is the size the 20 MB exports are timed at
// (BenchmarkParseZh20MB in Chinese).
func BenchmarkParseFrench20MB(b *testing.B) { benchLatin(b, frenchArticle(20<<20), "fr") }
