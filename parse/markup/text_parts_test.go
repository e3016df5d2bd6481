package markup

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// readInParts reads src in one pass and in parts (on up to 16), with
// parts of at least partSize bytes, and fails the test where they differ.
func readInParts(t *testing.T, src []byte, partSize int) []part {
	t.Helper()
	parts := splitAtBlankLines(src, partsPerCore*16, partSize)
	if len(parts) < 4 {
		t.Fatalf("fixture too small to be cut: %d parts", len(parts))
	}
	one := readText(src, 1, partSize)
	many := readText(src, partsPerCore*16, partSize)
	if one.Title != many.Title || !slices.Equal(one.Blocks, many.Blocks) || !slices.Equal(one.Links, many.Links) ||
		!reflect.DeepEqual(one.References, many.References) {
		t.Errorf("parts differ from one pass: %d/%d blocks, %d/%d references", len(one.Blocks), len(many.Blocks),
			len(one.References), len(many.References))
	}
	return parts
}

// An infobox's "- Field" lines may follow it after a blank line, where a
// part can end: the part after it is read again knowing it is in one.
func TestInfoboxAcrossPartsMatchesOnePass(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("Big archive\n\n")
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "Infobox\n\n- Established: %d\n\nProse of part %d, in %d.\n\n", 1900+i%100, i, 1900+i%100)
	}
	src := []byte(b.String())
	cutInInfobox := false
	for _, p := range readInParts(t, src, 16<<10)[1:] {
		cutInInfobox = cutInInfobox || strings.HasSuffix(string(src[:p.from]), "Infobox\n\n")
	}
	if !cutInInfobox {
		t.Error("no part starts inside an infobox: the test tells nothing")
	}
}

// Parts are cut before "== Heading ==" lines where there are some, and
// need not be read again even when the part before ends in a reference list
// or an infobox.
func TestPartsStartAtHeadings(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("Big archive\n\nIntro.\n\n")
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "== Part %d ==\n\nProse of part %d, in %d.[1]\n\nInfobox\n\n", i, i, 1900+i%100)
		if i%2 == 0 {
			b.WriteString("References\n\n^ \"A source\". The Times. 1999.\n\nA link list line\n\n")
		}
	}
	src := []byte(b.String())
	for k, p := range readInParts(t, src, 16<<10) {
		if k > 0 && (!p.afresh || !strings.HasPrefix(string(src[p.from:]), "== Part ")) {
			t.Errorf("part %d starts at %q (afresh %v)", k, src[p.from:min(p.from+20, len(src))], p.afresh)
		}
	}
}

func TestStartsAfresh(t *testing.T) {
	for line, want := range map[string]bool{
		"== History ==": true, "  ==History==  ": true, "=== 20th century ===": true, "= Title =": true,
		"====": false, "== History": false, "History": false, "History[edit]": false, "": false,
		"== " + strings.Repeat("long ", 30) + "==": false, // 150 bytes or more: might be a glued link line
		"== Jump to navigation ==":                 true, "== file: x.png ==": true, "==image.png ==": true,
	} {
		if got := startsAfresh(line); got != want {
			t.Errorf("startsAfresh(%q) = %v, want %v", line, got, want)
		}
	}
}

// A part that starts afresh is still read again when no title came
// before it: its first line is then the title.
func TestTitleAfterBlankPartsMatchesOnePass(t *testing.T) {
	t.Parallel()
	var body strings.Builder
	for i := 0; body.Len() < 1<<20; i++ {
		fmt.Fprintf(&body, "== Part %d ==\n\nProse of part %d.\n\n", i, i)
	}
	// Blank lines up to just past the first cut, which falls before the
	// first heading.
	n := partsPerCore * 16
	blank := 0
	for blank < (blank+body.Len())/n+8 {
		blank++
	}
	src := []byte(strings.Repeat("\n", blank) + body.String())
	parts := readInParts(t, src, 16<<10)
	if !parts[1].afresh || !strings.HasPrefix(string(src[parts[1].from:]), "== Part 0 ==") {
		t.Errorf("the second part starts at %q (afresh %v)", src[parts[1].from:parts[1].from+12], parts[1].afresh)
	}
}
