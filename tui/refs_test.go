package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Issue 16, 5: a reference whose URL has died is marked so, and enter
// opens its archived copy rather than the dead address.
func TestDeadLinkIsMarkedAndEnterOpensItsArchive(t *testing.T) {
	m, o := newTestModel(t, 180, 36)
	m = press(m, "j", "j", "j")
	mustContain(t, screen(m), "[9] Trade in the 1980s  dead link") // the detail pane says so too
	m = press(m, "s", "j")                                         // 1980s: [9] is dead, [1] is not
	s := screen(m)
	mustContain(t, s, "[9] Trade in the 1980s  dead link", "dead http://old.example.org/trade",
		"archive 3 May 2005 https://archive.example.org/trade", "enter open archive")
	m = press(m, "enter")
	if !slices.Equal(o.urls, []string{"https://archive.example.org/trade"}) {
		t.Fatalf("enter on a dead link opened %q, want its archive", o.urls)
	}
	_, cmd := m.Update(keyMsg("y"))
	if msgs := runCmd(cmd); len(msgs) != 1 || fmt.Sprint(msgs[0]) != "https://archive.example.org/trade" {
		t.Errorf("y on a dead link sent %#v, want its archive URL", msgs)
	}
	m = press(m, "k", "enter") // [1] is alive: its own URL
	if len(o.urls) != 2 || o.urls[1] != "https://example.org/relations" {
		t.Fatalf("enter on a live link opened %q", o.urls)
	}
	mustNotContain(t, screen(m), "open archive")
}

// Issue 16, 12: a book shows its author, title once, publisher, year and
// page; with no URL the footer offers no URL to open or copy.
func TestBookReferenceShowsAuthorPublisherYearAndPage(t *testing.T) {
	m, _ := newTestModel(t, 180, 36)
	m = press(m, "s") // 19th century: [2] is a book
	s := screen(m)
	mustContain(t, s, "[2] Missionaries of Scheut", "Dupont, Marie · Leuven University Press · 1998 · p. 42", "y copy text")
	mustNotContain(t, s, "open URL", "copy URL")
	if n := strings.Count(s, "Missionaries of Scheut"); n != 1 {
		t.Errorf("the book's title shows %d times", n)
	}
}
