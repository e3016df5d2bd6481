package markup

import (
	"reflect"
	"testing"
)

// A page as today's skin (Vector 2022) saves it: the padlock indicator has
// a .mw-parser-output of its own before the article's, headings sit in
// mw-heading wrappers, a dl holds a timeline, a wikitable has a header row
// and a rowspan, a figure has a figcaption, and the TOC, navbox and
// reference list are not prose.
const todaySkin = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Markup history - Wikipedia</title>
<style>.x{display:none}</style><script>var RLCONF={"wgTitle":"Markup history"};</script></head>
<body class="skin--responsive skin-vector">
<div class="vector-header-container"><header class="vector-header mw-header"><a href="/wiki/Main_Page">Main page</a></header></div>
<div class="mw-page-container"><nav id="mw-panel-toc" class="vector-toc-landmark"><div id="vector-toc" class="vector-toc">
<ul class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#History"><span class="vector-toc-text">History 1990</span></a></li></ul></div></nav>
<main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Markup history</span></h1></header>
<div id="bodyContent" class="vector-body"><div class="vector-body-before-content"><div class="mw-indicators">
<div id="mw-indicator-pp-default" class="mw-indicator"><div class="mw-parser-output"><span typeof="mw:File"><a href="/wiki/Wikipedia:Protection_policy#semi"><img alt="Page semi-protected" src="//upload.wikimedia.org/x.svg" width="20" height="20" class="mw-file-element"></a></span></div></div>
</div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>The format was first described in late 1991.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">&#91;</span>1<span class="cite-bracket">&#93;</span></a></sup></p>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Hall.jpg" class="mw-file-description"><img src="//upload.wikimedia.org/hall.jpg" width="220" height="147" class="mw-file-element"></a><figcaption>The old town hall, rebuilt in 1953</figcaption></figure>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<dl><dd><dl><dt>24 November 1995</dt>
<dd>Version 2.0 was published.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2"><span class="cite-bracket">&#91;</span>2<span class="cite-bracket">&#93;</span></a></sup></dd></dl></dd></dl>
<table class="wikitable sortable"><tbody><tr><th>Year</th><th>Edition</th><th>Notes</th></tr>
<tr><td rowspan="2">1997</td><td>3.2</td><td>tables</td></tr>
<tr><td>4.0</td><td>frames<sup id="cite_ref-1-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">&#91;</span>1<span class="cite-bracket">&#93;</span></a></sup></td></tr>
</tbody></table>
<div class="navbox" role="navigation"><table class="nowraplinks"><tbody><tr><td>Markup languages of 1986</td></tr></tbody></table></div>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink">^</span> <span class="reference-text">A source, 1999.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink">^</span> <span class="reference-text">Another, 2001.</span></li>
</ol></div></div></div></div></div>
<footer id="footer" class="mw-footer"><ul><li id="footer-info-lastmod"> This page was last edited on 3 May 2024.</li></ul></footer>
</main></div></body></html>`

func TestHTMLTodaysSkin(t *testing.T) {
	doc, err := Read([]byte(todaySkin), Resolve([]byte(todaySkin), FromPath("saved.txt")))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The format was first described in late 1991.[1]",
		"The old town hall, rebuilt in 1953",
		"24 November 1995: Version 2.0 was published.[2]",
		"1997 · 3.2 · tables",
		"1997 · 4.0 · frames[1]",
	}
	if got := paragraphs(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs =\n%q\nwant\n%q", got, want)
	}
	if doc.Title != "Markup history" || len(doc.References) != 2 {
		t.Errorf("title %q, %d references", doc.Title, len(doc.References))
	}
}

// The 2010s skin (Vector legacy) frames images in div.thumb with a
// div.thumbcaption, whose magnify link is not text.
func TestHTMLLegacyThumbCaption(t *testing.T) {
	src := `<html><body><div id="mw-content-text"><div class="mw-parser-output">
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Pier.jpg" class="image"><img src="//x/pier.jpg" class="thumbimage"></a>
<div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Pier.jpg" class="internal" title="Enlarge"></a></div>The pier before the storm of 1927</div></div></div>
<p>The pier was built in 1901.</p></div></div></body></html>`
	doc, err := Read([]byte(src), Detect([]byte(src)))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The pier before the storm of 1927", "The pier was built in 1901."}
	if got := paragraphs(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

// A page saved under a name that says plain text is read as what it holds;
// the name decides only content with no marks of any format.
func TestResolveFromContent(t *testing.T) {
	for _, tc := range []struct {
		src  string
		hint Format
		want Format
	}{
		{todaySkin, Text, HTML},
		{filmography + "\n'''Bold''' [[a]] {{b}}", Text, Wikitext},
		{"Plain words only.", Markdown, Markdown},
		{"Plain words only.", Auto, Text},
	} {
		if got := Resolve([]byte(tc.src), tc.hint); got != tc.want {
			t.Errorf("Resolve(%q…, %q) = %q, want %q", tc.src[:min(20, len(tc.src))], tc.hint, got, tc.want)
		}
	}
}
