// Package nl is the Dutch language pack: data only.
package nl

import (
	"github.com/annals-tui/annals/parse/lang"
)

// Pack is Dutch.
var Pack = &lang.Pack{
	Name: "nl",
	Months: map[string]int{
		"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
		"augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
	},
	OrdinalWords: map[string]int{
		"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
		"achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13,
		"veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18,
		"negentiende": 19, "twintigste": 20, "eenentwintigste": 21,
	},
	NumberWords: map[string]int{
		"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
		"negen": 9, "tien": 10, "enkele": 0, "enige": 0,
	},
	YearOpeners: map[string]bool{"in": true, "op": true, "sinds": true, "tot": true, "rond": true, "omstreeks": true, "vanaf": true, "jaar": true},
	QuantityNouns: map[string]bool{
		"jaar": true, "inwoners": true, "mensen": true, "personen": true, "soldaten": true, "km": true,
		"kilometer": true, "meter": true, "m": true, "euro": true, "gulden": true, "frank": true, "uur": true,
		"dagen": true, "doden": true, "%": true, "procent": true, "leerlingen": true, "ha": true,
	},
	Abbreviations: map[string]bool{"v.chr": true, "n.chr": true, "ca": true, "st": true, "mgr": true, "dhr": true, "mevr": true, "nr": true, "blz": true, "o.a": true, "m.a.w": true, "bijv": true, "e.a": true, "resp": true, "geb": true},
	TailHeadings: map[string]bool{
		"bronnen": true, "noten": true, "zie ook": true, "externe links": true, "referenties": true,
		"literatuur": true, "externe link": true, "bronnen, noten en/of referenties": true,
	},
	Pronouns: map[string]lang.Pronoun{
		"hij": lang.Male | lang.Subject, "zij": lang.Female | lang.Subject, "ze": lang.Female | lang.Subject,
		"zijn": lang.Male, "haar": lang.Female,
	},
	// GivenNames add to the English list the first names it lacks.
	GivenNames: lang.Genders("constant wilfried joris koen geert maarten wouter stijn luc lieven jef achiel cyriel jelle thijs filip pieter hendrik jozef frans staf jos", "els griet veerle leen ine annelies liesbeth katrien mieke marijke sofie hilde"),
	Latin: &lang.Latin{
		FunctionWords: []string{"het", "een", "van", "zijn", "niet", "op", "voor", "met", "werd", "ook", "naar", "dat", "zich", "bij", "wordt", "hij", "zij", "door", "uit", "maar", "werden", "tot", "aan", "tussen", "heeft", "worden"},
		Weekdays:      []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
		DaySuffixes:   []string{"e", "ste", "de"},
		CenturyNouns:  []string{"eeuw", "eeuwen"},
		CenturySuffix: []string{"e", "ste", "de"},
		DecadeBefore:  []string{"jaren"},
		DecadeWords: map[string]int{
			"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
			"tachtig": 80, "negentig": 90,
		},
		BC:         []string{"v.Chr.", "v. Chr.", "voor Christus", "v.C.", "v.o.t.", "v.g.j."},
		AD:         []string{"n.Chr.", "n. Chr.", "na Christus", "n.C."},
		RangeOpen:  []string{"van", "tussen", "vanaf"},
		RangeJoin:  []string{"tot", "en", "tot en met", "t/m"},
		YearAfter:  []string{"het jaar daarop", "het jaar erop", "een jaar later", "het volgende jaar", "het daaropvolgende jaar"},
		YearBefore: []string{"het jaar daarvoor", "een jaar eerder", "het vorige jaar"},
		SameYear:   []string{"datzelfde jaar", "hetzelfde jaar", "dat jaar"},
		SameDay:    []string{"diezelfde dag", "die dag", "dezelfde dag", "op dezelfde dag"},
		MonthAfter: []string{"een maand later", "de maand daarop", "de volgende maand"},
		Until:      []string{"tot", "tot in", "uiterlijk in"},
		And:        []string{"en", "of"},
		NotNameWords: lang.Words("parlement unie senaat kamer hof rechtbank leger vloot comité federatie vereniging club school college hogeschool ziekenhuis kathedraal abdij kasteel paleis brug station luchthaven straat plein laan wijk regio gemeente europa liga stichting instituut academie theater opera festival prijs grondwet revolutie slag vrede akkoord pact conferentie top tentoonstelling spelen beker kampioenschap front beweging centrum fractie " +
			"republiek koninkrijk rijk universiteit kerk provincie graafschap hertogdom graaf koning " +
			"belgië nederland duitsland frankrijk china oorlog bende verdrag regering partij maatschappij bank museum raad commissie stad muur " +
			"de het een toen na tijdens"),
		NounSuffixes:  []string{"ing", "heid", "schap", "tie", "huizen", "warenhuizen", "lijke", "oorlog", "stad"},
		NameParticles: lang.Words("van de der den ten ter het von zu la le du d' d’"),
		Titles:        lang.Words("koning koningin keizer keizerin graaf gravin hertog hertogin prins prinses paus premier minister president sint pastoor pater kardinaal bisschop generaal dokter st sint kanselier burgemeester gouverneur baron barones markies ridder broeder zuster abt professor ambassadeur kolonel kapitein admiraal staatssecretaris senator priester missionaris dominee aartshertog aartshertogin minister-president kroonprins kroonprinses"),
		YearNouns:     []string{"jaar", "jaren"},
		Later:         []string{"later", "nadien"},
		Earlier:       []string{"eerder", "daarvoor"},
		Copulas:       []string{"is", "was", "werd"},
		Born:          []string{"geboren", "geb.", "°"},
		When:          lang.Words("toen wanneer"),
		Subordinators: lang.Words("toen waar nadat omdat terwijl wanneer waarna waarop"),
		AdjectiveEnds: []string{"se", "sche"},
		Indefinite:    lang.Words("een"),
	},
}
