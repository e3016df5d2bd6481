// Package lang defines a language pack: the vocabulary a language brings to
// the date and people grammars of package parse, as data. A language is one
// data file (see package en); the grammar asks the pack, never a literal word,
// and parse builds its look-up tables from the pack once at start-up.
//
// Every word list is keyed in lower case. Months and number words map a word
// to its number, so that accented or abbreviated forms ("févr", "März",
// "sept") are just more keys.
package lang

// Pack is the vocabulary of one language.
type Pack struct {
	Name string // ISO 639-1 code: "en", "fr"

	// Dates.
	Months       map[string]int // month names and abbreviations -> 1..12
	NumberWords  map[string]int // "two" -> 2; 0 for an unknown count ("several")
	OrdinalWords map[string]int // "nineteenth" -> 19
	// YearOpeners may stand right before a year in a date phrase ("In 2019"),
	// so that a capitalised word before a year that is not one makes a name.
	YearOpeners map[string]bool

	// Numbers that are not years.
	QuantityNouns map[string]bool // a number before one counts things: "2000 soldiers"
	QuantityLeads map[string]bool // a number after one is an amount: "over 2000"
	NotBeforeYear map[string]bool // a number after one is not a year: "page 1945"
	NotNouns      map[string]bool // end like a plural but are not one: "was"
	NameHeads     map[string]bool // end a name a year opens: "the 2008 Summer Olympics"

	// Sentences.
	Abbreviations map[string]bool // end with a stop without ending a sentence

	// Scripts without spaces between words (zh). Words are matched as
	// substrings of the text, so each list is of exact strings.
	Titles        []string        // office words right before a name: "总理" in "总理李鹏"
	NameStops     string          // characters a name never holds: verbs and particles after it ("于", "在")
	ChromeWords   []string        // a sentence holding one is page furniture: "更新时间"
	TailHeadings  map[string]bool // headings after which nothing is prose: "参考文献"
	NextYear      []string        // name the year after the latest date: "次年"
	SameYear      []string        // name the latest date's year: "同年"
	SameMonth     []string        // name the latest date's month: "同月"
	UntilNow      []string        // after a date, make it "X–present", which is X: "至今"
	RangeWords    []string        // join two dates into a span: "至", "到", "—"
	Durations     []string        // before a number, make "N年" a length of time: "共", "长达"
	AfterDuration []string        // after "N年" or "N日", make it a length of time: "来", "之内"
	PlaceSuffixes string          // a name ending in one is a place, dynasty or event, not a person: "省", "朝", "役"
	Surnames      string          // family names a linked page's two or three characters start with: a person
	Born          []string        // say where a person was born, before the date: "born", "出生"; fr, nl, de: Latin.Born
	Dynasties     string          // the dynasties a ruler's name opens with: "秦始皇", "唐太宗", "汉武帝"
	RegnalHeads   string          // what stands between the dynasty and 祖, 宗 or 帝 in a ruler's name: "太", "武"

	// People (issue 14): who a sentence is about when it names nobody in
	// full, and what a capitalised phrase names when it is not a person.
	Pronouns map[string]Pronoun // "she" -> Female|Subject; "his" -> Male
	// ThingHeads end (or open) the names of things that are not people:
	// clubs, companies, buildings, places, events, works, prizes, laws.
	// A phrase holding one is never a person's name ("Royal Antwerp
	// Football Club", "Dover Harbour").
	ThingHeads map[string]bool
	// WeakThingHeads end names of things and some surnames ("Hill"): they
	// rule a phrase out only when its first word is no given name.
	WeakThingHeads map[string]bool
	// GivenNames are first names, with the genders they are given to: the
	// evidence that a one-word name in "her parents Anna and Josef" is a
	// person, and that "she" can refer to "Anna".
	GivenNames map[string]Pronoun
	// SpouseWords name a spouse ("her husband"); MarryWords introduce one
	// ("married Pierre"): the person after either is the spouse a later
	// "her husband" means.
	SpouseWords map[string]bool
	MarryWords  map[string]bool
	// KindNouns name kinds of things in the plural; the names a list after
	// one and "like", "including" or "such as" gives are of that kind, not
	// people ("franchises like Donkey Kong, Mario and Pokémon").
	KindNouns map[string]bool
	// KinWords name relatives; a capitalised word after one is a person
	// even alone ("her parents Anna and Josef", "his wife Marthe").
	KinWords map[string]bool
	// FoundingVerbs make the name after them a firm or a work ("founded
	// Haiko Honten", "released Opa Opa"), not a person.
	FoundingVerbs map[string]bool

	// Dates of every genre (issue 13).
	Possessives []string // before a bare decade make it an age: "in her 20s"
	// OccurrenceHeads end a name a year dates as an occurrence: "the 1981
	// FA Cup Final", "the Polish 1863 Uprising", so the year is a date.
	OccurrenceHeads map[string]bool
	Seasons         map[string]bool // "spring 1945", "the autumn of 1962": the year
	// CountLeads before a number make it a count or an identifier, not a
	// year: "Lodge No. 1350", "issue 1376", "seating 1500".
	CountLeads map[string]bool
	// BCNameWords after "2010 BC" make BC British Columbia: "BC Green Party".
	BCNameWords map[string]bool
	Weekdays    map[string]int  // 0 for Sunday to 6: "on Tuesday" after a day; "the first Monday in March" recurs
	DayParts    map[string]bool // "the evening of October 8" takes the paragraph's year
	Units       map[string]bool // short units a number measures: "1150 m", "2400 sq ft"
	// SpanEnds close "from 1902 until her death in 1937": the span ends then.
	SpanEnds map[string]bool

	// Latin is the phrase data of a Latin-script language read by the
	// scanner of parse/eu_*.go (fr, nl, de); nil for en and zh.
	Latin *Latin

	// Dates are the words the shared date grammar (parse/dates.go and
	// parse/forms_*.go) reads around numbers and month names (issue 11).
	Dates DateWords
	// People, continued (issue 14). RoleWords are callings that make a
	// lone name beside them a person ("philosopher Lao-Tzu", "Xiao, ruler
	// of Qin"); LifeNouns do so before "of" ("the life of Confucius").
	// ChildWords before "of" make the names after them the person's
	// parents ("the son of Sosuke Fukui"), who describe, not take part.
	RoleWords, LifeNouns, ChildWords map[string]bool
	// GroupNouns in a lead make the people after them a band's members
	// ("a singing duo consisting of A and B"); GroupRefs name the band
	// later ("they", "duo"), and so its members.
	GroupNouns, GroupRefs map[string]bool
	// FirmNouns ("firm", "shop") before "called" or "named" make the name
	// after it a firm's ("a company then called Nintendo Koppai").
	FirmNouns map[string]bool
	// WorkNouns after "the NAME" make the name a work's maker, who takes
	// no part in the event ("a demo of the Notis Sfakianakis hit").
	WorkNouns map[string]bool
}

// Pronoun says what a pronoun (or a given name) tells of its person.
type Pronoun uint8

const (
	Male    Pronoun = 1 << iota // he, his; a man's given name
	Female                      // she, her; a woman's given name
	Subject                     // he, she: the subject of its clause, not a possessive
)

// Latin is what a Latin-script language other than English (fr, nl, de)
// brings to the scanner of parse/eu_*.go: its phrases as data, which the
// scanner joins into patterns once at start-up. Phrases are matched
// without regard to case; a space in one matches any run of white space.
type Latin struct {
	// FunctionWords are common short words that tell the language from
	// English and from the other packs: "les", "het", "und".
	FunctionWords []string
	Weekdays      []string       // "lundi", "maandag", "Montag": may stand before a day
	DaySuffixes   []string       // after a day's number: "er" (1er), "e", "." (3.)
	CenturyNouns  []string       // "siècle", "eeuw", "Jahrhundert"
	CenturySuffix []string       // after a century's number or numeral: "e", "ème", "ste", "."
	DecadeBefore  []string       // before a decade's number: "années", "jaren"
	DecadeAfter   []string       // right after it: "er" (1980er, 60er)
	DecadeWords   map[string]int // "tachtig" -> 80 in "de jaren tachtig"
	BC, AD        []string       // eras after a year: "av. J.-C.", "v. Chr."
	RangeOpen     []string       // open an interval: "entre", "von", "van", "du", "de"
	RangeJoin     []string       // join its two ends: "et", "bis", "tot", "au", "à"
	// YearAfter and YearBefore name the year after and before the latest
	// date ("l'année suivante", "het jaar daarop"); SameYear names its year.
	YearAfter, YearBefore, SameYear []string
	SameDay, MonthAfter             []string // "le même jour"; "un mois plus tard"
	// Until opens a year that bounds what is told, not when it is told:
	// "jusqu'en 1962" is an event, but no anchor for a later "le 26 mai".
	Until []string
	// People: a capitalised phrase is a person's name only when no word of
	// it is one of NotNameWords (lower case: states, firms, offices, wars)
	// or ends in one of NounSuffixes ("-ung", "-tion"); NameParticles may
	// stand lower case inside a name ("de", "van", "von").
	NotNameWords  map[string]bool
	NounSuffixes  []string
	NameParticles map[string]bool
	// Titles are offices and callings that stand before a name and are no
	// part of it: "roi", "koning", "Bundeskanzler" (lower case).
	Titles map[string]bool
	// And joins a second year or decade to one just read: "en 850 et 880".
	And            []string
	YearNouns      []string // "ans", "jaar", "Jahre": "cinq ans plus tard"
	Later, Earlier []string // "plus tard", "later", "später"; "auparavant"

	// People (issue 15). The pronouns with their genders are the Pack's
	// Pronouns: "il" Male|Subject, "sa" 0 (a possessive of either gender).
	//
	// Copulas after a name that opens an article make it the article's
	// subject ("Jacques Brel est un chanteur"), as does Born after a comma
	// ("Adolphe Sax, facteur belge né le …").
	Copulas, Born []string
	// Indefinite articles make the name after them a thing: "une Renault",
	// "een Austin Allegro".
	Indefinite map[string]bool
	// CapitalNouns: every noun is capitalised (de). A capitalised word
	// after one of Articles is a noun, not a name ("dem Tod Karl
	// Martells"), and a name after a noun is in the genitive and loses its
	// Genitive ending ("Karl Martells" -> "Karl Martell").
	CapitalNouns bool
	Articles     map[string]bool
	Genitive     string
	// Subordinators open a clause, as a comma does: a name goes with the
	// date of its own clause ("au XVIIIe siècle lorsque Pierre Ier … en
	// 1717").
	Subordinators map[string]bool
	// When are the subordinators of time ("lorsque", "toen", "als"): the
	// people of their clause go with the date of the clause before too
	// ("au XVIIIe siècle lorsque Pierre Ier … en 1717").
	When map[string]bool
	// AdjectiveEnds end the adjectives of a language that capitalises
	// them in names of things: a phrase whose first word ends in one, and
	// is no given name, is no person ("Spaanse Furie", "Olympische Spelen").
	AdjectiveEnds []string
}

// DateWords are the words of the shared date grammar, by the part each
// plays in a phrase; the grammar's word order is English's. Words are in
// lower case and matched in any case, but for the eras, which are matched
// as written. The grammar's first filter (which words may open a date
// phrase) and the quick test of a sentence for a date are built from them
// at start-up.
type DateWords struct {
	// Words that open a phrase, and what may follow them.
	From    []string // a span whose end follows: "from 1990 to 1995"
	Between []string // a span whose end follows "and": "between 1990 and 1995"
	Since   []string // a span whose end an event gives: "since 1902 until her death in 1937"
	The     []string // the definite article: "the following year", "from the 1920s"
	In      []string // "in that year"
	That    []string // "that year", "that month", "that same year"
	After   []string // "after fifty years"
	On      []string // "on Tuesday", after a day: the weekday that follows it
	Of      []string // "the 25th of October", "April of 1991", "the revolt of 756"

	// Words that join the two ends of a span, or two dates.
	FromTo     []string // after From: "to", "until"
	BetweenAnd []string // after Between: "and"
	RangeTo    []string // a point to a second one: "1641 to 1853", "from 1990 until 1995"
	To         []string // the one of RangeTo that needs no From before the first point: "1641 to 1853"
	DaysTo     []string // days of a month: "July 1 to 3", "March 3 and 4"
	DaysFirst  []string // days before their month: "12 to 13 May", "5 and 6 June"
	And        []string // two days, not a span: "March 3 and 4", "5 and 6 June"
	MonthsTo   []string // months of a year: "May to June 2019", "January and February 2019"
	YearsTo    []string // years an era closes: "from 44 to 27 BC"
	SpanUntil  []string // "from 1902 until her death in 1937"
	Both       []string // two dates, not a span: "5 and 6 June", "January or February"
	CenturyTo  []string // two centuries: "the 9th to 11th centuries"

	// Qualifiers and the words around a date without a year.
	Approximate  []string // before a date make it approximate: "circa", "about"
	ApproxStops  []string // the ones of Approximate written with a stop: "c.", "ca."
	Parts        []string // a part of a decade or century: "early", "mid", "late"
	MonthInYear  []string // before a month alone, give it the paragraph's year: "in March", "by June"
	DayInYear    []string // before a day without its year, give it the paragraph's year: "on 6 October"
	ShortYearIn  []string // before a year of two digits: "in '89"
	SmallYearIn  []string // before a year of three digits: "sacked in 881", "from 220 to 280"
	RecurringIn  []string // after a weekday, make a month recurring: "the first Monday in March"
	NoStopMonths []string // month names short enough to look abbreviated that take no stop: "May."
	ForDuration  []string // before a duration, make it no date: "for three days"

	// LowerMonths says the language writes its month names in lower case
	// ("mars"), so that one is read in any case; else only capitalised,
	// as English writes them (so that "may" the verb is not May).
	LowerMonths bool

	// Eras, as written.
	EraBC     []string // after a year: "44 BC"; two letters may be dotted: "B.C."
	EraAD     []string // after a year: "AD 800" too
	EraBefore []string // may stand before the year: "AD 800"
	EraName   []string // an era that is also a name's initials: "BC" (British Columbia), see BCNameWords
	// Eras written with stops between their letters, without the last
	// (which is optional): "B.C" reads "B.C." and "B.C".
	EraDottedBC, EraDottedAD []string

	// Relative dates: "a decade later", "the following year", "the next day".
	Later       []string // after a duration: "two years later"
	Earlier     []string // "two years earlier"
	NotLater    []string // after "after" and a duration, make it no date: "after ten years later"
	DayLater    []string // after a duration in days or months: "two days later"
	Next        []string // "the following year"
	NextDay     []string // "the following day", "the next month"
	Previous    []string // "the previous year"
	Same        []string // "the same year"
	First       []string // "that first year"
	Possessed   []string // after a relative phrase, make "later"/"before" a preposition: "two years before the war"
	NotThatYear []string // after "that year", make it no date: "that year's"

	// Units of time, singular and plural.
	Year, Decade, Century, Day, Week, Month Unit
	CenturyAbbrevs                          []string // "the 19th c."

	// Non-dates: a number these follow or precede is no year.
	Determiners    []string // before a year opening a name: "the 2021 Human Rights Report"
	CompoundNouns  []string // after "N-": "a 1000-year history", "a 2000-strong army"
	NotBeforeCase  []string // as written, before a number: "No 1350", "p 1945"
	MoneySuffixes  []string // end a word before a number that makes it money: "US 2000", "AUS 2000"
	WeekdayParts   []string // after a weekday: a habit, not a date: "on Friday mornings"
	PluralEnds     []string // end a plural noun, which a number before counts: "in 500 places"
	PossessiveEnds []string // end a possessive, which may open a date phrase: "China's 2019 budget"

	// Endings the tokenizer reads right after a number's digits.
	OrdinalEnds []string // make it an ordinal, in any case: "st" (1st), "th" (19th, 19TH)
	DecadeEnds  []string // after a number ending in 0, make it a decade: "s" (1980s), "'s" (1980's)

	// Stems of the words without which a sentence holding no digit and no
	// month name has no date: "year", "centur".
	HintStems []string
}

// Unit is a unit of time as the date grammar reads it: "year", "years".
type Unit struct{ One, Many string }
