package export

import (
	"strings"
	"testing"
	"unicode"
)

func TestMarkwhenHasAnEDTFLinePerEvent(t *testing.T) {
	out := writeString(t, WriteMarkwhen, fixture(), all(fixture()))
	if !strings.HasPrefix(out, "---\ntitle: ") {
		t.Errorf("no markwhen header:\n%s", out)
	}
	for _, want := range []string{"\n1971-10-25: =1+2\n", "\n1991-04: Zhu Rongji visits\n", "\n1980/1989: Relations grow\n",
		"\n1912/2008: Qian Xiuling lives\n", "\n1800/1899: Étienne travels\n", "\n-0043: Caesar **killed**\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("markwhen lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "MARK") || strings.HasPrefix(line, "– MARK") {
			continue // descriptions
		}
		if strings.Contains(line, "\x1b") || strings.ContainsFunc(line, unicode.IsControl) {
			t.Errorf("control character in %q", line)
		}
	}
	if got := strings.Count(out, "\nsection "); got != strings.Count(out, "\nendSection") {
		t.Errorf("%d sections, %d ends", got, strings.Count(out, "\nendSection"))
	}
}

func TestMermaidTimelineEscapesItsSyntax(t *testing.T) {
	out := writeString(t, WriteMermaid, fixture(), all(fixture()))
	if !strings.HasPrefix(out, "timeline\n    title ") {
		t.Fatalf("not a mermaid timeline:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[2:] {
		if strings.HasPrefix(strings.TrimSpace(line), "section ") {
			continue
		}
		if strings.Count(line, " : ") != 1 || strings.Count(line, ":") != 1 || strings.ContainsAny(line, ";#") {
			t.Errorf("an event line must hold one colon and no ; or #: %q", line)
		}
	}
	if !strings.Contains(out, "April 1991 : Zhu Rongji visits") {
		t.Errorf("mermaid lacks the 1991 event:\n%s", out)
	}
}

func TestNewFormatsAreListed(t *testing.T) {
	for _, f := range []string{"markwhen", "mermaid"} {
		if _, err := Lookup(f); err != nil {
			t.Errorf("Lookup(%q): %v", f, err)
		}
	}
}

func TestDocumentsNameFilesWithoutTheirFolders(t *testing.T) {
	tl := fixture()
	tl.Source = "/home/someone/articles/relations.txt, wiki:Belgium, https://example.org/a"
	for name, w := range map[string]Writer{"md": WriteMarkdown, "html": WriteHTML} {
		out := writeString(t, w, tl, all(tl))
		if strings.Contains(out, "/home/someone") || !strings.Contains(out, "relations.txt, wiki:Belgium, https://example.org/a") {
			t.Errorf("%s: sources not named by file:\n%.600s", name, out)
		}
	}
}
