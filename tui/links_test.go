package tui

import (
	"context"
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/annals-tui/annals/model"
)

// fakeFollow stands in for the REST client: a Brotchi article, a library
// of one, and a title search.
type fakeFollow struct{ fetched, searched []string }

func (f *fakeFollow) follow() Follow {
	return Follow{
		Fetch: func(_ context.Context, l model.Link) (*model.Timeline, error) {
			f.fetched = append(f.fetched, l.Title)
			if l.Title != "Jacques Brotchi" {
				return nil, errors.New("no network: " + l.Title + " not in the library")
			}
			t := &model.Timeline{Title: "Jacques Brotchi", Source: "wiki:en:Jacques Brotchi", Events: []model.Event{
				{ID: 1, Date: model.YearDate(1983), Text: "In 1983 Brotchi became head of neurosurgery.", Summary: "Brotchi heads neurosurgery"},
			}}
			t.BuildEntities()
			return t, nil
		},
		Library: func() ([]model.Link, error) {
			return []model.Link{{Title: "Ostend", Lang: "en", Text: "en · revision 4"}}, nil
		},
		Search: func(_ context.Context, q string) ([]model.Link, error) {
			f.searched = append(f.searched, q)
			return []model.Link{{Title: "Jacques Brotchi", Lang: "en", Text: "Belgian neurosurgeon"}}, nil
		},
	}
}

func linkedModel(t *testing.T) (Model, *fakeFollow) {
	t.Helper()
	tl := sampleTimeline()
	for i := range tl.Events {
		if tl.Events[i].ID == 8 {
			tl.Events[i].Links = []model.Link{{Title: "Taiwan", Text: "Taiwan"}, {Title: "Jacques Brotchi", Text: "Jacques Brotchi"}}
			tl.Events[i].Places = []string{"Taiwan"}
		}
	}
	f := &fakeFollow{}
	m := New(tl, model.Query{}, Options{Open: (&opener{}).open, Follow: f.follow()})
	return update(m, tea.WindowSizeMsg{Width: 100, Height: 30}), f
}

// drive sends a message and feeds back what a fetch or search sends, as
// the program would (spinner ticks aside).
func drive(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	for _, back := range runCmd(cmd) {
		switch back.(type) {
		case loadedMsg, loadFailedMsg, searchedMsg:
			m = drive(m, back)
		}
	}
	return m
}

func pressAll(m Model, keys ...tea.KeyPressMsg) Model {
	for _, k := range keys {
		m = drive(m, k)
	}
	return m
}

var ctrlO = tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl}

func TestWListsLinksPeopleFirstAndEnterMergesThenCtrlOGoesBack(t *testing.T) {
	m, f := linkedModel(t)
	m = press(m, "y")
	m = typeText(m, "2019")
	m = press(m, "enter")
	m = pressAll(m, keyMsg("w"))
	s := screen(m)
	mustContain(t, s, "Linked articles", "› Jacques Brotchi  · person", "Taiwan  · place")
	m = pressAll(m, keyMsg("enter"))
	if len(f.fetched) != 1 || f.fetched[0] != "Jacques Brotchi" {
		t.Fatalf("fetched %v", f.fetched)
	}
	if got := len(m.t.Events); got != 11 {
		t.Fatalf("merged timeline has %d events, want 10 + 1", got)
	}
	mustContain(t, screen(m), "Merging Jacques Brotchi")
	m = press(m, "x")
	mustContain(t, screen(m), "Brotchi heads neurosurgery")
	m = pressAll(m, ctrlO)
	s = screen(m)
	if len(m.t.Events) != 10 || !m.query.HasYears || selectedID(m) != 8 {
		t.Errorf("back: %d events, year filter %v, selected %d; want 10, the 2019 filter, event 8", len(m.t.Events), m.query.HasYears, selectedID(m))
	}
	mustContain(t, s, "Back to Belgium–China relations", "year 2019")
	mustNotContain(t, s, "Brotchi heads neurosurgery")
}

func TestShiftWOpensTheArticleAlone(t *testing.T) {
	m, _ := linkedModel(t)
	m = press(m, "]") // next year: onto an event
	for selectedID(m) != 8 {
		m = press(m, "j")
	}
	m = pressAll(m, keyMsg("w"), keyMsg("W"))
	if len(m.t.Events) != 1 || m.t.Title != "Jacques Brotchi" {
		t.Fatalf("W opened %q with %d events, want Brotchi's alone", m.t.Title, len(m.t.Events))
	}
	m = pressAll(m, ctrlO)
	if len(m.t.Events) != 10 || selectedID(m) != 8 {
		t.Errorf("back: %d events, selected %d", len(m.t.Events), selectedID(m))
	}
}

func TestAFailedFetchReturnsWithOneLine(t *testing.T) {
	m, _ := linkedModel(t)
	for selectedID(m) != 8 {
		m = press(m, "j")
	}
	m = pressAll(m, keyMsg("w"), keyMsg("j"), keyMsg("enter")) // Taiwan: not in the library
	if m.load.active || len(m.t.Events) != 10 {
		t.Fatalf("after a failed fetch: loading %v, %d events", m.load.active, len(m.t.Events))
	}
	mustContain(t, screen(m), "no network: Taiwan not in the library")
}

func TestPaletteFindsTheLibraryThenSearchesWikipedia(t *testing.T) {
	m, f := linkedModel(t)
	m = pressAll(m, keyMsg("o"))
	mustContain(t, screen(m), "Open an article", "Ostend")
	m = typeText(m, "brot")
	mustContain(t, screen(m), "Not in the library")
	m = pressAll(m, keyMsg("enter"))
	if len(f.searched) != 1 || f.searched[0] != "brot" {
		t.Fatalf("searched %v", f.searched)
	}
	mustContain(t, screen(m), "Wikipedia titles for brot", "Jacques Brotchi")
	m = pressAll(m, keyMsg("enter"))
	if m.t.Title != "Jacques Brotchi" {
		t.Errorf("enter on a search result opened %q", m.t.Title)
	}
}

func TestPersonPickerOpensALinkedPerson(t *testing.T) {
	m, f := linkedModel(t)
	m = press(m, "p")
	m = typeText(m, "Brotchi")
	m = pressAll(m, tea.KeyPressMsg{Code: 'w', Mod: tea.ModCtrl})
	if len(f.fetched) != 1 || len(m.t.Events) != 11 {
		t.Errorf("ctrl+w in the picker: fetched %v, %d events", f.fetched, len(m.t.Events))
	}
}
