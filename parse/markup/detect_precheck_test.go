package markup

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// markdownScoreEveryRegexp is markdownScore without its pre-checks: every
// regexp runs on the whole text.
func markdownScoreEveryRegexp(s string) int {
	score := 0
	for _, sig := range []struct {
		re     string
		weight int
	}{{reMDHeading.String(), 2}, {reMDFence.String(), 2}, {reMDFootnote.String(), 2}, {reMDLink.String(), 2}, {reMDStrong.String(), 1}} {
		score += min(len(regexp.MustCompile(sig.re).FindAllStringIndex(s, 3)), 3) * sig.weight
	}
	return score
}

// The pre-checks that skip a Markdown regexp skip it only where it cannot
// match: at the start of the text as after a newline, for one mark or many.
func TestMarkdownPrechecksKeepScore(t *testing.T) {
	marks := []string{"# Heading", "###### Six", "#no space", "```go", "   ~~~", "    ```", "[^1]", "[^ x]", "[a](http://x)",
		"[a](/wiki/X)", "[a](./x)", "[a](#x)", "[a](ftp://x)", "**strong**", "__strong__", "** x", "a]( b", "[^", "~~ ~", "_ _"}
	var texts []string
	for _, m := range marks {
		texts = append(texts, m, "Some prose.\n"+m+"\n", m+" "+m+"\n"+m+"\n"+m)
	}
	for _, name := range []string{"relations.wiki", "relations.md", "relations-legacy.html", "relations-parsoid.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range textShapes {
		texts = append(texts, s)
	}
	for _, s := range texts {
		if got, want := markdownScore(s), markdownScoreEveryRegexp(s); got != want {
			t.Errorf("markdownScore(%q) = %d, want %d", s[:min(len(s), 80)], got, want)
		}
	}
	if markdownScore("# Heading\n"+strings.Repeat("x", 100)) == 0 {
		t.Error("a heading at the very start is not counted")
	}
}
