package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

type jsonEvent struct {
	When      string   `json:"when"`
	People    []string `json:"people"`
	Citations []int    `json:"citations"`
	Text      string   `json:"text"`
}

func exportEvents(t *testing.T, args ...string) []jsonEvent {
	t.Helper()
	code, out, errs := runCLI(t, "", append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var tl struct{ Events []jsonEvent }
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return tl.Events
}

// The embedded article's timeline holds the events the project promises.
func TestEmbeddedArticleTimeline(t *testing.T) {
	evs := exportEvents(t)
	want := []struct {
		when      string
		people    []string
		citations []int
	}{
		{"198X", nil, []int{1}},
		{"1991-04", []string{"Zhu Rongji"}, []int{1}},
		{"1992-03", []string{"Qian Qichen"}, []int{1}},
		{"2009-10", []string{"Xi Jinping"}, []int{5, 6}},
		{"2019", []string{"Jacques Brotchi"}, []int{7}},
		{"2020-06", nil, []int{8}},
		{"2023-12", []string{"Alexander De Croo", "Frank Creyelman"}, []int{15}},
		{"1912/2008", []string{"Qian Xiuling"}, nil},
	}
	if len(evs) != len(want) {
		t.Errorf("%d events, want %d: nothing that is not an event", len(evs), len(want))
	}
	for _, w := range want {
		i := slices.IndexFunc(evs, func(e jsonEvent) bool { return e.When == w.when })
		if i < 0 {
			t.Errorf("no %s event", w.when)
			continue
		}
		e := evs[i]
		for _, p := range w.people {
			if !slices.Contains(e.People, p) {
				t.Errorf("%s: people %q lack %q", w.when, e.People, p)
			}
		}
		if !slices.Equal(e.Citations, w.citations) && !(len(w.citations) == 0 && len(e.Citations) == 0) {
			t.Errorf("%s: citations %v, want %v", w.when, e.Citations, w.citations)
		}
	}
}

func TestFiltersNarrowTheExport(t *testing.T) {
	if evs := exportEvents(t, "--year", "2019-2023"); len(evs) != 3 {
		t.Errorf("--year 2019-2023: %d events, want 3", len(evs))
	}
	evs := exportEvents(t, "--person", "de croo")
	if len(evs) != 1 || evs[0].When != "2023-12" {
		t.Errorf("--person de croo: %+v", evs)
	}
	if evs := exportEvents(t, "--grep", "Hong Kong"); len(evs) != 1 || evs[0].When != "2020-06" {
		t.Errorf("--grep: %+v", evs)
	}
	// a range keeps what overlaps it: the 1980s, and a life that spans them
	if evs := exportEvents(t, "--year", "1980s"); len(evs) != 2 || evs[0].When != "1912/2008" || evs[1].When != "198X" {
		t.Errorf("--year 1980s: %+v", evs)
	}
}

func TestStdinAndFiles(t *testing.T) {
	code, out, _ := runCLI(t, "Talks began in 1961.", "export", "-")
	if code != 0 || !strings.Contains(out, `"when": "1961"`) {
		t.Errorf("stdin: exit %d, %s", code, out)
	}
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, []byte("A treaty was signed on 25 October 1971."), 0o644)
	out2 := filepath.Join(t.TempDir(), "out.json")
	if code, _, errs := runCLI(t, "", "export", "-o", out2, path); code != 0 {
		t.Fatalf("export -o: %s", errs)
	}
	if b, _ := os.ReadFile(out2); !strings.Contains(string(b), "1971-10-25") {
		t.Errorf("file output: %s", b)
	}
}

func TestErrorsAreOneLineWithTheRightExitCode(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "image.txt")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"), 0o644)
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"list", "--year", "20x9"}, 2, "20x9"},
		{[]string{"list", "--year", "2020-1990"}, 2, "ends before it starts"},
		{[]string{"export", "--format", "pdf"}, 2, "unknown format"},
		{[]string{"list", "--bogus"}, 2, "unknown flag"},
		{[]string{"list", filepath.Join(dir, "missing.txt")}, 1, "no such file"},
		{[]string{"list", dir}, 1, "is a directory"},
		{[]string{"list", binary}, 1, "binary"},
	}
	for _, c := range cases {
		code, _, errs := runCLI(t, "", c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d", c.args, code, c.code)
		}
		if strings.Count(strings.TrimRight(errs, "\n"), "\n") != 0 || !strings.Contains(errs, c.says) {
			t.Errorf("%v: stderr %q should be one line saying %q", c.args, errs, c.says)
		}
	}
}

// An article that does not name itself (wikitext, a title-less text) is
// named after its file.
func TestUntitledArticleIsNamedAfterItsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Chile_Belgium_relations.wiki")
	os.WriteFile(path, []byte("Relations were established in [[1851]].<ref>{{cite web|title=A|url=http://a.example}}</ref>\n"), 0o644)
	code, out, errs := runCLI(t, "", "export", path)
	if code != 0 || !strings.Contains(out, `"title": "Chile Belgium relations"`) {
		t.Errorf("exit %d %s: %s", code, errs, out[:min(len(out), 200)])
	}
}

// TestBatchGCHoldsTheCollectorForFiles checks the one-shot commands' memory
// policy: for files of a known size the collector waits for a memory limit
// of 4 bytes per input byte (plus 32 MiB); for standard input and
// Wikipedia it runs at GOGC=300; GOGC in the environment wins.
func TestBatchGCHoldsTheCollectorForFiles(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	file := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(file, make([]byte, 1000), 0o644); err != nil {
		t.Fatal(err)
	}

	batchGC([]string{file})
	if got := debug.SetGCPercent(100); got != -1 {
		t.Errorf("file: GOGC %d, want the collector off (-1)", got)
	}
	if got, want := debug.SetMemoryLimit(-1), int64(4*1000+32<<20); got != want {
		t.Errorf("file: memory limit %d, want %d", got, want)
	}

	for _, sources := range [][]string{{"-"}, {"wiki:Belgium"}, {file, "-"}} {
		debug.SetMemoryLimit(math.MaxInt64)
		batchGC(sources)
		if got := debug.SetGCPercent(100); got != 300 {
			t.Errorf("%v: GOGC %d, want 300", sources, got)
		}
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("%v: memory limit set to %d, want none", sources, got)
		}
	}

	t.Setenv("GOGC", "150")
	batchGC([]string{file})
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=150 in the environment: batchGC changed GOGC to %d", got)
	}
}
