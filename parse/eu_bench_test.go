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

func BenchmarkParseFrench(b *testing.B) {
	src := frenchArticle(2 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tl, err := Parse(src, Options{Source: "fr.txt"})
		if err != nil || tl.Lang != "fr" {
			b.Fatal(err, tl.Lang)
		}
	}
}
