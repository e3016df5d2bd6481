package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A file named twice, or by a link, is one source; standard input is kept.
func TestResolveReadsEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "In 1991 a visit.\n")
	link := filepath.Join(dir, "link.txt")
	os.Symlink(a, link)
	s := Resolve([]string{a, dir + "/./a.txt", link, a}, Options{})
	if len(s.List) != 1 {
		t.Errorf("%d sources, want 1: %+v", len(s.List), s.List)
	}
}

// One unreadable source does not stop the others; its error names it.
func TestLoadGoesOnPastABadSource(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "In 1991 a visit.\n")
	bin := write(t, dir, "b.txt", strings.Repeat("\x00\x01\x02", 100))
	res := Resolve([]string{filepath.Join(dir, "gone.txt"), a, bin}, Options{}).Load(context.Background(), nil)
	if res.Timeline == nil || len(res.Timeline.Events) != 1 || len(res.Errors) != 2 {
		t.Fatalf("timeline %v, errors %v", res.Timeline, res.Errors)
	}
	if !strings.Contains(res.Errors[0].Error(), "gone.txt") || !strings.Contains(res.Errors[1].Error(), "binary") {
		t.Errorf("errors %v", res.Errors)
	}
}

func TestWikiLead(t *testing.T) {
	cases := map[string]string{
		"= Top Title =\nIn 1991.": "Top Title",
		"{{Infobox x\n|a=b}}\n'''[[Belgium]]–''Peru'' relations''' are": "Belgium–Peru relations",
		"Intro.\n== History ==\n'''Late bold''' text":                   "",
	}
	for in, want := range cases {
		if got := wikiLead([]byte(in)); got != want {
			t.Errorf("wikiLead(%q) = %q, want %q", in, got, want)
		}
	}
}

// A first line with no letters ("|", a table's edge) names nothing: the
// file's name does.
func TestTitleNeedsLetters(t *testing.T) {
	a := write(t, t.TempDir(), "old_town.txt", "|\n\nThe town hall burned in 1881.\n")
	res := Resolve([]string{a}, Options{}).Load(context.Background(), nil)
	if res.Timeline == nil || res.Timeline.Title != "old town" {
		t.Fatalf("title %q, want the file's name", res.Timeline.Title)
	}
}
