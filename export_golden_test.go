package main

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// runOK runs annals with args and returns its standard output, failing the
// test on a non-zero exit.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("annals %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	return out.String()
}

// Every export of the embedded article, byte for byte. Review each diff by
// eye; `go test . -run TestExportGolden -update` rewrites them.
func TestExportGolden(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000") // the DTSTAMP of the calendar
	for _, f := range []string{"json", "csv", "md", "ics", "timelinejs", "html"} {
		t.Run(f, func(t *testing.T) {
			golden.RequireEqual(t, runOK(t, "export", "--format", f))
		})
	}
	t.Run("list", func(t *testing.T) {
		golden.RequireEqual(t, runOK(t, "list"))
	})
}

// The filters reach every format: keeping one person's events keeps them and
// drops the others, and -o writes the same bytes as standard output.
func TestExportFiltersAndFiles(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := t.TempDir()
	for _, f := range []string{"json", "csv", "md", "ics", "timelinejs", "html"} {
		out := runOK(t, "export", "--format", f, "--person", "Xi Jinping")
		if !strings.Contains(out, "Xi Jinping") || strings.Contains(out, "Brotchi") {
			t.Errorf("%s --person \"Xi Jinping\" does not keep just his events", f)
		}
		path := filepath.Join(dir, "timeline."+f)
		runOK(t, "export", "--format", f, "--year", "2019", "-o", path)
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if want := runOK(t, "export", "--format", f, "--year", "2019"); string(got) != want {
			t.Errorf("%s: -o wrote something else than stdout", f)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 6 {
		t.Errorf("the directory holds %d files, want the 6 exports and no temporary ones", len(entries))
	}
	if n := strings.Count(runOK(t, "list", "--limit", "3"), "\n"); n != 3 {
		t.Errorf("list --limit 3 printed %d lines", n)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"list", "--limit", "-1"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Errorf("list --limit -1: exit %d, want 2 (usage)", code)
	}
}

// The HTML page of the embedded article, opened in headless Chromium, shows
// every event with its date and sentence. CI sets ANNALS_REQUIRE_CHROMIUM=1
// where it installs Chromium, so the check cannot silently skip there.
func TestHTMLExportInChromium(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("ANNALS_REQUIRE_CHROMIUM") != "" {
			t.Fatal("ANNALS_REQUIRE_CHROMIUM is set but chromium is not installed (apt-get install chromium)")
		}
		t.Skip("chromium is not installed: apt-get install chromium, then scripts/html-check.sh")
	}
	page := filepath.Join(t.TempDir(), "timeline.html")
	runOK(t, "export", "--format", "html", "-o", page)
	var doc struct {
		Events []struct {
			ID   int    `json:"id"`
			When string `json:"when"`
			Text string `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(runOK(t, "export", "--format", "json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) == 0 {
		t.Fatal("the embedded article gave no events")
	}
	dom := dumpDOM(t, chromium, page)
	if n := strings.Count(dom, `<li class="event"`); n != len(doc.Events) {
		t.Errorf("Chromium shows %d events, want %d", n, len(doc.Events))
	}
	for _, e := range doc.Events {
		item := elementText(dom, `id="event-`+strconv.Itoa(e.ID)+`"`)
		if !strings.Contains(item, squeeze(e.Text)) || !strings.Contains(item, e.When) {
			t.Errorf("event %d (%s) is not shown with its sentence; the page has %q", e.ID, e.When, item)
		}
	}
}

// dumpDOM loads a page in headless Chromium, offline, and returns the DOM it
// built.
func dumpDOM(t *testing.T, chromium, page string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--user-data-dir="+t.TempDir(), "--dump-dom", "file://"+page)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String()
}

var tags = regexp.MustCompile(`<[^>]*>`)

// elementText is the text of the <li> that carries attr, tags stripped and
// entities decoded.
func elementText(dom, attr string) string {
	i := strings.Index(dom, attr)
	if i < 0 {
		return ""
	}
	j := strings.Index(dom[i:], "</li>")
	if j < 0 {
		return ""
	}
	return squeeze(html.UnescapeString(tags.ReplaceAllString(dom[i+len(attr):i+j], "")))
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }
