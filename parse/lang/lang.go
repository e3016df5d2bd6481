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
}
