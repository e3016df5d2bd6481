package en

import "github.com/annals-tui/annals/parse/lang"

// dates are the words English says around its dates, for the date grammar.
var dates = lang.DateWords{
	From:    []string{"from"},
	Between: []string{"between"},
	Since:   []string{"since"},
	The:     []string{"the"},
	In:      []string{"in"},
	That:    []string{"that"},
	After:   []string{"after"},
	On:      []string{"on"},
	Of:      []string{"of"},

	FromTo:     []string{"to", "until", "till", "through"},
	BetweenAnd: []string{"and"},
	RangeTo:    []string{"to", "until", "till", "through", "thru"},
	To:         []string{"to"},
	DaysTo:     []string{"to", "until", "through", "and"},
	DaysFirst:  []string{"and", "to"},
	And:        []string{"and"},
	MonthsTo:   []string{"to", "until", "through", "and", "or"},
	YearsTo:    []string{"to", "until", "till", "and"},
	SpanUntil:  []string{"until", "till"},
	Both:       []string{"and", "or"},
	CenturyTo:  []string{"to"},

	Approximate:  []string{"circa", "c", "ca", "around", "about", "approximately", "roughly"},
	ApproxStops:  []string{"c", "ca"},
	Parts:        []string{"early", "mid", "late", "middle"},
	MonthInYear:  []string{"in", "by", "until", "since", "early", "late", "mid", "during"},
	DayInYear:    []string{"on", "by", "until", "from", "since", "before", "after", "and", "to", "till"},
	ShortYearIn:  []string{"in", "since", "of", "by", "until"},
	SmallYearIn:  []string{"in", "by", "of", "from", "to", "since", "until", "around", "circa", "and"},
	RecurringIn:  []string{"in", "of"},
	NoStopMonths: []string{"may"},
	ForDuration:  []string{"for"},

	EraBC:     []string{"BC", "BCE"},
	EraAD:     []string{"AD", "CE"},
	EraBefore: []string{"AD"},
	EraName:   []string{"BC"},

	EraDottedBC: []string{"B.C", "B.D"}, // "B.D." has been read as BC since the first grammar; kept so that output stays the same
	EraDottedAD: []string{"A.D", "A.C"},

	Later:       []string{"later", "afterwards", "afterward", "after"},
	Earlier:     []string{"earlier", "before", "prior"},
	NotLater:    []string{"later", "ago"},
	DayLater:    []string{"later", "after", "afterwards"},
	Next:        []string{"following", "next", "subsequent"},
	NextDay:     []string{"following", "next"},
	Previous:    []string{"previous", "preceding", "prior"},
	Same:        []string{"same"},
	First:       []string{"first"},
	Possessed:   []string{"the", "his", "her", "its", "their"},
	NotThatYear: []string{"of", "s"},

	Year:           lang.Unit{One: "year", Many: "years"},
	Decade:         lang.Unit{One: "decade", Many: "decades"},
	Century:        lang.Unit{One: "century", Many: "centuries"},
	Day:            lang.Unit{One: "day", Many: "days"},
	Week:           lang.Unit{One: "week", Many: "weeks"},
	Month:          lang.Unit{One: "month", Many: "months"},
	CenturyAbbrevs: []string{"c"},

	Determiners:    []string{"the", "a", "its", "their", "his", "her"},
	CompoundNouns:  []string{"year", "years", "strong", "member", "page", "mile", "km", "metre", "meter", "seat"},
	NotBeforeCase:  []string{"No", "p"},
	MoneySuffixes:  []string{"US"},
	WeekdayParts:   []string{"mornings", "afternoons", "evenings", "nights"},
	PluralEnds:     []string{"s"},
	PossessiveEnds: []string{"'s", "’s"},

	OrdinalEnds: []string{"st", "nd", "rd", "th"},
	DecadeEnds:  []string{"s", "'s", "’s"},

	HintStems: []string{"year", "decade", "day", "centur", "month"},
}
