// Package fr is the French language pack: data only.
package fr

import (
	"github.com/annals-tui/annals/parse/lang"
)

// Pack is French.
var Pack = &lang.Pack{
	Name: "fr",
	Months: map[string]int{
		"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
		"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
		"décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7,
		"sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
	},
	OrdinalWords: map[string]int{
		"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
		"sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
		"douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
		"dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20, "vingt et unième": 21,
	},
	NumberWords: map[string]int{
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
		"huit": 8, "neuf": 9, "dix": 10, "quelques": 0, "plusieurs": 0,
	},
	YearOpeners: map[string]bool{
		"en": true, "le": true, "au": true, "dès": true, "depuis": true, "jusqu'en": true, "vers": true,
		"avant": true, "après": true, "année": true, "de": true, "à": true, "partir": true, "fin": true, "début": true,
	},
	QuantityNouns: map[string]bool{
		"ans": true, "habitants": true, "personnes": true, "hommes": true, "soldats": true, "km": true,
		"kilomètres": true, "mètres": true, "m": true, "euros": true, "francs": true, "heures": true,
		"jours": true, "mois": true, "morts": true, "%": true, "élèves": true, "exemplaires": true, "ha": true,
	},
	Abbreviations: map[string]bool{"av": true, "apr": true, "j.-c": true, "mgr": true, "st": true, "ste": true, "env": true, "cf": true, "vol": true, "no": true, "mme": true, "m": true},
	TailHeadings: map[string]bool{
		"références": true, "notes et références": true, "notes": true, "voir aussi": true,
		"liens externes": true, "bibliographie": true, "articles connexes": true, "sources": true,
	},
	Pronouns: map[string]lang.Pronoun{
		"il": lang.Male | lang.Subject, "elle": lang.Female | lang.Subject, "son": 0, "sa": 0, "ses": 0,
	},
	// GivenNames add to the English list the first names it lacks.
	GivenNames: lang.Genders("baudouin achille aristide honoré didier thierry hervé yannick elio gaston ghislain lucien", "ghislaine fabiola clotilde solange gwenaëlle maëlle océane ségolène"),
	Latin: &lang.Latin{
		FunctionWords: []string{"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui", "du", "au", "sur", "par", "avec", "sont", "il", "elle", "ils", "ses", "sa", "entre", "aux", "été", "où"},
		Weekdays:      []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
		DaySuffixes:   []string{"er"},
		CenturyNouns:  []string{"siècle", "siècles", "siecle"},
		CenturySuffix: []string{"e", "ème", "eme", "er", "è"},
		DecadeBefore:  []string{"années", "annees"},
		BC:            []string{"av. J.-C.", "av. J-C", "avant J.-C.", "avant Jésus-Christ", "av. n. è."},
		AD:            []string{"apr. J.-C.", "ap. J.-C.", "après J.-C.", "après Jésus-Christ"},
		RangeOpen:     []string{"entre", "de", "du", "depuis"},
		RangeJoin:     []string{"et", "à", "au", "jusqu'en", "jusqu'à"},
		YearAfter:     []string{"l'année suivante", "l’année suivante", "l'année d'après", "l’année d’après", "un an plus tard"},
		YearBefore:    []string{"l'année précédente", "l’année précédente", "l'année d'avant", "un an plus tôt"},
		SameYear:      []string{"cette année-là", "la même année", "cette même année", "l'année même", "cette année là"},
		SameDay:       []string{"le même jour", "ce jour-là", "le jour même"},
		MonthAfter:    []string{"un mois plus tard", "le mois suivant"},
		Until:         []string{"jusqu'en", "jusqu'à", "jusqu'au"},
		And:           []string{"et", "ou", "puis"},
		NotNameWords: lang.Words("parlement assemblée sénat cour tribunal armée marine comité fédération association club école collège lycée hôpital cathédrale abbaye château palais pont gare aéroport rue place avenue boulevard quartier région département canton commune royaume-uni europe ligue fondation institut académie théâtre opéra festival prix constitution révolution bataille siège paix accord pacte conférence sommet exposition jeux coupe championnat front mouvement rassemblement centre " +
			"république royaume empire université église province comté duché belgique russie france allemagne chine " +
			"russe ministère traité guerre gouvernement parti compagnie société banque musée conseil " +
			"commission union ville pays-bas wallons flamands l’université l'université les"),
		NounSuffixes:  []string{"tion", "ité", "isme", "ement", "ance", "ence"},
		NameParticles: lang.Words("de du des d' d’ la le van von der den ten ter zu"),
		Titles:        lang.Words("roi reine président présidente ministre empereur impératrice prince princesse duc duchesse comte comtesse pape saint sainte général maréchal docteur monseigneur évêque cardinal abbé père st ste chancelier chancelière archiduc archiduchesse marquis marquise baron baronne vicomte gouverneur bourgmestre maire pasteur frère sœur abbesse secrétaire député sénateur ambassadeur commandant colonel capitaine amiral professeur monsieur madame sir lord dauphin"),
		YearNouns:     []string{"ans", "années", "an"},
		Later:         []string{"plus tard", "après"},
		Earlier:       []string{"plus tôt", "auparavant", "avant"},
		Copulas:       []string{"est", "était", "fut", "a été"},
		Born:          []string{"né", "née", "naît"},
		When:          lang.Words("lorsque quand"),
		Subordinators: lang.Words("lorsque quand où dont puisque tandis qui"),
		Indefinite:    lang.Words("un une"),
	},
}
