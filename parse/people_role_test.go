package parse

import (
	"fmt"
	"testing"
)

func TestACallingBesideALoneNameMakesItAPerson(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"calling before, over a list", "In 1402 the mathematicians Oduric and Belvane charted the comet.",
			map[string][]string{"1402": {"Oduric", "Belvane"}}},
		{"calling after a comma", "• 412 BCE Tarquo, ruler of Mesh, is crowned.", map[string][]string{"-0411": {"Tarquo"}}},
		{"a life before of", "• 380 BCE Life of Xenarcos.", map[string][]string{"-0379": {"Xenarcos"}}},
		{"calling before a regnal of", "In 1540 the engineer Pellodor of Vask built a dome.", map[string][]string{"1540": {"Pellodor of Vask"}}},
		{"era and title before a name", "• 364 BCE Duke Oren, ruler of Mesh, is honoured.", map[string][]string{"-0363": {"Oren"}}},
		{"no calling, no person", "In 1403 Oduric charted the comet.", map[string][]string{"1403": nil}},
	})
}

func TestParentsNamedAsideTakePartInNothing(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"child of two parents", "Wendel Ostry (born 1890) was a miller. Ostry, the second child of Amos Ostry and Clara Beth Ostry, was born May 3, 1890 in Dunmore.",
			map[string][]string{"1890-05-03": {"Wendel Ostry"}}},
		{"son of, then the subject", "Wendel Ostry is a miller. The eldest son of Haruto Keine, Ostry was born in 1890.", map[string][]string{"1890": {"Wendel Ostry"}}},
	})
}

func TestALifeSpanInBracketsIsItsPersonsAlone(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"sons with their spans", "In 1920, Amos Reed married Ida Lane and they had two sons: Paul Reed (March 2, 1921 – May 1, 1980), and Carl Reed (1923–1990).",
			map[string][]string{"1920": {"Amos Reed", "Ida Lane"}, "1921-03-02/1980-05-01": {"Paul Reed"}, "1923/1990": {"Carl Reed"}}},
		{"over a bracketed alias", "Abu Tamir (Tamirus) (1010–1080) studied lenses, and Olaf Brenn (1510–1570) ground them.",
			map[string][]string{"1010/1080": {"Abu Tamir"}, "1510/1570": {"Olaf Brenn"}}},
		{"particle-joined name", "In 1201 Hasan al-Tahir wrote on optics.", map[string][]string{"1201": {"Hasan al-Tahir"}}},
	})
}

func TestAPersonWithADateOfHisOwnSegment(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"later segment", "The record stood until 1998; although matched by the 1994 team, it fell when Ada Brand ran in 1998.",
			map[string][]string{"1994": nil}},
		{"the first segment's person has every date", "Ada Brand was born in 1901 in Lyon, France and died in 1970.",
			map[string][]string{"1901": {"Ada Brand"}, "1970": {"Ada Brand"}}},
		{"a when segment tells of the date before", "Trade began in the 1710s, when Olaf Senn sailed to Riga in 1712.",
			map[string][]string{"171X": {"Olaf Senn"}, "1712": {"Olaf Senn"}}},
	})
}

func TestNamesAroundAPossessiveAndAGeneration(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"possessive ends the name", "In 2011 she spoke at Oren Falk's Idea Town forum.", map[string][]string{"2011": {"Oren Falk"}}},
		{"possessive of a place name", "In 1830 settlers reached Van Tassen's Land.", map[string][]string{"1830": nil}},
		{"two given names share a surname", "In 1871 a fire started in Patrick and Maura Dunleavy's shed.",
			map[string][]string{"1871": {"Patrick Dunleavy", "Maura Dunleavy"}}},
		{"the colony of a queen's name", "In 1840 Queen Adela visited. In 1850 the Colony of Adela was founded.",
			map[string][]string{"1850": nil}},
		{"a name in brackets is the same person", "In 2001 Elena Varos (Έλενα Βάρου in Greek) sang.", map[string][]string{"2001": {"Elena Varos"}}},
	})
}

func TestFatherAndJuniorAreTwoEntities(t *testing.T) {
	tl := parseText(t, "'''Amos Williams Reed Sr.''' (born 1890) was a banker.\n\n In 1925 his son Amos Williams Reed, Jr. was born. In 1930 Amos Reed bought a bank.")
	people := personEntities(tl)
	want := map[string]int{"Amos Williams Reed Sr.": 2, "Amos Williams Reed, Jr.": 1}
	if fmt.Sprint(people) != fmt.Sprint(want) {
		t.Errorf("people entities %v, want %v", people, want)
	}
}

func TestABandsMembersAreItsPeople(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"they and its name", "'''Velvet Moth''' was a Danish pop duo consisting of [[Ines Dahl]] and [[Oskar Lind]].\n\n" +
			"In 2002, they recorded the song \"Blue\". Velvet Moth split in 2004.\n\nIn 2006 Arvo Pent joined a choir.",
			map[string][]string{"2002": {"Ines Dahl", "Oskar Lind"}, "2004": {"Ines Dahl", "Oskar Lind"}, "2006": {"Arvo Pent"}}},
	})
}

func TestAQualifiedLinkToAWorkIsNoPerson(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"album link", "'''Velvet Moth''' was a pop act.\n\nIn 2003 [[Ines Dahl]] sang on [[Kora Mela (Velvet Moth album)|Kora Mela]].",
			map[string][]string{"2003": {"Ines Dahl"}}},
		{"Miss is a title", "In 1931 Miss Ida Marsh opened a shop.", map[string][]string{"1931": {"Ida Marsh"}}},
	})
}

func TestOneEntityForStopsAndAMarriedName(t *testing.T) {
	tl := parseText(t, "'''Amos Reed''' (born 1890) was a banker.\n\nIn 1915 Robert E. Lane hired him. In 1916 Robert E Lane left. "+
		"In 1920, Reed married Ida Lane. In 1926 his wife, Ida Lane Reed, died.")
	people := personEntities(tl)
	want := map[string]int{"Amos Reed": 2, "Ida Lane": 2, "Robert E. Lane": 2}
	if fmt.Sprint(people) != fmt.Sprint(want) {
		t.Errorf("people entities %v, want %v", people, want)
	}
}

func TestAThingCalledByANameIsNoPerson(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"a company called", "In 1889 Ines Dahl opened a company that was then called Harlo Venn.", map[string][]string{"1889": {"Ines Dahl"}}},
		{"a man called", "In 1890 a man called Otto Venn arrived.", map[string][]string{"1890": {"Otto Venn"}}},
	})
}

func TestGuardsOnSharedSurnamesAndBandNames(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"a name met before shares no surname", "Bertram Hale (born 1946) is a senator. In 1992 Hale and Ada Brand campaigned.",
			map[string][]string{"1992": {"Bertram Hale", "Ada Brand"}}},
		{"a place in the brackets after a name stays", "In 1879 Ada Brand (Lyon) wrote.", map[string][]string{"1879": {"Ada Brand"}}},
		{"a band's article word is not its name", "'''The Moths''' were a pop band consisting of [[Ines Dahl]] and [[Oskar Lind]].\n\n" +
			"The Moths split in 2004. The hall burned in 2005.",
			map[string][]string{"2004": {"Ines Dahl", "Oskar Lind"}, "2005": nil}},
	})
}

func TestAWorksMakerTakesNoPart(t *testing.T) {
	checkPeople(t, []peopleCase{
		{"the maker's hit", "In 1999 Ines Dahl sang a demo of the Arvo Pent hit \"Blue\".", map[string][]string{"1999": {"Ines Dahl"}}},
		{"a name before a noun that is no work", "In 1999 the Arvo Pent trio played.", map[string][]string{"1999": {"Arvo Pent"}}},
	})
}
