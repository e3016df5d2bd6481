package markup

import (
	"reflect"
	"testing"
)

// Cut at every place a piece may end, any page reads as it does whole.
func FuzzHTMLPieces(f *testing.F) {
	for _, s := range []string{
		"<html><body><p>a<a href=/wiki/B>b<a href=#cite_note-1>c</p><p>d",
		"<div class=mw-parser-output><p>x<sup class=reference><a href=#cite_note-a>[a]</a></sup></p><ol class=references><li id=cite_note-a>n</li></ol></div>",
		"<body><ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>1990<dd>x</dl><h2>See also</h2><p>y<h2>z</h2>",
		"<body><p><span>a<div>b</div></span><table><tr><td>c<p>d</td></tr></table><i>e</i></p>",
		"<!DOCTYPE html><body><p>a<table><tr><td>b</table><b>c<p>d</b>e</p>",
		"<body><main><p>a</p></main></body><main><p>b</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole, err1 := readHTML([]byte(s), 1<<30, 1<<30)
		pieces, err2 := readHTML([]byte(s), 1, 1)
		if (err1 == nil) != (err2 == nil) || err1 == nil && !reflect.DeepEqual(whole, pieces) {
			t.Fatalf("%q:\nwhole  %+v %v\npieces %+v %v", s, whole, err1, pieces, err2)
		}
	})
}
