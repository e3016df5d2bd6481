// Package en is the English language pack: data only.
package en

import "github.com/annals-tui/annals/parse/lang"

// Pack is English.
var Pack = &lang.Pack{
	Name:  "en",
	Dates: dates,
	Months: map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12,
	},
	QuantityNouns: map[string]bool{
		"years": true, "year": true, "people": true, "persons": true, "men": true, "women": true, "children": true,
		"soldiers": true, "troops": true, "students": true, "members": true, "tons": true, "tonnes": true,
		"km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true,
		"feet": true, "units": true, "copies": true, "pages": true, "votes": true, "seats": true, "cases": true,
		"deaths": true, "dead": true, "casualties": true, "refugees": true, "workers": true, "employees": true,
		"companies": true, "firms": true, "dollars": true, "euros": true, "yuan": true, "francs": true,
		"pounds": true, "hectares": true, "acres": true, "times": true, "visitors": true, "tourists": true,
		"ships": true, "aircraft": true, "vehicles": true, "cars": true, "items": true, "pieces": true,
		"residents": true, "inhabitants": true, "nationals": true, "citizens": true, "delegates": true,
		"projects": true, "schools": true, "words": true, "characters": true, "officers": true, "prisoners": true,
		"per": true, "percent": true, "million": true, "billion": true, "thousand": true, "hundred": true,
	},
	NotBeforeYear: map[string]bool{"isbn": true, "page": true, "pp": true, "flight": true, "route": true, "number": true},
	YearOpeners: map[string]bool{
		"in": true, "by": true, "since": true, "until": true, "till": true, "from": true, "before": true,
		"after": true, "during": true, "as": true, "of": true, "at": true, "on": true, "to": true, "and": true,
		"between": true, "circa": true, "around": true, "early": true, "late": true, "mid": true, "end": true,
		"summer": true, "spring": true, "autumn": true, "fall": true, "winter": true, "ad": true, "ce": true,
		"c": true, "ca": true, "about": true, "throughout": true, "through": true, "within": true, "or": true,
		"for": true, "year": true, "born": true, "died": true, "b": true, "d": true, "also": true, "then": true,
		"until's": true, "but": true, "when": true, "while": true, "that": true, "only": true, "again": true,
		"beginning": true, "starting": true, "following": true, "approximately": true,
		"the": true, "a": true, "this": true, "its": true, "his": true, "her": true, "their": true,
	},
	QuantityLeads: map[string]bool{
		"over": true, "nearly": true, "almost": true, "some": true, "than": true, "approximately": true,
		"about": true, "around": true, "roughly": true, "least": true, "up": true, "only": true, "just": true,
		"estimated": true, "total": true, "has": true, "have": true, "had": true,
	},
	NotNouns: map[string]bool{"is": true, "was": true, "has": true, "as": true, "its": true, "his": true,
		"this": true, "thus": true, "does": true, "whereas": true, "always": true, "perhaps": true, "towards": true,
		"afterwards": true, "besides": true, "across": true, "unless": true, "plus": true, "us": true, "less": true},
	NameHeads: map[string]bool{
		"report": true, "olympics": true, "games": true, "cup": true, "championship": true, "championships": true,
		"expo": true, "exposition": true, "festival": true, "awards": true, "prize": true, "census": true,
		"index": true, "edition": true, "season": true, "series": true, "plan": true, "strategy": true,
		"agenda": true, "vision": true, "yearbook": true, "review": true, "survey": true, "white": true,
		"paper": true, "act": true, "contest": true, "tour": true, "marathon": true, "forum": true,
	},
	OrdinalWords: map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "twenty-first": 21,
	},
	NumberWords: map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"hundred": 100, "several": 0, "few": 0,
	},
	Abbreviations: map[string]bool{
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
		"no": true, "nos": true, "vol": true, "vols": true, "p": true, "pp": true, "fig": true, "ed": true,
		"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true,
		"rev": true, "hon": true, "gov": true, "sen": true, "rep": true, "pres": true, "supt": true,
		"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "dept": true, "univ": true, "assn": true,
		"vs": true, "v": true, "cf": true, "e.g": true, "i.e": true, "viz": true, "approx": true, "ca": true,
		"c": true, "fl": true, "b": true, "d": true, "r": true, "est": true, "al": true, "mt": true, "ft": true,
		"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
		"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
		"u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true, "u.s.s.r": true, "e.u": true,
		"a.d": true, "b.c": true, "op": true, "ch": true, "art": true, "sec": true,
	},

	// Dates of every genre (issue 13).
	Possessives: []string{"my", "your", "his", "her", "its", "our", "their"},
	Born:        []string{"born"},
	OccurrenceHeads: map[string]bool{
		"final": true, "finals": true, "uprising": true, "revolution": true, "rebellion": true,
		"revolt": true, "election": true, "elections": true, "war": true, "battle": true, "siege": true,
		"earthquake": true, "flood": true, "fire": true, "riots": true, "strike": true, "coup": true,
		"prize": true, "award": true, "census": true,
		"referendum": true, "massacre": true, "crisis": true, "storm": true, "hurricane": true,
		"meeting": true, "conference": true, "congress": true, "summit": true,
	},
	Seasons: map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true},
	CountLeads: map[string]bool{
		"no": true, "issue": true, "issues": true, "seating": true, "seats": true, "lodge": true,
		"room": true, "vol": true, "volume": true, "chapter": true, "episode": true, "item": true,
	},
	BCNameWords: map[string]bool{
		"party": true, "liberals": true, "liberal": true, "ndp": true, "greens": true, "conservatives": true,
		"election": true, "elections": true, "government": true, "hydro": true, "ferries": true, "lions": true,
	},
	Weekdays: map[string]int{
		"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	},
	DayParts: map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true},
	Units: map[string]bool{
		"m": true, "km": true, "cm": true, "mm": true, "ft": true, "sq": true, "mi": true, "yd": true,
		"kg": true, "lb": true, "lbs": true, "ha": true, "t": true, "hp": true, "mph": true, "kw": true,
	},
	SpanEnds: map[string]bool{
		"death": true, "retirement": true, "resignation": true, "dissolution": true, "closure": true,
		"abdication": true, "execution": true, "assassination": true, "departure": true,
	},
}
