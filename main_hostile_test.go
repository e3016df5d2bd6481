package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// oneLine fails unless stderr is exactly one line that says each of wants.
func oneLine(t *testing.T, what, stderr string, wants ...string) {
	t.Helper()
	if !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("%s: stderr should be one line, got %q", what, stderr)
	}
	for _, w := range wants {
		if !strings.Contains(stderr, w) {
			t.Errorf("%s: stderr %q does not say %q", what, stderr, w)
		}
	}
}

// timelineJSON is the part of the JSON contract these tests read.
type timelineJSON struct {
	Title  string `json:"title"`
	Source string `json:"source"`
	Events []struct {
		When    string   `json:"when"`
		Text    string   `json:"text"`
		Summary string   `json:"summary"`
		People  []string `json:"people"`
		Places  []string `json:"places"`
		Orgs    []string `json:"orgs"`
		Section string   `json:"section"`
		Source  string   `json:"source"`
	} `json:"events"`
	References []struct {
		Title, URL, Publisher, Date string
		Archive                     string `json:"archive_url"`
	} `json:"references"`
	Entities []struct {
		Name string `json:"name"`
	} `json:"entities"`
}

func exportJSON(t *testing.T, args ...string) timelineJSON {
	t.Helper()
	code, out, errs := runCLI(t, "", append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("export %v: exit %d: %s", args, code, errs)
	}
	var tl timelineJSON
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("export %v: not JSON: %v", args, err)
	}
	return tl
}

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	article := []byte("In April 1991, Zhu Rongji visited Brussels. In March 1992, Qian Qichen visited.\n")
	big := writeFile(t, dir, "big.txt", article)

	t.Run("missing", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "list", missing)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "missing", errs, missing, "no such file")
	})
	t.Run("unreadable by permission", func(t *testing.T) {
		if os.Geteuid() == 0 {
			// root reads a file whatever its mode bits; the read-error
			// case below covers the same path for root.
			t.Skip("running as root: mode 000 does not stop root reading")
		}
		p := writeFile(t, dir, "secret.txt", article)
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, "", "list", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "unreadable", errs, p, "permission denied")
	})
	t.Run("unreadable by a read error", func(t *testing.T) {
		// /proc/self/mem opens, but reading its first page fails (EIO),
		// whoever runs the test.
		if runtime.GOOS != "linux" {
			t.Skip("needs Linux's /proc")
		}
		code, _, errs := runCLI(t, "", "list", "/proc/self/mem")
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "read error", errs, "/proc/self/mem: ", "error")
	})
	t.Run("directory", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "list", dir)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "directory", errs, dir, "is a directory")
	})
	t.Run("binary", func(t *testing.T) {
		elf := append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"), make([]byte, 4096)...)
		p := writeFile(t, dir, "tool.txt", elf)
		code, _, errs := runCLI(t, "", "list", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "binary", errs, p, "binary file")
	})
	t.Run("empty", func(t *testing.T) {
		p := writeFile(t, dir, "empty.txt", nil)
		code, out, errs := runCLI(t, "", "list", p)
		if code != 0 || out != "" {
			t.Errorf("list: exit %d, stdout %q; want 0 and nothing", code, out)
		}
		oneLine(t, "empty list", errs, p, "no dated events found")
		if tl := exportJSON(t, p); len(tl.Events) != 0 {
			t.Errorf("export: %d events", len(tl.Events))
		}
	})
	t.Run("invalid UTF-8 is repaired", func(t *testing.T) {
		p := writeFile(t, dir, "latin1.txt", []byte("In April 1991, Zhu Rongji visited Li\xe8ge and Bruxelles \xff\xfe.\n"))
		tl := exportJSON(t, p)
		if len(tl.Events) != 1 || tl.Events[0].When != "1991-04" {
			t.Fatalf("events %+v", tl.Events)
		}
		if txt := tl.Events[0].Text; !utf8.ValidString(txt) || !strings.Contains(txt, "Li\uFFFDge") {
			t.Errorf("text %q: want the bad bytes as U+FFFD", txt)
		}
		code, out, _ := runCLI(t, "", "list", p)
		if code != 0 || !utf8.ValidString(out) || !strings.Contains(out, "1991-04") {
			t.Errorf("list: exit %d, %q", code, out)
		}
	})
	t.Run("NUL bytes", func(t *testing.T) {
		p := writeFile(t, dir, "nul.txt", []byte("In April 1991, Zhu Rongji\x00 visited Brussels.\x00 In March 1992, Qian Qichen visited.\n"))
		code, out, errs := runCLI(t, "", "export", p)
		if code != 0 || strings.Contains(out, "\x00") || strings.Contains(out, `\u0000`) {
			t.Fatalf("exit %d, %s %s", code, errs, out)
		}
		if tl := exportJSON(t, p); len(tl.Events) != 2 {
			t.Errorf("%d events, want 2", len(tl.Events))
		}
	})
	t.Run("over --max-size", func(t *testing.T) {
		code, _, errs := runCLI(t, "", "list", "--max-size", "20", big)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "file over the limit", errs, big, fmt.Sprintf("%d bytes", len(article)), "20-byte limit", "--max-size")
		code, _, errs = runCLI(t, string(article), "list", "--max-size", "20", "-")
		if code != 1 {
			t.Errorf("stdin: exit %d, want 1", code)
		}
		oneLine(t, "stdin over the limit", errs, "standard input", "more than 20 bytes", "--max-size")
		if code, out, _ := runCLI(t, "", "list", "--max-size", fmt.Sprint(len(article)), big); code != 0 || !strings.Contains(out, "1992-03") {
			t.Errorf("at the limit: exit %d, %q", code, out)
		}
	})
	t.Run("1 GB is refused before reading", func(t *testing.T) {
		p := filepath.Join(dir, "huge.txt")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		// A sparse file: 1 GiB long, no blocks written.
		if err := f.Truncate(1 << 30); err != nil {
			t.Fatal(err)
		}
		f.Close()
		code, _, errs := runCLI(t, "", "list", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		// "N bytes is over the M-byte limit" is what the size check on
		// Stat says; a read that ran into the limit would say "more than".
		oneLine(t, "1 GiB", errs, p, "1073741824 bytes is over the 268435456-byte limit", "--max-size")
	})
}

func TestUsageErrorsSayWhatIsRight(t *testing.T) {
	cases := []struct {
		args []string
		says []string
	}{
		{[]string{"export", "--format", "pdf"}, []string{`unknown format "pdf"`, "csv, html, ics, json, markwhen, md, mermaid, timelinejs"}},
		{[]string{"export", "--format"}, []string{"--format needs a value", "json"}},
		{[]string{"export", "json"}, []string{"write --format json"}},
		{[]string{"list", "--year", "20x9"}, []string{"20x9", "a year (2019), a range (1990-2000)"}},
		{[]string{"list", "--year", "2020-1990"}, []string{"ends before it starts", "1990-2020"}},
		{[]string{"list", "--bogus"}, []string{"unknown flag: --bogus", "annals list --help"}},
		{[]string{"--bogus"}, []string{"unknown flag: --bogus", "annals --help"}},
		{[]string{"list", "-z"}, []string{"'z'", "--help"}},
		{[]string{"list", "--limit", "many"}, []string{`--limit "many": not a whole number`}},
		{[]string{"list", "--limit", "-3"}, []string{"want 0 (all) or a positive number"}},
		{[]string{"list", "--max-size", "1GB"}, []string{`--max-size "1GB": not a whole number`, "in bytes"}},
		{[]string{"lsit"}, []string{`"lsit"`, "did you mean list?", "export, library, list"}},
		{[]string{"frobnicate", "x.txt"}, []string{`"frobnicate"`, "commands are", "a SOURCE is a file path"}},
		{[]string{"\x1b]0;pwned\x07"}, []string{`\x1b]0;pwned\a`}},
	}
	for _, c := range cases {
		code, out, errs := runCLI(t, "", c.args...)
		if code != 2 || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing", c.args, code, out)
		}
		oneLine(t, strings.Join(c.args, " "), errs, c.says...)
		if strings.ContainsAny(errs, "\x1b\x07") {
			t.Errorf("%q: stderr carries control characters: %q", c.args, errs)
		}
	}
	for _, args := range [][]string{{"--help"}, {"list", "--help"}, {"export", "-h"}, {"--version"}} {
		code, out, errs := runCLI(t, "", args...)
		if code != 0 || out == "" || errs != "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(out), errs)
		}
	}
	if _, out, _ := runCLI(t, "", "--version"); !strings.Contains(out, version) {
		t.Errorf("--version says %q", out)
	}
}

// A panic that escapes a command is one line and exit 1, not a stack trace.
func TestInternalErrorIsOneLine(t *testing.T) {
	var b strings.Builder
	t.Setenv("ANNALS_DEBUG", "")
	code := internalError(&b, "index out of range [3] with length 2\ngoroutine 1", []byte("goroutine 1 [running]:\nmain.run()"))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if code != 1 || !strings.HasPrefix(lines[0], "annals: internal error: index out of range [3] with length 2; please report it") ||
		strings.Contains(b.String(), "goroutine") {
		t.Errorf("exit %d, %q", code, b.String())
	}
	b.Reset()
	t.Setenv("ANNALS_DEBUG", "1")
	internalError(&b, "boom", []byte("goroutine 1 [running]:\n"))
	if !strings.Contains(b.String(), "goroutine 1 [running]") {
		t.Errorf("ANNALS_DEBUG=1 should show the stack: %q", b.String())
	}
}

// panicReader stands for a bug deep in a command: reading it panics.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) {
	panic("runtime error: index out of range [3] with length 2")
}

func TestPanicInACommandIsOneLine(t *testing.T) {
	t.Setenv("ANNALS_DEBUG", "")
	var out, errb strings.Builder
	code := run([]string{"list", "-"}, panicReader{}, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "annals: internal error: runtime error: index out of range [3] with length 2; please report it") ||
		strings.Contains(errb.String(), "goroutine") {
		t.Errorf("stderr %q", errb.String())
	}
}

// FuzzCLI feeds any bytes to `annals list -` and `annals export -`: the
// exit is 0 (events, or none) or 1 (refused, with one line naming standard
// input), and nothing that could drive a terminal is written.
func FuzzCLI(f *testing.F) {
	for _, s := range []string{
		"In April 1991, Zhu Rongji visited Brussels.[1]",
		"\x1b]0;pwned\x07In 2019\x1b[31m a ban.\xff\xfe [0]",
		"'''X''' <ref>{{cite web|url=javascript:x|title=\x9b}}</ref> In 1990s.",
		"<p>In &#27;]52;c;eA==&#7; 1991</p><ol class=references><li id=cite_note-1>x</li></ol>",
		"# T\n\nIn 1991 [a](file:///etc/passwd).[^1]\n\n[^1]: \u202e",
		"\x00\x00\x00\x00\x00\x01\x02", "",
	} {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, article []byte, export bool) {
		args := []string{"list", "-"}
		if export {
			args = []string{"export", "--format", "md", "-"}
		}
		var out, errb strings.Builder
		code := run(args, strings.NewReader(string(article)), &out, &errb)
		switch {
		case code == 1 && strings.HasPrefix(errb.String(), "annals: standard input: ") && strings.Count(errb.String(), "\n") == 1:
		case code == 0 && (errb.Len() == 0 || errb.String() == "annals: standard input: no dated events found\n"):
		default:
			t.Fatalf("exit %d, stderr %q", code, errb.String())
		}
		if bad, found := controlLike(out.String(), false); found {
			t.Fatalf("stdout carries a %s: %q", bad, out.String())
		}
	})
}
