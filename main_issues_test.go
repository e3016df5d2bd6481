package main

import (
	"bytes"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

const issueArticle = "Relations began in April 1991, when Zhu Rongji visited Brussels.\n\nIn March 1992 Qian Qichen signed a treaty.\n"

func writeArticle(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runPiped runs annals with standard input a real pipe holding text.
func runPiped(t *testing.T, text string, args ...string) (int, string, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString(text); w.Close() }()
	defer r.Close()
	var out, errb bytes.Buffer
	code := run(args, r, &out, &errb)
	return code, out.String(), errb.String()
}

// `cat article.txt | annals list` reads the pipe, not the embedded article.
func TestPipedStdinIsTheSource(t *testing.T) {
	code, out, errs := runPiped(t, issueArticle, "list")
	if code != 0 || !strings.Contains(out, "Qian Qichen") || strings.Contains(out, "Belgium") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if got := sourcesOrStdin(nil, strings.NewReader(issueArticle)); len(got) != 0 {
		t.Errorf("a reader that is no pipe gave sources %v", got)
	}
}

func TestExportFormatFromExtension(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	out := filepath.Join(t.TempDir(), "t.md")
	if code, _, errs := runCLI(t, "", "export", "-o", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) || !bytes.Contains(b, []byte("#")) {
		t.Errorf("t.md holds %q, want Markdown", b[:min(len(b), 80)])
	}
	code, _, errs := runCLI(t, "", "export", "--format", "csv", "-o", out, in)
	if code != 2 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "does not match") {
		t.Errorf("mismatch: exit %d, %q", code, errs)
	}
}

// -o that is the input, by its name or through a link, is refused and the
// article stays as it was.
func TestExportOntoItsInputIsRefused(t *testing.T) {
	in := writeArticle(t, "art.txt", issueArticle)
	link := filepath.Join(t.TempDir(), "link.txt")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	for _, o := range []string{in, link} {
		code, _, errs := runCLI(t, "", "export", "--format", "md", "-o", o, in)
		if code != 2 || !strings.Contains(errs, "is the input") {
			t.Errorf("-o %s: exit %d, %q", o, code, errs)
		}
	}
	if b, _ := os.ReadFile(in); string(b) != issueArticle {
		t.Errorf("the article was replaced: %q", b)
	}
}

func TestMaxSizeAtTheLargestValue(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	if ev := exportEvents(t, "--max-size", strconv.FormatInt(math.MaxInt64, 10), in); len(ev) != 2 {
		t.Errorf("%d events, want 2", len(ev))
	}
}

func TestTheSameFileTwiceIsReadOnce(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	link := filepath.Join(filepath.Dir(in), "b.txt")
	os.Link(in, link)
	if ev := exportEvents(t, in, in, link); len(ev) != 2 {
		t.Errorf("%d events, want the 2 of one reading", len(ev))
	}
}

func TestByteOrderMarksAreDecoded(t *testing.T) {
	u8 := writeArticle(t, "bom8.txt", "\ufeff"+issueArticle)
	ev := exportEvents(t, u8)
	if len(ev) != 2 || strings.ContainsRune(ev[0].Text, '\ufeff') {
		t.Errorf("UTF-8 BOM: %+v", ev)
	}
	var le []byte
	le = append(le, 0xff, 0xfe)
	for _, r := range issueArticle {
		le = append(le, byte(r), byte(r>>8))
	}
	u16 := writeArticle(t, "bom16.txt", string(le))
	if ev := exportEvents(t, u16); len(ev) != 2 || !strings.Contains(ev[1].Text, "Qian Qichen") {
		t.Errorf("UTF-16 LE: %+v", ev)
	}
}

func TestFiltersThatKeepNothingSaySo(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	code, out, errs := runCLI(t, "", "list", "--person", "Qian Qichn", in)
	if code != 0 || out != "" || !strings.Contains(errs, "no event names Qian Qichn; did you mean Qian Qichen") {
		t.Errorf("--person: exit %d, %q, %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "", "list", "--year", "1700", in)
	if code != 0 || !strings.Contains(errs, "no event matches --year 1700") {
		t.Errorf("--year: exit %d, %q", code, errs)
	}
}

func TestShortYearRangeReadsAsTheCentury(t *testing.T) {
	in := writeArticle(t, "a.txt", "In 1985 one.\n\nIn 1992 two.\n\nIn 1999 three.\n")
	ev := exportEvents(t, "--year", "1990-95", in)
	if len(ev) != 1 || ev[0].When != "1992" {
		t.Errorf("--year 1990-95 kept %+v, want 1992 only", ev)
	}
}

// One missing source among several: each error on its line, the others
// still written, exit 1.
func TestEveryBadSourceIsReported(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	dir := t.TempDir()
	code, out, errs := runCLI(t, "", "list", filepath.Join(dir, "gone1.txt"), in, filepath.Join(dir, "gone2.txt"))
	if code != 1 || !strings.Contains(out, "Qian Qichen") || !strings.Contains(errs, "gone1.txt") || !strings.Contains(errs, "gone2.txt") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestHelpUsageLineHasOneFlagsPart(t *testing.T) {
	_, out, _ := runCLI(t, "", "--help")
	if !strings.Contains(out, "annals [flags] [SOURCE ...]\n") || strings.Contains(out, "[FLAGS]") {
		t.Errorf("usage: %q", out[:min(len(out), 600)])
	}
}

func TestWikiFileTitledByItsLead(t *testing.T) {
	in := writeArticle(t, "some_file.wiki", "{{Infobox country}}\n'''Belgium–Peru relations''' are ties.\n\n== History ==\nIn 1991 a visit took place.\n")
	code, out, _ := runCLI(t, "", "export", in)
	if code != 0 || !strings.Contains(out, `"title": "Belgium–Peru relations"`) {
		t.Errorf("exit %d, %q", code, out[:min(len(out), 200)])
	}
}

func TestOutputFilesKeepModeAndRefuseLinks(t *testing.T) {
	in := writeArticle(t, "a.txt", issueArticle)
	dir := t.TempDir()
	private := filepath.Join(dir, "private.json")
	os.WriteFile(private, nil, 0o600)
	if code, _, errs := runCLI(t, "", "export", "-o", private, in); code != 0 {
		t.Fatal(errs)
	}
	if st, _ := os.Stat(private); st.Mode().Perm() != 0o600 {
		t.Errorf("replaced file has mode %v, want 0600", st.Mode().Perm())
	}
	old := syscall.Umask(0o077)
	fresh := filepath.Join(dir, "new.json")
	code, _, errs := runCLI(t, "", "export", "-o", fresh, in)
	syscall.Umask(old)
	if st, err := os.Stat(fresh); code != 0 || err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("new file under umask 077: exit %d %s, %v", code, errs, st)
	}
	link := filepath.Join(dir, "link.json")
	os.Symlink(private, link)
	readOnly := filepath.Join(dir, "ro.json")
	os.WriteFile(readOnly, []byte("keep"), 0o444)
	for _, o := range []string{link, readOnly} {
		code, _, errs := runCLI(t, "", "export", "-o", o, in)
		if code != 1 || strings.Count(errs, "\n") != 1 {
			t.Errorf("-o %s: exit %d, %q", filepath.Base(o), code, errs)
		}
	}
	if b, _ := os.ReadFile(readOnly); string(b) != "keep" {
		t.Errorf("read-only file replaced: %q", b)
	}
}

// A full disk is reported as the write that failed, not as the calendar
// library's "property VERSION serialization".
func TestWriteErrorNamesTheOutput(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer full.Close()
	var errb bytes.Buffer
	code := run([]string{"export", "--format", "ics"}, strings.NewReader(""), full, &errb)
	if code != 1 || !strings.Contains(errb.String(), "write standard output: no space left on device") || strings.Contains(errb.String(), "property") {
		t.Errorf("exit %d, %q", code, errb.String())
	}
}

func TestRefreshOfflineSaysWhichRevision(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		servePage(w, "Belgium–Chile relations", wikiArticle)
	}))
	wikiEnv(t, srv.URL)
	if code, _, errs := runWiki(t); code != 0 {
		t.Fatal(errs)
	}
	srv.Close()
	code, out, errs := runWiki(t, "--refresh")
	if code != 0 || !strings.Contains(out, "Zhu Rongji") || !strings.Contains(errs, "offline: showing the cached revision 42 of 1 Jan 2024") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
