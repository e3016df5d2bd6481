// Package de is the German language pack: data only.
package de

import (
	"github.com/annals-tui/annals/parse/lang"
)

// Pack is German.
var Pack = &lang.Pack{
	Name: "de",
	Months: map[string]int{
		"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "marz": 3, "april": 4, "mai": 5,
		"juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
		"jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "okt": 10, "nov": 11, "dez": 12,
	},
	OrdinalWords: map[string]int{
		"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "sechsten": 6,
		"siebten": 7, "achten": 8, "neunten": 9, "zehnten": 10, "elften": 11, "zwölften": 12,
		"dreizehnten": 13, "vierzehnten": 14, "fünfzehnten": 15, "sechzehnten": 16, "siebzehnten": 17,
		"achtzehnten": 18, "neunzehnten": 19, "zwanzigsten": 20, "einundzwanzigsten": 21,
	},
	NumberWords: map[string]int{
		"ein": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
		"sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "einige": 0, "mehrere": 0,
	},
	YearOpeners: map[string]bool{"im": true, "am": true, "seit": true, "bis": true, "um": true, "ab": true, "jahr": true, "jahre": true, "in": true},
	QuantityNouns: map[string]bool{
		"jahre": true, "jahren": true, "einwohner": true, "menschen": true, "personen": true, "soldaten": true,
		"km": true, "kilometer": true, "meter": true, "m": true, "euro": true, "mark": true, "dm": true,
		"stunden": true, "tage": true, "tote": true, "%": true, "prozent": true, "schüler": true, "ha": true,
	},
	Abbreviations: map[string]bool{"geb": true, "gest": true, "chr": true, "ca": true, "st": true, "nr": true, "bzw": true, "jh": true, "dr": true, "prof": true, "vgl": true, "usw": true, "evtl": true, "hl": true, "s": true},
	TailHeadings: map[string]bool{
		"einzelnachweise": true, "literatur": true, "weblinks": true, "siehe auch": true,
		"anmerkungen": true, "quellen": true, "fußnoten": true,
	},
	Pronouns: map[string]lang.Pronoun{
		"er": lang.Male | lang.Subject, "sie": lang.Female | lang.Subject,
		"sein": lang.Male, "seine": lang.Male, "seinen": lang.Male, "seinem": lang.Male, "seiner": lang.Male, "seines": lang.Male,
		"ihr": lang.Female, "ihre": lang.Female, "ihren": lang.Female, "ihrem": lang.Female, "ihrer": lang.Female, "ihres": lang.Female,
	},
	// GivenNames add to the English list the first names it lacks.
	GivenNames: lang.Genders("heinrich helmut jürgen günther uwe torsten sigmar olaf gerhard hans-dietrich walther reinhold kurt", "gudrun hannelore heike silke anke annegret annalena ulrike"),
	Latin: &lang.Latin{
		FunctionWords: []string{"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "von", "den", "dem", "im", "wurde", "auch", "zu", "sich", "des", "er", "sie", "wurden", "auf", "für", "nach", "bei", "aus", "zwischen", "einen", "dort"},
		Weekdays:      []string{"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"},
		DaySuffixes:   []string{"."},
		CenturyNouns:  []string{"Jahrhundert", "Jahrhunderts", "Jahrhunderten", "Jh."},
		CenturySuffix: []string{"."},
		DecadeAfter:   []string{"er"},
		DecadeWords: map[string]int{
			"zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40, "fünfziger": 50,
			"sechziger": 60, "siebziger": 70, "achtziger": 80, "neunziger": 90,
		},
		BC:         []string{"v. Chr.", "v.Chr.", "vor Christus", "v. u. Z.", "v.u.Z."},
		AD:         []string{"n. Chr.", "n.Chr.", "nach Christus", "u. Z."},
		RangeOpen:  []string{"von", "zwischen", "vom", "ab"},
		RangeJoin:  []string{"bis", "und", "bis zum", "bis ins"},
		YearAfter:  []string{"im folgenden Jahr", "im Folgejahr", "im nächsten Jahr", "ein Jahr später", "im darauffolgenden Jahr", "im Jahr darauf"},
		YearBefore: []string{"im Vorjahr", "ein Jahr zuvor", "im vorigen Jahr", "ein Jahr früher"},
		SameYear:   []string{"im selben Jahr", "im gleichen Jahr", "im demselben Jahr", "noch im selben Jahr", "in diesem Jahr"},
		SameDay:    []string{"am selben Tag", "am gleichen Tag", "am selben Tage", "an diesem Tag"},
		MonthAfter: []string{"einen Monat später", "ein Monat später", "im folgenden Monat", "im Folgemonat"},
		Until:      []string{"bis", "bis zum Jahr", "bis ins Jahr"},
		And:        []string{"und", "oder", "sowie"},
		NotNameWords: lang.Words("parlament union bundestag bundesrat senat gericht armee marine komitee ausschuss ausschusses verband verein klub schule hochschule gymnasium krankenhaus dom kathedrale abtei burg schloss palast brücke bahnhof flughafen straße platz allee viertel region gemeinde europa liga stiftung institut akademie theater oper festival preis verfassung revolution frieden pakt konferenz gipfel ausstellung spiele pokal meisterschaft front bewegung zentrum mauer fraktion " +
			"republik bundesrepublik königreich reich universität kirche provinz herzogtum kanton kantons " +
			"krieg krieges weltkrieges vertrag vertrags abkommen partei bank museum rat kommission stadt " +
			"deutschland belgien frankreich russland heimatstadt nationen staaten presseagentur volksbank kongress schlacht vertreter " +
			"der die das den dem des ein eine einen im am auf durch gemäß es erste zweiten"),
		NounSuffixes:  []string{"ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ium", "chinas", "präsident", "sekretär", "kommission", "politik", "ungen", "heiten", "keiten", "schaften", "ionen", "rechte", "ische", "ischen", "isches", "ischer", "krieg", "krieges", "stadt"},
		NameParticles: lang.Words("von van de der zu ten ter la le du d' d’"),
		Titles:        lang.Words("bundeskanzler kanzler könig königin kaiser kaiserin präsident präsidenten ministerpräsident minister führer führers fürst graf herzog papst sankt general doktor bischof kardinal mediziner chemiker politiker arzt kanzlerin bundespräsident reichskanzler staatspräsident premierminister außenminister aussenminister sankt st erzherzog herzogin gräfin fürstin prinz prinzessin kurfürst markgraf landgraf bürgermeister staatssekretär botschafter vorsitzende vorsitzender generalsekretär generalleutnant oberst hauptmann professor pfarrer pater herr frau premier kronprinz kronprinzessin"),
		YearNouns:     []string{"Jahre", "Jahren", "Jahr"},
		Later:         []string{"später", "danach"},
		Earlier:       []string{"zuvor", "früher", "vorher"},
		Copulas:       []string{"ist", "war", "wurde"},
		Born:          []string{"geb.", "geboren", "*"},
		When:          lang.Words("als nachdem"),
		Subordinators: lang.Words("als nachdem weil wo dass während wobei bevor"),
		AdjectiveEnds: []string{"sche", "schen", "scher", "sches"},
		Indefinite:    lang.Words("ein eine einen einem einer eines"),
		CapitalNouns:  true,
		Articles:      lang.Words("der die das den dem des"),
		Genitive:      "s",
	},
}
