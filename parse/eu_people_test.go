package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/annals-tui/annals/internal/textsafe"
	"github.com/annals-tui/annals/parse/markup"
)

// peopleOf parses text in lang and gives each event's date and people,
// "1990: A|B".
func euPeopleOf(t *testing.T, lang, text string) []string {
	t.Helper()
	tl, err := Parse([]byte(text), Options{Source: "t.txt", Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range tl.Events {
		out = append(out, e.Date.EDTF()+": "+strings.Join(e.People, "|"))
	}
	return out
}

func checkEU(t *testing.T, lang, text string, want ...string) {
	t.Helper()
	got := euPeopleOf(t, lang, text)
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("%s %.60q:\n got  %q\n want %q", lang, text, got, want)
	}
}

// Offices before a name are no part of it, in any case and in the
// genitive ("des Kanzlers").
func TestLatinTitles(t *testing.T) {
	checkEU(t, "fr", "En 1993, le roi Albert prête serment devant les chambres.", "1993: Albert")
	checkEU(t, "fr", "Le 3 mars 2015, le Premier ministre Charles Michel reçoit le président chinois Xi Jinping.",
		"2015-03-03: Charles Michel|Xi Jinping")
	checkEU(t, "nl", "In 1951 volgde koning Boudewijn zijn vader op.", "1951: Boudewijn")
	checkEU(t, "nl", "Op 4 mei 2009 sprak premier Herman Van Rompuy in Gent.", "2009-05-04: Herman Van Rompuy")
	checkEU(t, "de", "Im Jahr 1982 wurde Bundeskanzler Helmut Schmidt abgewählt.", "1982: Helmut Schmidt")
	checkEU(t, "de", "1831 schwor König Leopold den Eid auf die Verfassung.", "1831: Leopold")
	checkEU(t, "de", "Im Auftrag des Kanzlers Konrad Adenauer reiste er 1955 nach Moskau.", "1955: Konrad Adenauer")
	// an office of a place is no person: "Bürgermeister von Brügge"
	checkEU(t, "de", "1990 wurde Peter Huber zum Bürgermeister von Brügge gewählt.", "1990: Peter Huber")
}

// Particles stay inside a name: de, van, von, van der, de la.
func TestLatinParticles(t *testing.T) {
	checkEU(t, "fr", "En 1668, Jean de la Fontaine publie ses premières fables.", "1668: Jean de la Fontaine")
	checkEU(t, "nl", "In 1434 schilderde Jan van Eyck het portret.", "1434: Jan van Eyck")
	checkEU(t, "de", "Am 16. Juli 2019 wurde Ursula von der Leyen gewählt.", "2019-07-16: Ursula von der Leyen")
	checkEU(t, "fr", "En 1974, le président Valéry Giscard d'Estaing reçoit le chancelier.", "1974: Valéry Giscard d'Estaing")
}

// A biography's lead may give middle names its title leaves out: the
// person is named as the title names them.
func TestLatinSubjectShortName(t *testing.T) {
	checkEU(t, "de", "Otto Lenz\n\nOtto Karl Friedrich Lenz (* 3. April 1901 in Kassel) war ein Maler.\n\n"+
		"Im Jahr 1930 zog er nach Köln. Im Jahr 1931 stellte Lenz in Paris aus.",
		"1901-04-03: Otto Lenz", "1930: Otto Lenz", "1931: Otto Lenz")
}

// A pronoun means the article's subject, or the one person just named
// when its gender fits; "elle" after a king means no one.
func TestLatinPronouns(t *testing.T) {
	checkEU(t, "fr", "Marguerite Yourcenar, romancière née le 8 juin 1903 à Bruxelles, écrit beaucoup.\n\n"+
		"En 1951, elle publie un roman qui la rend célèbre.",
		"1903-06-08: Marguerite Yourcenar", "1951: Marguerite Yourcenar")
	checkEU(t, "nl", "In 1830 stichtte Leopold Dewinter een brouwerij in Leuven. In 1842 verkocht hij de brouwerij.",
		"1830: Leopold Dewinter", "1842: Leopold Dewinter")
	checkEU(t, "de", "Im Jahr 1909 baute Rudolf Steiner ein Haus in der Stadt. Im Jahr 1912 verließ er die Stadt.",
		"1909: Rudolf Steiner", "1912: Rudolf Steiner")
	checkEU(t, "fr", "En 1467, la ville fut prise par Louis XI. Réunie à la France en 1793, elle fut le chef-lieu du département.",
		"1467: Louis XI", "1793: ")
	// "sie" may be "they": no one of unknown gender is meant by it
	checkEU(t, "de", "Im Jahr 1950 kam Tan Yuming nach Gent. Im Jahr 1951 verließen sie die Stadt.",
		"1950: Tan Yuming", "1951: ")
}

// A surname alone is the person named before in full; a possessive in a
// biography is its subject. A stop inside parentheses ("W.-G.") ends no
// sentence, so the lead's date keeps its name.
func TestLatinSurnames(t *testing.T) {
	checkEU(t, "de", "Li Peng (chinesisch 李鹏, W.-G. Li P’eng; * 20. Oktober 1928 in Chengdu) war ein chinesischer Politiker.\n\n"+
		"Im Jahr 1988 wurde Li zum Premier ernannt. Im Jahr 1989 starb seine Mutter.",
		"1928-10-20: Li Peng", "1988: Li Peng", "1989: Li Peng")
}

// The German genitive -s goes after a noun ("der Tod Karl Martells"), or
// when the base form was named before; a name that ends in s keeps it,
// and a possessor not named before is no person of the event.
func TestLatinGenitive(t *testing.T) {
	checkEU(t, "de", "Nach dem Tod Karl Martells im Jahr 741 teilten die Söhne das Reich.", "0741: Karl Martell")
	checkEU(t, "de", "Im Jahr 732 siegte Karl Martell bei Poitiers. Im Jahr 741 erbten Karl Martells Söhne das Reich.",
		"0732: Karl Martell", "0741: Karl Martell")
	checkEU(t, "de", "Im Jahr 1990 traf Thomas Haas den Minister in Bonn.", "1990: Thomas Haas")
	checkEU(t, "de", "Im Jahr 1982 wurde Helmut Kohl Kanzler. Nach Kohls Rücktritt übernahm 1998 Wolfgang Schäuble.",
		"1982: Helmut Kohl", "1998: Helmut Kohl|Wolfgang Schäuble")
	checkEU(t, "de", "Im Jahr 1990 reiste er in Paul Ehrlichs Labor nach Berlin.", "1990: ")
}

// Organisations, places, works and things are no people.
func TestLatinThings(t *testing.T) {
	checkEU(t, "nl", "In 1982 stalen ze een Austin Allegro in Brussel.", "1982: ")
	checkEU(t, "fr", "En 1968, les étudiants scandent \"Walen Buiten\" à Louvain.", "1968: ")
	checkEU(t, "de", "Im Jahr 1674 erhält Eupen Stadtrechte von Brabant.", "1674: ")
	checkEU(t, "de", "Im Jahr 1921 wurde die Kommunistische Partei Chinas (KPCh) gegründet.", "1921: ")
	checkEU(t, "nl", "In 1180 verleende de Graaf van Vlaanderen, Filip van de Elzas, de stad privileges.", "1180: Filip van de Elzas")
	checkEU(t, "fr", "Depuis 1842, il travaille rue Saint-Georges à Paris.", "1842: ")
	checkEU(t, "nl", "In 2014 bezocht koning Filip het dierenpark Zoo van Antwerpen (Pairi Daiza).", "2014: Filip")
	checkEU(t, "nl", "In 2004 ontving kroonprins Filip de Chinese president.", "2004: Filip")
}

// Another name in parentheses after a person's is that person's.
func TestLatinAliases(t *testing.T) {
	checkEU(t, "de", "Im Jahr 1950 traf Wang Li (auch Wang Lee oder Robert Wang) den Botschafter.", "1950: Wang Li")
}

// In a sentence of several dates, each name goes with its own: "par X,
// titre, en DATE", or the date of its clause.
func TestLatinNamesByDate(t *testing.T) {
	checkEU(t, "fr", "La ville fut prise par Robert, comte de Flandre, en 1105, puis par le roi Philippe en 1130.",
		"1105: Robert", "1130: Philippe")
	checkEU(t, "nl", "In 630 stichtte St Bavo de abdij, die rond 660 werd uitgebreid.", "0630: Bavo", "0660: ")
	// a clause of time tells the date before it too
	checkEU(t, "fr", "Les liens remontent au XVIIIe siècle lorsque Pierre Ier de Russie visite Spa en 1717.",
		"17XX: Pierre Ier de Russie", "1717: Pierre Ier de Russie")
}

// A name ends one word after its particles ("Karl der Große" before
// "Aachen"); another language's particles stay inside a name; an office
// of a place before a name is no part of it.
func TestLatinEpithetsAndOffices(t *testing.T) {
	checkEU(t, "de", "Im Jahr 768 wählte Karl der Große Aachen zu seiner Pfalz. Nach dem Tod Karls des Großen im Jahr 814 verfiel sie.",
		"0768: Karl der Große", "0814: Karl der Große")
	checkEU(t, "fr", "Le duc de Bourgogne Philippe le Bon fonde l'ordre en 1430.", "1430: Philippe le Bon")
	checkEU(t, "fr", "Au XVe siècle, le peintre Jan van Eyck travaille à Bruges.", "14XX: Jan van Eyck")
	checkEU(t, "nl", "De Spaanse Furie van 4 november 1576 kostte duizenden mensen het leven.", "1576-11-04: ")
	checkEU(t, "nl", "In 1993 werd Antwerpen Culturele Hoofdstad van Europa.", "1993: ")
}

// Words of an office before a given name are no part of the name, nor is
// a demonym between a title and a name.
func TestLatinOfficeWords(t *testing.T) {
	checkEU(t, "nl", "In 2006 reisde minister van Buitenlandse Zaken Karel De Gucht naar Peking.", "2006: Karel De Gucht")
	checkEU(t, "fr", "En 2005, le président chinois Hu Jintao reçoit la délégation.", "2005: Hu Jintao")
}

// FuzzLatinPeople reads any text as French, Dutch or German: no panic,
// and every word of every person is a word of the text (names are read
// from it, a genitive losing its ending), unless controls, which the reader
// drops, joined two.
func FuzzLatinPeople(f *testing.F) {
	for _, s := range []string{
		"Qian Xiuling (chinesisch 钱秀玲, W.-G. Tsien; * 12. März 1912) war eine Chemikerin. 1933 heiratete sie.",
		"Liège, où saint Hubert transféra le siège en 709, fut prise par Jean, duc de Bourgogne, en 1408.",
		"In 1180 verleende de Graaf van Vlaanderen, Filip van de Elzas, de stad privileges. In 1181 stierf hij.",
		"Nach dem Tod Karl Martells 741 (", "Le roi ", "d'", "Saint- 1302 (« Walen »)", "De Van 1900 van",
	} {
		f.Add([]byte(s), uint8(0))
	}
	langs := []string{"fr", "nl", "de"}
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		tl, err := Parse(src, Options{Source: "fuzz.txt", Format: markup.Text, Lang: langs[int(which)%3]})
		if err != nil {
			return
		}
		joined := bytes.ContainsFunc(src, textsafe.Unsafe)
		for _, e := range tl.Events {
			for _, p := range e.People {
				if strings.TrimSpace(p) == "" {
					t.Fatalf("an empty person in %q", e.Text)
				}
				for _, w := range strings.Fields(p) {
					if !joined && !bytes.Contains(src, []byte(w)) {
						t.Fatalf("person %q: %q is not in the text", p, w)
					}
				}
			}
		}
	})
}

// A Chinese name is a pinyin family name and given name; "Long Island" is
// no person.
func TestLatinChineseNames(t *testing.T) {
	checkEU(t, "nl", "Op 31 maart 2014 bezocht Xi Jinping de haven.", "2014-03-31: Xi Jinping")
	checkEU(t, "de", "Im Jahr 1989 traf Li Peng den Minister.", "1989: Li Peng")
	checkEU(t, "fr", "En 1990, Long Island accueille le congrès.", "1990: ")
	for name, want := range map[string]bool{"Deng Xiaoping": true, "Zhou Enlai": true, "Wen Jiabao": true,
		"Ma Vallée": false, "Li Keqiangs": false, "Hu Xiaoxiaoxiaoxiao": false} {
		if pinyinName(name) != want {
			t.Errorf("pinyinName(%q) = %v", name, !want)
		}
	}
}

// A wikitext article's bold lead is its subject, given name or not.
func TestLatinBoldLeadSubject(t *testing.T) {
	checkEU(t, "nl", "'''Wies Verbeke''' is een Belgisch schilder uit Gent.\n\nIn 1990 verhuisde hij naar Brugge.", "1990: Wies Verbeke")
}

// FuzzWordsWithin holds wordsWithin to the string search it stands for.
func FuzzWordsWithin(f *testing.F) {
	f.Add("Zhu", "Zhu Rongji")
	f.Add("Rongji Zhu", "Zhu Rongji Zhu")
	f.Add(" Kohl", "Helmut  Josef\tKohl")
	f.Fuzz(func(t *testing.T, part, full string) {
		if part == "" {
			return // partOf asks of names of two bytes or more
		}
		ws := strings.Fields(full)
		want := strings.Contains(" "+strings.Join(ws, " ")+" ", " "+part+" ")
		if got := wordsWithin(part, ws); got != want {
			t.Fatalf("wordsWithin(%q, %q) = %v, want %v", part, ws, got, want)
		}
	})
}
