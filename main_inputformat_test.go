package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A page saved under any name is read as what it holds, by path and on
// stdin alike; --input-format forces a format, and a bad one is a usage error.
func TestInputFormatFromContentAndFlag(t *testing.T) {
	page := "'''Pier''' is a [[pier]].<ref>{{cite web|title=Records|access-date=2 May 2019}}</ref>\n\n" +
		"== History ==\nThe pier was built in 1901.<ref>Town records.</ref>\n"
	path := filepath.Join(t.TempDir(), "saved.txt")
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	_, byPath, _ := runCLI(t, "", "export", "--format", "csv", path)
	_, byStdin, _ := runCLI(t, page, "export", "--format", "csv", "-")
	if !strings.Contains(byPath, "1901") || strings.Contains(byPath, "2019") {
		t.Errorf("by path, the wikitext was not read as wikitext:\n%s", byPath)
	}
	if dropSourceColumn(byPath) != dropSourceColumn(byStdin) {
		t.Errorf("by path:\n%s\non stdin:\n%s", byPath, byStdin)
	}
	if _, asText, _ := runCLI(t, "", "export", "--format", "json", "--input-format", "text", path); !strings.Contains(asText, "[[pier]]") {
		t.Errorf("--input-format text did not read the page as plain text:\n%s", asText)
	}
	if code, _, stderr := runCLI(t, "", "export", "--input-format", "xml", path); code != 2 || !strings.Contains(stderr, "--input-format") {
		t.Errorf("bad --input-format: exit %d, stderr %q", code, stderr)
	}
}

// dropSourceColumn cuts the last column (the source's name) off CSV lines.
func dropSourceColumn(csv string) string {
	lines := strings.Split(csv, "\n")
	for i, l := range lines {
		if k := strings.LastIndexByte(l, ','); k >= 0 {
			lines[i] = l[:k]
		}
	}
	return strings.Join(lines, "\n")
}
