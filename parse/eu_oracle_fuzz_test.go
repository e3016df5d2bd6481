package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang"
)

// euOracleSeeds are sentences of our own with every form, and the edges
// where a hand-written matcher goes wrong first: case, runs of white space,
// both apostrophes, a form inside a word, runes that fold to ASCII letters
// (ſ, the Kelvin sign), broken UTF-8.
var euOracleSeeds = []string{
	"Le château est bâti en 1302, puis agrandi entre 1843 et 1846 par le roi Philippe.",
	"Elle naît le lundi 3 février 1901 et meurt le 1er août 1980 ; l'année suivante, rien.",
	"Du 3 au 5 mai 1990, puis de 1939 à 1945, et 1939–45, et novembre 1830 - novembre 1833.",
	"Au XIXe siècle, au dix-neuvième siècle, au 12e siècle av. J.-C., les années 1980, les années 60-61.",
	"Dans les années 30 et 40, cinq ans plus tard, deux ans auparavant, le même jour, un mois plus tard.",
	"Jusqu'en 1962, jusqu’en 1963, vers 1900, rond 850 en 880, ou 52 av. J.-C. et 12 apr. J.-C.",
	"Henri, duc de Brabant, en 1212 ; prise par Jean, duc d’Anjou, en 1408 puis saint Hubert II.",
	"Op 4 oktober 1830 riep men de onafhankelijkheid uit; in de 14e eeuw; de jaren tachtig; het jaar daarop.",
	"Van 2205 v.Chr. tot 1911 n.Chr., tussen 1920 en 1925, drie jaar later, diezelfde dag, koning Albert I.",
	"Am 9. November 1989 fiel die Mauer, im 12. Jahrhundert, in den 1960er Jahren, Ende der 60er Jahre.",
	"Von 1933 bis 1945, im folgenden Jahr, 12 v. Chr., Bundeskanzler Helmut Kohl, zwischen 1800 und 1810.",
	"LE 14 JUILLET 1789, Le 14  Juillet\t1789, le 14\njuillet 1789, EN 1302, ENTRE 1843 ET 1846.",
	"x1302 1302x 12345 2000 habitants 2000 soldats 1500 Einwohner le 32 mars 1900 le 31 février 1900",
	"XIXe ſiècle, 19e ſiecle, \u212aönig Ludwig, Dezember 1900, \xff1900\xfe, le 3 mars\xc3",
	"1894 : décès à Paris le 7 février. 1871 : mariage à Lyon, puis départ en 1872.",
	"Rond 910 en 940 plunderden de Vikingen; maart 1601 - september 1604; Bis 1918, am selben Tag.",
}

func TestEuScanMatchesReference(t *testing.T) {
	anchors := []model.Date{{}, model.YearDate(1950), model.DayDate(1830, 10, 4)}
	for _, l := range []string{"fr", "nl", "de"} {
		for _, s := range euOracleSeeds {
			for _, a := range anchors {
				if d := sameScan(l, s, a); d != "" {
					t.Errorf("%s %q (anchor %v): %s", l, s, a, d)
				}
			}
		}
	}
}

// TestEuScanRandom compares the scanner with the reference on sentences
// made of the packs' own words, numbers and punctuation, in random case and
// with random white space between them.
func TestEuScanRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 15))
	n := 1500
	if testing.Short() {
		n = 200
	}
	for _, p := range latinPacks {
		vocab := euVocabulary(p)
		for range n {
			s := euRandomSentence(rng, vocab)
			if d := sameScan(p.Name, s, model.YearDate(1900+rng.IntN(100))); d != "" {
				t.Fatalf("%s %q: %s", p.Name, s, d)
			}
		}
	}
}

// euVocabulary is every phrase a pack's forms are made of, with numbers,
// names and the punctuation between them.
func euVocabulary(p *lang.Pack) []string {
	l := p.Latin
	var v []string
	for _, m := range []map[string]int{p.Months, p.NumberWords, p.OrdinalWords, l.DecadeWords} {
		v = append(v, keys(m)...)
	}
	for _, m := range []map[string]bool{p.YearOpeners, p.QuantityNouns, l.Titles, l.NameParticles} {
		v = append(v, keys(m)...)
	}
	for _, ws := range [][]string{l.Weekdays, l.DaySuffixes, l.CenturyNouns, l.CenturySuffix, l.DecadeBefore,
		l.DecadeAfter, l.BC, l.AD, l.RangeOpen, l.RangeJoin, l.YearAfter, l.YearBefore, l.SameYear, l.SameDay,
		l.MonthAfter, l.Until, l.And, l.YearNouns, l.Later, l.Earlier} {
		v = append(v, ws...)
	}
	return append(v, "1", "3", "12", "31", "60", "80", "709", "1302", "1789", "1990", "2025", "12345", "0",
		"XIX", "XII", "IV", "Ier", "Jean", "Marie-Anne", "O'Neil", "Kohl", "II", ",", ".", ":", ";", "-", "–", "—", "(", ")",
		"'", "’", "1er", "3.", "19e", "60er", "ſ", "\u212a", "é", "\xff")
}

var euSeparators = []string{" ", " ", " ", " ", "", "  ", "\t", "\n", "\u00a0", ", ", "-"}

func euRandomSentence(rng *rand.Rand, vocab []string) string {
	var b strings.Builder
	for range 1 + rng.IntN(14) {
		w := vocab[rng.IntN(len(vocab))]
		switch rng.IntN(7) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w = euTitleCase(w)
		case 2: // "plus\u00a0tard", "v.\tChr."
			w = strings.ReplaceAll(w, " ", euSeparators[rng.IntN(len(euSeparators))])
		}
		b.WriteString(w)
		b.WriteString(euSeparators[rng.IntN(len(euSeparators))])
	}
	return b.String()
}

func euTitleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// FuzzEuScan holds the scanner to the reference on any text.
func FuzzEuScan(f *testing.F) {
	for _, s := range euOracleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []string{"fr", "nl", "de"} {
			if d := sameScan(l, s, model.YearDate(1950)); d != "" {
				t.Fatalf("%s %q: %s", l, s, d)
			}
		}
	})
}
