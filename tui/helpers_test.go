package tui

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/annals-tui/annals/model"
)

// event builds an event whose date phrase is the first occurrence of phrase in text.
func event(id int, d model.Date, text, phrase, summary string, people []string, cites ...int) model.Event {
	e := model.Event{ID: id, Date: d, Text: text, Summary: summary, People: people, Citations: cites}
	if i := strings.Index(text, phrase); i >= 0 && phrase != "" {
		e.Phrase = model.Span{Start: i, End: i + len(phrase)}
	}
	return e
}

// sampleTimeline is a hand-made timeline shaped like the Belgium–China
// article: every precision, an interval, people, places, references with
// and without details, and URLs that must and must not be opened.
func sampleTimeline() *model.Timeline {
	century := model.CenturyDate(18)
	interval := model.Between(model.YearDate(1912), model.YearDate(2008))
	evs := []model.Event{
		event(1, century, "In the 19th century, Belgian missionaries travelled to China.", "In the 19th century",
			"Belgian missionaries travel to China", nil, 2),
		event(2, interval, "Qian Xiuling (1912–2008), or Siou-Ling Tsien de Perlinghi, was an immigrant to Belgium who saved nearly 100 Belgian people during World War II.",
			"1912–2008", "Qian Xiuling saves Belgians", []string{"Qian Xiuling"}),
		event(3, model.DayDate(1971, 10, 25), "Belgium recognised the People's Republic of China on 25 October 1971.",
			"on 25 October 1971", "Belgium recognises the PRC", nil, 3),
		event(4, model.DecadeDate(1980), "The diplomatic relationship began to improve and grow during the 1980s.",
			"during the 1980s", "Relations improve", nil, 1, 9),
		event(5, model.MonthDate(1991, 4), "Zhu Rongji visited in April 1991.", "in April 1991",
			"Zhu Rongji visits", []string{"Zhu Rongji"}, 1),
		event(6, model.MonthDate(1992, 3), "Vice-premier Qian Qichen visited in March 1992.", "in March 1992",
			"Qian Qichen visits", []string{"Qian Qichen"}, 1),
		event(7, model.MonthDate(2009, 10), "China's Vice President Xi Jinping has been to Belgium in October 2009 to enhance bilateral cooperation.",
			"in October 2009", "Xi Jinping visits Belgium", []string{"Xi Jinping"}, 5, 6),
		event(8, model.YearDate(2019), "In 2019 as punishment for visiting Taiwan, Jacques Brotchi received a lifetime ban from entering China.",
			"In 2019", "Jacques Brotchi banned from China", []string{"Jacques Brotchi"}, 7),
		event(9, model.MonthDate(2020, 6), "In June 2020, Belgium openly opposed the Hong Kong national security law.",
			"In June 2020", "Belgium opposes the Hong Kong law", nil, 8),
		event(10, model.MonthDate(2023, 12), "In December 2023, Belgian Prime Minister Alexander De Croo referred to China as a \"sometimes very hostile\" country after Frank Creyelman was recruited.",
			"In December 2023", "De Croo calls China hostile", []string{"Alexander De Croo", "Frank Creyelman"}, 15),
	}
	evs[1].Places = []string{"Belgium"}
	evs[6].Places = []string{"Belgium"}
	evs[9].Orgs = []string{"Ministry of State Security"}
	evs[9].Section = "2020s"
	t := &model.Timeline{
		Title:  "Belgium–China relations",
		Source: "belgium-china.txt",
		Events: evs,
		References: []model.Reference{
			{N: 1, Cite: &model.Citation{Title: "Belgium-China relations in the 1990s",
				URL: "https://example.org/relations", Publisher: "People's Daily", Date: "1992"}},
			{N: 2, Cite: &model.Citation{Title: "Missionaries of Scheut", Authors: []string{"Dupont, Marie"},
				Publisher: "Leuven University Press", Date: "1998", Pages: "p. 42"}},
			{N: 5, Cite: &model.Citation{Title: "Xi Jinping visits Brussels", URL: "http://example.org/xi",
				ArchiveURL: "https://archive.example.org/xi", Publisher: "Reuters", Date: "2009-10-10"}},
			{N: 6, Cite: &model.Citation{Title: "A script link", URL: "javascript:alert(1)"}},
			{N: 7, Text: "Brotchi interview, Le Soir, 2019"},
			{N: 8, Cite: &model.Citation{Title: "An FTP file", URL: "ftp://example.org/hk.txt"}},
			{N: 9, Cite: &model.Citation{Title: "Trade in the 1980s", URL: "http://old.example.org/trade",
				Publisher: "Le Soir", Date: "1985", ArchiveURL: "https://archive.example.org/trade", ArchiveDate: "3 May 2005", URLStatus: "dead"}},
			{N: 15, Cite: &model.Citation{Title: "De Croo on China", URL: "https://example.org/decroo", ArchiveURL: "https://archive.example.org/decroo"}},
		},
	}
	t.BuildEntities()
	return t
}

// opener records the URLs the browser was asked to open.
type opener struct{ urls []string }

func (o *opener) open(u string) error {
	o.urls = append(o.urls, u)
	return nil
}

// newTestModel builds the browser over the sample timeline at w×h.
func newTestModel(t testing.TB, w, h int) (Model, *opener) {
	t.Helper()
	o := &opener{}
	m := New(sampleTimeline(), model.Query{}, Options{Open: o.open})
	return update(m, tea.WindowSizeMsg{Width: w, Height: h}), o
}

// update sends one message and runs what the commands send back, the way
// the program would (a quit or clipboard request is only recorded).
func update(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	for _, back := range runCmd(cmd) {
		if _, ok := back.(openedMsg); ok {
			m = update(m, back)
		}
	}
	return m
}

// runCmd runs a command and the commands of a batch, and returns their messages.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// keyMsg is the key press a terminal sends for a key name or a character.
func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "backspace": tea.KeyBackspace, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := named[k]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if c, ok := strings.CutPrefix(k, "ctrl+"); ok && len(c) == 1 {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	if k == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	r, _ := utf8.DecodeRuneInString(k)
	if unicode.IsUpper(r) {
		return tea.KeyPressMsg{Code: unicode.ToLower(r), Text: k, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys one after another.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = update(m, keyMsg(k))
	}
	return m
}

// typeText types s one character at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		if r == ' ' {
			m = update(m, keyMsg("space"))
			continue
		}
		m = update(m, keyMsg(string(r)))
	}
	return m
}

// screen is what the user sees, without styles.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// selectedID is the ID of the selected event, or 0.
func selectedID(m Model) int {
	if i := m.timeline.Selected(); i >= 0 {
		return m.t.Events[i].ID
	}
	return 0
}

func mustContain(t *testing.T, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Errorf("screen lacks %q:\n%s", w, s)
		}
	}
}

func mustNotContain(t *testing.T, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if strings.Contains(s, w) {
			t.Errorf("screen should not show %q:\n%s", w, s)
		}
	}
}
