package export

import (
	"strings"
	"testing"

	"github.com/annals-tui/annals/model"
)

func TestMarkdownHeadingsBulletsAndFootnotes(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteMarkdown, tl, []int{2, 3, 6})
	want := `# Relations \& \<b\>“Ties”\</b\>

3 events from a.txt, b.wiki.

## 1980s

- **1980s**: MARK3 Relations grew in the 1980s, with "visits", on both sides.[^1][^2]

## 1912

- **1912–2008**: MARK4 Qian Xiuling (1912–2008) saved nearly 100 people.[^9]

## 1991

- **April 1991**: MARK7 Zhu Rongji and Qian Qichen visited in April 1991.[^1][^3]

[^1]: Report; "quoted", part 1. Gov, Inc., 2001. <https://example.org/a?x=1&y=2>
[^2]: A reference given as raw text \<i\>only\</i\>
[^9]: Reference \[9\] of a.txt; the article gives no details of it.
[^3]: Archived only. <https://web.archive.org/web/2001/example.org/>
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestMarkdownGroupsByDecadeWhenYearsAreMany(t *testing.T) {
	tl := &model.Timeline{Title: "Many years"}
	for y := 1990; y < 2010; y++ {
		tl.Events = append(tl.Events, model.Event{ID: y, Date: model.YearDate(y), Text: "Year."})
	}
	out := writeString(t, WriteMarkdown, tl, all(tl))
	if got := strings.Count(out, "\n## "); got != 2 || !strings.Contains(out, "## 1990s\n") || !strings.Contains(out, "## 2000s\n") {
		t.Errorf("want two decade headings for 20 years, got %d:\n%s", got, out)
	}
}

// Article text cannot become Markdown or HTML: emphasis, links, images,
// tables, maths, code and raw tags all come out literally.
func TestMarkdownEscapesArticleText(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteMarkdown, tl, []int{1, 4, 5})
	for _, want := range []string{
		`## 44 BC`, `- **44 BC**: MARK2 Caesar \*was\* \_killed\_ \[1\](javascript:alert(1)) \<img src=x onerror=alert(1)\> in 44 BC.`,
		`- **c. 1950**: MARK5 Around 1950 \| a table? \~\~struck\~\~ \$x\$ \& \&amp; \` + "`code`" + `.`,
		`=HYPERLINK("http://evil.example","click")`,
	} {
		want = strings.ReplaceAll(want, "\\`code`", "\\`code\\`")
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	bare := strings.NewReplacer(`\<`, "", `\]`, "").Replace(out) // escaped characters are literal
	if strings.Contains(bare, "<img") || strings.Contains(bare, "](javascript") {
		t.Errorf("markup got through:\n%s", out)
	}
}

// With several sources every source's [1] is its own footnote.
func TestMarkdownFootnotesPerSource(t *testing.T) {
	tl := fixture()
	out := writeString(t, WriteMarkdown, tl, []int{6, 7})
	for _, want := range []string{
		"April 1991.[^1-1][^1-3] (a.txt)",
		"[^2-1] (b.wiki)",
		"[^1-1]: Report; \"quoted\", part 1. Gov, Inc., 2001. <https://example.org/a?x=1&y=2>",
		"[^2-1]: Other source's first. <https://b.example/ref1>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// A reference whose URL the article marks dead links to its archived copy.
func TestDeadLinksPointAtTheirArchive(t *testing.T) {
	tl := fixture()
	tl.References[0].Cite.ArchiveURL = "https://web.archive.org/web/2001/https://example.org/a"
	if out := writeString(t, WriteMarkdown, tl, []int{2}); !strings.Contains(out, "<https://example.org/a?x=1&y=2>") {
		t.Fatalf("a live URL with an archive should stay the link:\n%s", out)
	}
	tl.References[0].Cite.URLStatus = "dead"
	out := writeString(t, WriteMarkdown, tl, []int{2})
	if !strings.Contains(out, "<https://web.archive.org/web/2001/https://example.org/a>") || strings.Contains(out, "<https://example.org/a?x=1") {
		t.Errorf("a dead URL should give way to its archive:\n%s", out)
	}
}
