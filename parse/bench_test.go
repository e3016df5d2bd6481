package parse

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticArticle writes about size bytes of made-up article text in the
// forms the parser meets: headings, full dates, months, decades, centuries,
// life spans, ranges, [n] citations and people with their offices.
func syntheticArticle(size int) []byte {
	rng := rand.New(rand.NewPCG(2, 6))
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	people := []string{"Prime Minister Guy Example", "Vice-premier Lin Sample", "Foreign Minister Anne Placeholder",
		"President Marek Testowy", "King Albert Fictive", "Ambassador Chen Dummy", "Senator Jo Mockett"}
	places := []string{"Brussels", "Beijing", "Antwerp", "Shanghai", "Prague", "Stockholm", "Copenhagen", "Berlin"}
	sentences := []func(y int) string{
		func(y int) string {
			return fmt.Sprintf("On %d %s %d, %s visited %s to sign a trade agreement.", 1+rng.IntN(28), months[rng.IntN(12)], y,
				people[rng.IntN(len(people))], places[rng.IntN(len(places))])
		},
		func(y int) string {
			return fmt.Sprintf("The embassy in %s opened in %s %d and a consulate followed in %d.", places[rng.IntN(len(places))],
				months[rng.IntN(12)], y, y+1+rng.IntN(5))
		},
		func(y int) string {
			return fmt.Sprintf("Cultural exchanges grew in the %ds, with nearly %d students each year.", y/10*10, 100+rng.IntN(900))
		},
		func(y int) string {
			return fmt.Sprintf("Missionaries reached %s in the %s century.", places[rng.IntN(len(places))], ordinal(y/100+1))
		},
		func(y int) string {
			return fmt.Sprintf("The envoy %s (%d–%d) led the delegation.", people[rng.IntN(len(people))], y-60, y+10)
		},
		func(y int) string {
			return fmt.Sprintf("From %d to %d the two countries had no relations, and trade fell by 4.%d%%.", y, y+3+rng.IntN(10), rng.IntN(10))
		},
		func(y int) string {
			return fmt.Sprintf("In %d, %s met %s in %s.", y, people[rng.IntN(len(people))], people[rng.IntN(len(people))],
				places[rng.IntN(len(places))])
		},
		func(int) string { return "The talks covered security, investment and human rights." },
	}
	return writeArticle(size, rng, sentences, "== Relations in period %d ==\n", "", " ")
}

// writeArticle fills about size bytes with sections (heading is a format
// taking the section's number) of paragraphs of random sentences, half of
// them cited; end closes a sentence after its marker and sep parts two.
func writeArticle(size int, rng *rand.Rand, sentences []func(y int) string, heading, end, sep string) []byte {
	var b strings.Builder
	cite := 1
	for b.Len() < size {
		fmt.Fprintf(&b, heading, cite)
		for range 3 + rng.IntN(4) {
			for range 2 + rng.IntN(5) {
				b.WriteString(sentences[rng.IntN(len(sentences))](1800 + rng.IntN(225)))
				if rng.IntN(2) == 0 {
					fmt.Fprintf(&b, "[%d]", cite)
					cite++
				}
				b.WriteString(end + sep)
			}
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

func ordinal(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return fmt.Sprintf("%dth", n)
	case n%10 == 1:
		return fmt.Sprintf("%dst", n)
	case n%10 == 2:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3:
		return fmt.Sprintf("%drd", n)
	}
	return fmt.Sprintf("%dth", n)
}

func BenchmarkParse(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"2MB", 2 << 20}, {"20MB", 20 << 20}} {
		src := syntheticArticle(size.bytes)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var events int
			for b.Loop() {
				t, err := Parse(src, Options{Source: "bench.txt"})
				if err != nil {
					b.Fatal(err)
				}
				events = len(t.Events)
			}
			b.ReportMetric(float64(events), "events")
		})
	}
}
