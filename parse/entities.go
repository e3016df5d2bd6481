package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse/lang/en"
)

// mention is a person, place or organisation named in a sentence.
type mention struct {
	name       string
	kind       model.EntityKind
	start, end int // byte range in the sentence
	// referred: the sentence names the person by a pronoun (refer), its
	// subject in every clause, so the person goes with every date.
	referred bool
	// aside: the person only describes another ("the son of Sosuke
	// Fukui"), and takes part in none of the sentence's events.
	aside bool
}

// entityFinder names the people, places and organisations of sentences. It
// knows the article's linked names (Doc.Links), the places of places.go, and
// the people it has met earlier in the article, so that a later "Leopold" or
// "Lumumba's" is recognised as the person named in full before.
type entityFinder struct {
	links  linkSet
	byPart filteredMap[string] // each word of a person's name -> the latest full name with it
	words  []string            // scratch for the words of a name
	parts  []string            // scratch for add
	found  mentions            // scratch for find
	last   string              // the latest person named
	before string              // the latest person named before the sentence find reads
	spouse string              // the person named after "married" or "her husband" (learnSpouse)
	text   string              // the sentence find read last, which refer is given the mentions of
	// subjectParts are nameParts(links.subject), for salient
	subjectParts []string
}

func newEntityFinder(links linkSet) *entityFinder {
	f := &entityFinder{links: links, byPart: newFilteredMap(map[string]string{})}
	f.subjectParts = nameParts(links.subject)
	for _, part := range f.subjectParts {
		f.byPart.set(part, links.subject) // every chunk knows the subject's surname
	}
	return f
}

// linkSet is an article's linked names sorted into people, places and
// organisations, with the first word of each name as a quick test. It is
// built once and shared, read only, by every chunk's finder.
type linkSet struct {
	kinds filteredMap[model.EntityKind]
	heads filteredMap[int] // first word -> the most words a name starting with it has
	// subject is the person the article is about, if it is a biography
	// (findSubject): who a "she" or a lone surname means.
	subject string
	// group is the band the article is about, if any (findGroup).
	group group
}

func classifyLinks(names []string) linkSet {
	ls := linkSet{kinds: newFilteredMap(map[string]model.EntityKind{}), heads: newFilteredMap(map[string]int{})}
	seen := map[string]bool{}
	for _, l := range names {
		if seen[l] {
			continue // a merged archive repeats its link lines
		}
		seen[l] = true
		kind, ok := classifyName(l)
		if !ok {
			continue
		}
		ls.kinds.set(l, kind)
		words := strings.Fields(l)
		span, _ := ls.heads.get(words[0])
		ls.heads.set(words[0], max(span, len(words)+strings.Count(l, "-")))
	}
	return ls
}

// titles stand before a name and are not part of it ("Prime Minister Guy
// Verhofstadt" is Guy Verhofstadt).
var titles = splitLower(`Miss|Madame|Mme|Mlle|Monsieur|Affairs|External|Interior|Defence|Defense|Finance|Justice|Education|Health|Commerce|President|Vice|Prime|Minister|Premier|Chancellor|King|Queen|Prince|Princess|Emperor|Empress|Crown|Pope|Cardinal|Archbishop|Bishop|Father|Saint|Ambassador|Envoy|Consul|Chairman|Chairwoman|Chair|General|Admiral|Marshal|Colonel|Captain|Lieutenant|Sergeant|Major|Commander|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Prof|Professor|Senator|Governor|Mayor|Secretary|Speaker|Foreign|Deputy|Former|Acting|Interim|State|Grand|Duke|Duchess|Count|Countess|Baron|Sultan|Shah|Tsar|Czar|Kaiser|Emir|Sheikh|Ayatollah|Imam|Rabbi|Reverend|Rev|Brother|Sister|PM|MP|MEP|Judge|Justice|President-elect|Leader|Director|Commissioner|Viceroy|Regent|Count|Marquis|Chief|Councillor|Councilor|Representative|Congressman|Congresswoman|Vice-President|Vice-Premier|Minister-President|First|Supreme|Paramount|General-Secretary|Secretary-General|Critic`)

// openers are capitalised words that open a sentence or a phrase and are
// not names.
var openers = splitList(`The|A|An|In|On|At|By|For|From|With|After|Before|During|Since|As|His|Her|Their|Its|This|That|These|Those|Both|Under|When|While|Although|However|Following|According|Shortly|Other|Some|Many|Most|All|Each|Several|Such|There|Here|It|He|She|They|We|I|But|And|Or|If|Though|Despite|Unlike|Like|Between|Among|Amongst|Through|Throughout|Until|Upon|Within|Without|Toward|Towards|Also|Then|Later|Earlier|Today|Meanwhile|Nonetheless|Nevertheless|Thus|Therefore|Only|Even|Amid|Against|Over|Into|About|Around|Near|Of|To|Sino|Relations|Trade|Both|Neither|Either|New|Old|Writing|Having|Being|During|Afterwards|Yet|So|Not|No|Any|Every|Because|Whereas|Whilst|Where|Which|Who|Whom|Whose|What|How|Why|Background|Overview|Biography|Career|Legacy|Introduction|Etymology|Aftermath`)

// orgHeads make a capitalised phrase an organisation.
var orgHeads = splitList(`House|Ministry|Council|Union|Party|Company|Organisation|Organization|Association|Alliance|Army|Navy|Force|Forces|Bank|University|Institute|Commission|Committee|Agency|Parliament|Senate|Government|Church|Court|Forum|League|Nations|Corporation|Corp|Group|Society|Foundation|Office|Embassy|Consulate|Service|Department|Bureau|Authority|Assembly|Congress|Federation|Movement|Front|Academy|College|School|Museum|Library|Center|Centre|Fund|Board|Cabinet|Administration|Agency|Airlines|Airways|Railways|Inc|Ltd|Bureau|Secretariat|Diocese|Conference|Summit|Programme|Program|Initiative|Institution|Network|Daily|Times|Post|News|Press|Journal|Herald|Tribune|Gazette|Magazine|Diplomat|Reuters|Politico|Xinhua|Enterprises|Industries|Holdings|Group|Guard|Police|Commerce`)

// notNames are capitalised words that never belong to a person's name.
var notNames = splitList(`January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Republic|Kingdom|Empire|State|States|Dynasty|War|Wars|Treaty|Agreement|Proposal|Conference|Law|Act|Accord|Accords|Declaration|Convention|Protocol|Revolution|Rebellion|Uprising|Crisis|Affair|Incident|Massacre|Battle|Campaign|Expedition|Mission|Road|Route|Railway|Airport|Port|Station|Hotel|Hall|Palace|Square|Bridge|Tower|Wall|Gate|Park|Zone|Area|Corridor|Line|Channel|Strait|Gulf|Lake|Valley|Desert|Plateau|Peninsula|Coast|Bay|River|Sea|Ocean|Island|Islands|Mountain|Mountains|Territory|Province|City|Region|District|County|Village|Town|East|West|North|South|Central|Holy|See|Free|World|Cold|Machine|Century|Day|Era|Period|Age|Olympics|Games|Expo|Cup|Prize|Award|Festival|Programme|Program|Initiative|Project|Plan|Strategy|Policy|Doctrine|Principle|Thought|Report|Index|Census|Camps|Camp|Internment|Security|Trade|Economic|Partnership|Cooperation|Co-operation|Relations|Diplomacy|Embassy|Communist|Catholic|Patriotic|National|International|Foreign|Federal|People's|Peoples|United|Eight-Nation|Great|Leased|Locator|Map|Infobox|Wikipedia|English|Equality|Racial|Peace|Boxer|Nation|Culture|Cultural|Human|Rights|Energy|Wind|Renewable|Development|Research|Survey|Geological|Indiaman|Company's|Democratic|Liberal|Socialist|Social|Green|Labour|Labor|Conservative|Christian|Parliamentary|Royal|Imperial|General|Supreme|Constitution|Constitutional|Lunar|Spring|Summer|Autumn|Winter|Olympic|Paralympic|Cross|Red|Crescent|Sun|Moon|God|Allah|Jesus|Christ|Buddha|Bible|Quran|Koran|Internet|Facebook|Twitter|Google|Huawei|ZTE|TikTok|Volvo|Geely|Mercedes|Volkswagen|BMW|Siemens`)

// placeStarts open the names of places, never of people: San Francisco,
// Los Angeles, Fort Worth, Le Havre.
var placeStarts = splitList(`San|Santa|Santo|São|Sao|Los|Las|Fort|Mount|Cape|Puerto|Porto|Port|Bad|Villa|Ciudad|Le|La|Lake|Saint|St`)

// Word kinds, as bits, so that one look-up answers every question the
// entity rules ask of a word.
const (
	kNotName uint16 = 1 << iota
	kPlace
	kDemonym
	kOrgHead
	kOpener
	kTitle
	kParticle
	kEpithet
	kPlaceStart
	kThing     // ends the names of things, never of people (people_filter.go)
	kWeakThing // ends the names of things and of a few people
	kPronoun   // he, she, his, her (people_refer.go)
	kKin       // parents, wife: a lone name after one is a person
	kRole      // philosopher, ruler: a lone name beside one is a person (people_role.go)
	kChild     // son, daughter: the names after "son of" are parents
	kFounding  // founded, released: the name after one is a firm or a work (people_filter.go)
)

var wordKinds = buildWordKinds()

func buildWordKinds() map[string]uint16 {
	kinds := map[string]uint16{}
	for _, set := range []struct {
		words map[string]bool
		kind  uint16
	}{{notNames, kNotName}, {placeNames, kPlace}, {demonymNames, kDemonym}, {orgHeads, kOrgHead},
		{openers, kOpener}, {titles, kTitle}, {particles, kParticle}, {epithets, kEpithet}, {placeStarts, kPlaceStart},
		{thingHeads, kThing}, {weakThingHeads, kWeakThing}, {pronounWords, kPronoun}, {kinWords, kKin}, {marryWords, kKin},
		{roleWords, kRole}, {lifeNouns, kRole}, {childWords, kChild}, {foundingVerbs, kFounding}} {
		for w := range set.words {
			kinds[w] |= set.kind
		}
	}
	return kinds
}

// epithets follow "the" in regnal names: Peter the Great.
var epithets = splitList(`Great|Elder|Younger|Bold|Conqueror|Magnificent|Pious|Fair|Good|Wise|Terrible|Lionheart|Confessor|Navigator|Fat|Bald|Short|Tall|Just|Red|Black|Saint|Lion|Victorious|Liberator|Builder`)

// splitLower is splitList keyed in lower case, for words a text may write
// either way ("Vice-premier", "vice president").
func splitLower(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		low := strings.ToLower(w)
		m[w] = true // as written, lower case and capitalised: a look-up needs no lower-casing
		m[low] = true
		m[strings.ToUpper(low[:1])+low[1:]] = true
	}
	return m
}

func isTitle(w string) bool { return titles[w] }

func isRoman(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, c := range w {
		if !strings.ContainsRune("IVXL", c) {
			return false
		}
	}
	return true
}

var particles = splitList(`van|von|de|den|der|da|di|du|del|della|des|la|le|bin|ibn|al|el|dos|das|y|zu|ter|af`)

// classifyName decides what a linked page title names, if it can tell.
func classifyName(name string) (model.EntityKind, bool) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return "", false
	}
	if placeNames[name] {
		return model.Place, true
	}
	for _, w := range words {
		if orgHeads[w] {
			return model.Org, true
		}
	}
	if len(words) > 5 {
		return "", false
	}
	body := words
	for len(body) > 1 && (isTitle(body[0]) || demonymNames[body[0]]) {
		body = body[1:]
	}
	if personShape(body) {
		return model.Person, true
	}
	return "", false
}

// personShape: two to five capitalised name words (particles allowed
// between), none of which is a place, a demonym or a common noun of names of
// things; or one name word with a regnal numeral ("Albert II").
func personShape(words []string) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	var kinds [5]uint16 // each word's kinds, looked up once
	for i, w := range words {
		kinds[i] = lookupKinds(w)
	}
	if kinds[0]&kPlaceStart != 0 || thingName(words, kinds[:len(words)]) {
		return false
	}
	names, last := 0, len(words)-1
	for i, w := range words {
		k := kinds[i]
		switch {
		case k&kParticle != 0 && i > 0 && i < last:
		case w == "the" && i == last-1 && kinds[i+1]&kEpithet != 0:
		case i == last && k&kEpithet != 0 && i >= 2 && words[i-1] == "the":
		case isRoman(w) && i > 0:
		case i > 0 && particleJoined(w):
			names++ // "al-Haytham": a particle joined to a name
		case startsUpper(w) && k&(kNotName|kDemonym|kOrgHead|kOpener|kTitle) == 0 && !(k&kPlace != 0 && i == last) &&
			!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !hasDigit(w):
			names++
		default:
			return false
		}
	}
	return names >= 1 && (names >= 2 || isRoman(words[last]) || kinds[last]&kEpithet != 0)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// observe learns the people of a sentence without dates, so later
// sentences can refer to them by one name.
func (f *entityFinder) observe(text string, toks []token) { f.find(text, toks) }

// compoundTail tells whether the word at i is glued by a hyphen to the word
// before it: a name that starts a compound ("Jean-Pierre") is read from its
// head, so a part the reading reaches on its own opens no person's name. A
// dash between names ("China–Denmark relations") is no compound.
func compoundTail(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	h, w := &toks[i-1], &toks[i-2]
	return h.text == "-" && h.start == w.end && h.end == toks[i].start && w.kind == tWord
}

// inKindList tells whether the name at i is an item of a list that a kind
// of thing opens: "franchises like Donkey Kong, Mario, Legend of Zelda, and
// Pokémon", "studios such as Pixar". The items before it are passed over:
// capitalised words, the small words within names, commas and "and".
func inKindList(toks []token, i int) bool {
	for j, seen := i-1, 0; j >= 1 && seen < 24; j, seen = j-1, seen+1 {
		t := &toks[j]
		switch {
		case t.upper || t.kind == tPunct && t.text == ",":
			continue
		case t.kind != tWord:
			return false
		}
		switch t.lower {
		case "and", "or", "of", "the":
			continue
		case "as": // "such as"
			return j >= 2 && toks[j-1].lower == "such" && en.Pack.KindNouns[toks[j-2].lower]
		case "like", "including":
			return en.Pack.KindNouns[toks[j-1].lower]
		}
		return false
	}
	return false
}

// run is a stretch of capitalised words (with the small words that join
// names: particles, "the" of an epithet, "of" after a title) in a sentence.
type run struct{ from, to int } // token range

// find names the people, places and organisations of a sentence.
// The mentions are valid until the next call.
func (f *entityFinder) find(text string, toks []token) mentions {
	out := f.found[:0]
	defer func() { f.found = out }()
	f.before, f.text = f.last, text
	templates := strings.Contains(text, "{{")
	braces := newTemplateCursor(text)
	for i := 0; i < len(toks); {
		if !toks[i].upper {
			i++ // most words: names and links start with a capital
			continue
		}
		if n := f.linkAt(text, toks, i, &out); n > i {
			i = n
			continue
		}
		r := capitalRun(toks, i)
		if templates && braces.inside(toks[i].start) {
			i = r.to
			continue
		}
		if r.to == i+1 && f.lonePlain(&toks[i]) && !kinBefore(toks, i) {
			i = r.to // one capitalised word that names nothing: "The", "Trade"
			continue
		}
		if isAlias(toks, i) && len(out) > 0 && out[len(out)-1].kind == model.Person {
			i = r.to // "Qian Xiuling, or Siou-Ling Tsien": one person, named once
			continue
		}
		n, last, alias := len(out), f.last, bracketAlias(toks, i, out)
		f.classifyRun(text, toks, r, &out)
		if alias || inKindList(toks, i) { // the person again in another form; a place in the brackets stays
			out, f.last = dropPeople(out, n), last
		}
		i = r.to
	}
	f.learnSpouse(toks, out)
	return out
}

// lonePlain reports whether a capitalised word standing alone can be passed
// over: it is not a place, an organisation or a person met before.
func (f *entityFinder) lonePlain(t *token) bool {
	if t.baseKinds&kPlace != 0 || t.kinds&kOrgHead != 0 {
		return false
	}
	base := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
	return !f.byPart.has(base)
}

// isAlias reports whether the run at i gives another name for the person
// just named: ", or NAME", "also known as NAME", "née NAME".
func isAlias(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	before := ""
	if i >= 2 {
		before = toks[i-2].text
	}
	switch toks[i-1].text {
	case "or":
		return before == ","
	case "as":
		return before == "known"
	case "née", "nee":
		return true
	case "name":
		return before == "birth" || before == "real"
	case "born":
		return before == "was"
	}
	return false
}

// linkAt matches the longest linked name starting at token i.
func (f *entityFinder) linkAt(text string, toks []token, i int, out *mentions) int {
	if !toks[i].upper {
		return i
	}
	span, _ := f.links.heads.get(toks[i].text)
	if span == 0 {
		return i
	}
	best, bestKind := -1, model.EntityKind("")
	for j := i; j < len(toks) && j < i+2*span; j++ {
		if j > i && toks[j-1].end != toks[j].start && !toks[j-1].spaceAfter {
			break
		}
		name := text[toks[i].start:toks[j].end]
		if kind, ok := f.links.kinds.get(name); ok {
			best, bestKind = j, kind
		}
	}
	if best < 0 {
		return i
	}
	if bestKind == "" || quotedRun(text, toks, run{i, best + 1}) {
		return best + 1 // a linked title in quotes: a work ("[[Opa Opa]]")
	}
	f.add(out, text[toks[i].start:toks[best].end], bestKind, toks[i].start, toks[best].end)
	return best + 1
}

func (f *entityFinder) add(out *mentions, name string, kind model.EntityKind, start, end int) {
	if kind == model.Person {
		name = f.sameAsMet(f.asSubject(name))
		f.parts = appendFields(f.parts[:0], name)
		for _, part := range f.parts {
			if part == "of" {
				break // "Li of Zhou": a later "Zhou" is the state, not the king
			}
			f.byPart.set(part, name)
		}
		f.last = name
	}
	*out = append(*out, mention{name: name, kind: kind, start: start, end: end})
}

// capitalRun extends a run of capitalised words from token i.
func capitalRun(toks []token, i int) run {
	j := i
	for j < len(toks) {
		t := &toks[j]
		switch {
		case t.upper && j > i && possessiveName(toks, j-1) && toks[i].kinds&kPlaceStart == 0 && t.kinds&(kOrgHead|kThing|kNotName|kPlace) == 0:
			return run{i, j} // "Moses Znaimer's Idea City": the owner, then the thing
		case t.upper || t.kind == tWord && isRoman(t.text):
			j++
		case t.kind == tPunct && t.text == "," && j > i && j+1 < len(toks) && isJrSr(toks[j+1].text):
			j = suffixEnd(toks, j+1) // "Clinton Williams Murchison, Jr.": the son, not the father
		case t.kind == tWord && (t.kinds&kParticle != 0 || t.text == "of" || t.text == "the" || t.text == "for" || t.text == "and") &&
			j > i && capitalAfterParticles(toks, j):
			j++
		case t.kind == tPunct && t.text == "." && j > i && len(toks[j-1].text) == 1 && toks[j-1].upper &&
			j+1 < len(toks) && toks[j+1].upper:
			j++ // an initial: Rufus T. Firefly, J. R. Smith
		case t.kind == tDash && j > i && toks[j-1].end == t.start && j+1 < len(toks) && toks[j+1].start == t.end && toks[j+1].kind == tWord:
			j += 2 // Siou-Ling, Willamowitz-Möllendorf, Ta-wei
		default:
			return run{i, j}
		}
	}
	return run{i, j}
}

// capitalAfterParticles reports whether the joining word at j, and any
// particles after it, lead to a capitalised word: "van den Bosch".
func capitalAfterParticles(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		switch {
		case toks[k].kind == tDash && toks[k].start == toks[k-1].end && k+1 < len(toks) && toks[k+1].start == toks[k].end:
			return toks[k+1].upper // "al-Haytham", "ad-Din"
		case toks[k].kind != tWord:
			return false
		case toks[k].upper:
			return true
		case toks[k].kinds&kParticle == 0:
			return false
		}
	}
	return false
}

// classifyRun decides what a run of capitalised words names.
func (f *entityFinder) classifyRun(text string, toks []token, r run, out *mentions) {
	span := func(a, b int) (string, int, int) { // token range to text
		return text[toks[a].start:toks[b-1].end], toks[a].start, toks[b-1].end
	}
	if quotedRun(text, toks, r) {
		return // the title of a work
	}
	if foundedRun(toks, r) {
		name, st, en := span(r.from, r.to)
		f.add(out, name, model.Org, st, en)
		return
	}
	// An organisation: the run holds an org word ("Ministry of State
	// Security", "the Senate"); what stands around it is looked at apart.
	if os, oe, ok := orgSpan(toks, r); ok {
		name, st, en := span(os, oe)
		f.add(out, name, model.Org, st, en)
		f.pieces(text, toks, run{r.from, os}, out)
		f.pieces(text, toks, run{oe, r.to}, out)
		return
	}
	f.pieces(text, toks, r, out)
}

// appendFields appends the space-separated words of s to dst, as slices of s.
func appendFields(dst []string, s string) []string {
	if !isASCII(s) && strings.IndexFunc(s, func(r rune) bool { return r > 0x7f && unicode.IsSpace(r) }) >= 0 {
		return append(dst, strings.FieldsFunc(s, unicode.IsSpace)...) // a no-break space from HTML
	}
	for s != "" {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return append(dst, s)
		}
		if i > 0 {
			dst = append(dst, s[:i])
		}
		s = s[i+1:]
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// knownPerson finds the person met earlier whose name has this word as one
// of its names ("Leopold" for "Leopold II", "Lumumba" for "Patrice Lumumba").
func (f *entityFinder) knownPerson(w string) string {
	name, _ := f.byPart.get(w)
	return f.salient(w, name)
}

type mentions []mention
