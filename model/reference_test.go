package model

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// A long Markdown or plain-text article can hold a footnote every 36 bytes,
// each a reference with only its number and text: at the size of every
// citation field (208 bytes) they were most of the memory such an article
// took. The citation's fields sit behind a pointer so that those cost what
// their number, text and source do.
func TestReferenceStaysSmall(t *testing.T) {
	if got := unsafe.Sizeof(Reference{}); got > 48 {
		t.Errorf("a Reference is %d bytes, want at most 48", got)
	}
}

// Reading a reference that gives only its text gives empty fields, never a
// nil dereference.
func TestTextOnlyReferenceReadsEmpty(t *testing.T) {
	r := Reference{N: 1, Text: "note."}
	c := r.Citation()
	v := reflect.ValueOf(c)
	for i := range v.NumField() {
		if f := v.Field(i); !f.IsZero() {
			t.Errorf("Citation().%s = %v, want empty", v.Type().Field(i).Name, f)
		}
	}
	if r.Dead() {
		t.Error("a reference without a citation is dead")
	}
	if !c.IsZero() {
		t.Error("the citation of a text-only reference is not zero")
	}
}

// SetCitation keeps a citation only when it gives something, and an empty
// one costs no allocation: every footnote of a long text goes through it.
func TestSetCitation(t *testing.T) {
	var r Reference
	r.SetCitation(Citation{Authors: []string{}})
	if r.Cite != nil {
		t.Errorf("an empty citation was kept: %+v", r.Cite)
	}
	r.SetCitation(Citation{URL: "https://example.org/a"})
	if r.Cite == nil || r.Citation().URL != "https://example.org/a" {
		t.Fatalf("a citation with a URL was lost: %+v", r)
	}
	r.SetCitation(Citation{})
	if r.Cite != nil {
		t.Errorf("an empty citation did not clear the one before: %+v", r.Cite)
	}
	if n := testing.AllocsPerRun(100, func() { r.SetCitation(Citation{}) }); n != 0 {
		t.Errorf("setting an empty citation allocates %v times", n)
	}
	for _, status := range []string{"dead", "unfit", "usurped"} {
		r.SetCitation(Citation{URLStatus: status, ArchiveURL: "https://web.archive.org/x"})
		if !r.Dead() {
			t.Errorf("url-status %s with an archive is not dead", status)
		}
	}
	r.SetCitation(Citation{URLStatus: "dead"})
	if r.Dead() {
		t.Error("a dead URL without an archive copy is dead")
	}
}

// Merging copies references, the citation pointer with them; the merged
// reference answers with the citation, and the sources are left as they were.
func TestMergeKeepsCitations(t *testing.T) {
	a, b := twoSources()
	a.References = append(a.References, Reference{N: 3, Text: "text only"})
	m := MergeAll([]*Timeline{a, b})
	if r, ok := m.Reference("a.txt", 2); !ok || r.Citation().Title != "A ref 2" {
		t.Errorf("merged reference [2] of a.txt = %+v, %v", r, ok)
	}
	if r, ok := m.Reference("a.txt", 3); !ok || r.Cite != nil || r.Text != "text only" {
		t.Errorf("merged text-only reference [3] of a.txt = %+v, %v", r, ok)
	}
	if a.References[1].Source != "" || a.References[1].Citation().Title != "A ref 2" {
		t.Errorf("merging changed a source's reference: %+v", a.References[1])
	}
}

// %+v of a reference, as a failing test prints it, shows its citation's
// fields rather than the address they sit at.
func TestReferencePrintsItsCitation(t *testing.T) {
	r := Reference{N: 2, Cite: &Citation{Title: "A report"}}
	if got := fmt.Sprintf("%+v", r); !strings.Contains(got, "Title:A report") {
		t.Errorf("%%+v of a reference = %s", got)
	}
	if got := fmt.Sprintf("%+v", Reference{N: 1}); !strings.Contains(got, "Cite:<nil>") {
		t.Errorf("%%+v of a text-only reference = %s", got)
	}
}
