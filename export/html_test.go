package export

import (
	"regexp"
	"strings"
	"testing"
)

func TestHTMLShowsEveryEventEscaped(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteHTML, tl, all(tl))
	if n := strings.Count(out, `<li class="event"`); n != len(tl.Events) {
		t.Errorf("%d events on the page, want %d", n, len(tl.Events))
	}
	for _, want := range []string{
		`<title>Relations &amp; &lt;b&gt;“Ties”&lt;/b&gt;</title>`,
		`<li class="event" id="event-6" data-when="1971-10-25">`,
		`<time datetime="1971-10-25">25 October 1971<span class="edtf">1971-10-25</span></time>`,
		`<time datetime="1991-04">April 1991`,
		`<time>44 BC<span class="edtf">-0043</span></time>`,
		`MARK2 Caesar *was* _killed_ [1](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; in 44 BC.`,
		`<b>Section:</b> &lt;script&gt;alert(1)&lt;/script&gt;`,
		`<b>People:</b> Qian Xiuling, Siou-Ling Tsien`,
		`<b>Source:</b> b.wiki`,
		`<h2 id="c1800">19th century</h2>`, `<h2 id="y-43">44 BC</h2>`,
		`<a href="#ref-1-1" title="Report; &#34;quoted&#34;, part 1. Gov, Inc., 2001.">[1]</a>`,
		`<a href="#ref-2-1" title="Other source&#39;s first.">[1]</a>`,
		`<li class="ref" id="ref-1-3" value="3">Archived only. (<a href="https://web.archive.org/web/2001/example.org/">archived copy</a>)`,
		`<li class="ref" id="ref-1-9" value="9">Reference [9]: the article gives no details of it.`,
		`<a href="https://example.org/a?x=1&amp;y=2">https://example.org/a?x=1&amp;y=2</a>`,
		`Cited by <a href="#event-3">1980s</a>, <a href="#event-7">April 1991</a>`,
		`<h3>b.wiki</h3>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s", want)
		}
	}
	for _, bad := range []string{"<script", "<img", "javascript:alert(1)\"", "\x1b"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
}

// The page needs nothing from the network: no scripts, stylesheets, fonts or
// images to fetch; links to sources are only followed when clicked.
func TestHTMLIsSelfContained(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteHTML, tl, all(tl))
	if m := regexp.MustCompile(`(?i)<(script|link|img|iframe|object|embed)\b|<[^>]*\bsrc=|@import|url\(`).FindString(out); m != "" {
		t.Errorf("page loads something: %q", m)
	}
	if !strings.Contains(out, "<style>") || !strings.Contains(out, "@media print") {
		t.Error("want inline CSS with print rules")
	}
}

func TestHTMLWithNoEvents(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteHTML, tl, nil)
	if !strings.Contains(out, "<p>No events match.</p>") || strings.Contains(out, `class="sources"`) {
		t.Errorf("empty page:\n%s", out)
	}
}
