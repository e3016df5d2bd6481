package parse

import (
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

// euCase is a sentence of a pack's language, the latest date before it,
// and the dates (EDTF) the scanner must read in it, in order.
type euCase struct {
	lang, text string
	anchor     model.Date
	want       string
}

func TestLatinDates(t *testing.T) {
	y1950 := model.YearDate(1950)
	for _, c := range []euCase{
		{"fr", "Le château est bâti en 1302, puis agrandi.", model.Date{}, "1302"},
		{"fr", "Elle naît le 3 février 1901 et meurt le 1er août 1980.", model.Date{}, "1901-02-03 1980-08-01"},
		{"fr", "La ville fut fondée en 812 par un évêque.", model.Date{}, "0812"},
		{"fr", "Entre 1910 et 1914, il voyage.", model.Date{}, "1910/1914"},
		{"fr", "Le port se développe au XIIe siècle.", model.Date{}, "11XX"},
		{"fr", "La mode change au début des années 1970.", model.Date{}, "197X"},
		{"fr", "Les années 50 sont calmes.", model.Date{}, "195X"},
		{"fr", "L'année suivante, il part.", y1950, "1951"},
		{"fr", "Cinq ans plus tard, il revient.", y1950, "1955"},
		{"fr", "Le 4 mars : une grève éclate.", y1950, "1950-03-04"},
		{"fr", "Une photo de la gare (vers 1900).", model.Date{}, "1900"},
		{"fr", "La ville compte 2000 habitants.", model.Date{}, ""},
		{"fr", "César arrive en 52 av. J.-C. dans la région.", model.Date{}, "-0051"},
		{"nl", "Op 4 oktober 1830 riep men de onafhankelijkheid uit.", model.Date{}, "1830-10-04"},
		{"nl", "In de 14e eeuw bloeide de stad.", model.Date{}, "13XX"},
		{"nl", "In de jaren tachtig sloot de fabriek.", model.Date{}, "198X"},
		{"nl", "Het jaar daarop trouwde hij.", y1950, "1951"},
		{"nl", "Drie jaar later vertrok ze.", y1950, "1953"},
		{"nl", "Van 1920 tot 1925 woonde hij in Gent.", model.Date{}, "1920/1925"},
		{"nl", "Hij werkte sinds 1999 in mei 2004 nog steeds daar.", model.Date{}, "1999 2004-05"},
		{"de", "Am 9. November 1989 fiel die Mauer.", model.Date{}, "1989-11-09"},
		{"de", "Im 12. Jahrhundert entstand die Burg.", model.Date{}, "11XX"},
		{"de", "In den 1960er Jahren wuchs die Stadt.", model.Date{}, "196X"},
		{"de", "Im folgenden Jahr heiratete sie.", y1950, "1951"},
		{"de", "Von 1933 bis 1945 war er im Exil.", model.Date{}, "1933/1945"},
		{"de", "Die Römer kamen 12 v. Chr. an den Rhein.", model.Date{}, "-0011"},
		{"de", "Die Stadt hat 1500 Einwohner.", model.Date{}, ""},
		{"fr", "1871 : mariage à Lyon le 2 juin.", model.Date{}, "1871-06-02"},
		{"fr", "1871 : mariage à Lyon, puis départ en 1872.", model.Date{}, "1871 1872"},
		{"nl", "Rond 910 en 940 plunderden de Vikingen het klooster.", model.Date{}, "0910 0940"},
		{"fr", "Dans les années 30 et 40, la ville grandit.", model.Date{}, "193X 194X"},
		{"nl", "Het beleg (maart 1601 - september 1604) was lang.", model.Date{}, "1601-03/1604-09"},
		{"de", "Bis 1918 gehörte der Ort zu Preußen, am selben Tag fiel Schnee.", model.Date{}, "1918 1918"},
	} {
		var got []string
		for _, d := range latinGrammar(c.lang).find(c.text, c.anchor, nil) {
			got = append(got, d.date.EDTF())
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s %q: got %q, want %q", c.lang, c.text, g, c.want)
		}
	}
}

func TestDetectLatin(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{strings.Repeat("La ville est située sur la rive de la Meuse et les habitants sont fiers de leur histoire. ", 3), "fr"},
		{strings.Repeat("De stad ligt aan de rivier en het centrum is een van de oudste van het land. ", 3), "nl"},
		{strings.Repeat("Die Stadt liegt am Fluss und ist eine der ältesten des Landes, sie wurde nicht zerstört. ", 3), "de"},
		// English quoting a French title stays English
		{strings.Repeat("The film was released as Les Enfants du paradis in France and it was shown at the festival. ", 3), ""},
	} {
		if got := DetectLatin(c.text); got != c.want {
			t.Errorf("DetectLatin(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// An article read through Extract: a German day is not cut into two
// sentences at "9.", and a French list of year-less days takes the year
// stated before it, not the bound "jusqu'en".
func TestLatinExtract(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Geschichte\n\nDie Mauer fiel am 9. November 1989 in der Nacht. Die Stadt wurde im Jahr 1990 und danach wieder vereint, und sie ist nicht mehr geteilt. Die Menschen der Stadt sind froh und die Zeit ist vorbei.\n", "1989-11-09 1990"},
		{"Histoire\n\nL'année 1950 est agitée pour les ouvriers de la ville et des mines du pays.\n\n- Le 3 mars : la grève dure jusqu'en 1953 dans les mines.\n\n- Le 5 avril : les ouvriers et les patrons de la région signent un accord.\n", "1950 1950-03-03 1950-04-05 1953"},
	} {
		tl, err := Parse([]byte(c.text), Options{Source: "t.txt"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Date.EDTF())
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%.30q: got %q, want %q", c.text, g, c.want)
		}
		if tl.Lang != "de" && tl.Lang != "fr" {
			t.Errorf("%.30q: lang %q", c.text, tl.Lang)
		}
	}
}

// --lang forces a language: French text read as English keeps no lang,
// and a short French line too short to detect is read as French.
func TestForcedLang(t *testing.T) {
	short := "Le château brûle le 3 mars 1905.\n"
	tl, _ := Parse([]byte(short), Options{Source: "t.txt"})
	if tl.Lang != "" {
		t.Errorf("detected %q from one short line", tl.Lang)
	}
	tl, _ = Parse([]byte(short), Options{Source: "t.txt", Lang: "fr"})
	if tl.Lang != "fr" || len(tl.Events) != 1 || tl.Events[0].Date.EDTF() != "1905-03-03" {
		t.Errorf("--lang fr: %q %v", tl.Lang, tl.Events)
	}
	if !KnownLang("de") || KnownLang("xx") {
		t.Error("KnownLang")
	}
}
