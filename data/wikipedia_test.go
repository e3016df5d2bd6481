package data

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const testWikitext = "'''Belgium–Chile relations''' are the [[bilateralism|bilateral]] relations.<ref>{{cite web |url=https://example.org |title=T}}</ref>"

// restPage writes a page object as the MediaWiki REST API does.
func restPage(w http.ResponseWriter, title string, rev int64, source string) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": 31415926, "key": strings.ReplaceAll(title, " ", "_"), "title": title,
		"latest":        map[string]any{"id": rev, "timestamp": "2024-01-01T12:00:00Z"},
		"content_model": "wikitext",
		"license":       map[string]string{"url": "https://creativecommons.org/licenses/by-sa/4.0/", "title": "Creative Commons Attribution-Share Alike 4.0"},
		"source":        source,
	})
}

// fakeWiki stands in for the REST API: it serves pages from a map and
// counts requests.
type fakeWiki struct {
	mu       sync.Mutex
	pages    map[string]string // title -> wikitext
	rev      int64
	requests atomic.Int32
	agents   []string
}

func (f *fakeWiki) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.requests.Add(1)
	f.mu.Lock()
	f.agents = append(f.agents, r.Header.Get("User-Agent"))
	defer f.mu.Unlock()
	title, ok := strings.CutPrefix(r.URL.Path, "/w/rest.php/v1/page/")
	src, found := f.pages[strings.ReplaceAll(title, "_", " ")]
	if !ok || !found {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"messageTranslations":{"en":"The specified page does not exist."},"httpCode":404,"httpReason":"Not Found"}`))
		return
	}
	restPage(w, strings.ReplaceAll(title, "_", " "), f.rev, src)
}

// testClient talks to srv with short timeouts, records its waits instead
// of sleeping, and caches in a temporary directory.
func testClient(t *testing.T, base string) (*WikiClient, *[]time.Duration) {
	t.Helper()
	var waits []time.Duration
	return &WikiClient{
		BaseURL: base, CacheDir: t.TempDir(), Version: "1.2.3",
		ConnectTimeout: 200 * time.Millisecond, Timeout: 500 * time.Millisecond,
		Retries: 2, Backoff: 10 * time.Millisecond, MaxWait: 5 * time.Second,
		Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil },
		Now:   func() time.Time { return time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC) },
	}, &waits
}

func load(t *testing.T, c *WikiClient, source string, refresh bool) (Input, error) {
	t.Helper()
	return LoadContext(context.Background(), source, Options{Wiki: c, Refresh: refresh})
}

func TestWikiFetchAndCache(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Belgium–Chile relations": testWikitext}, rev: 1187654321}
	srv := httptest.NewServer(fw)
	defer srv.Close()
	c, _ := testClient(t, srv.URL)

	in, err := load(t, c, "wiki:Belgium–Chile_relations", false)
	if err != nil {
		t.Fatal(err)
	}
	if string(in.Bytes) != testWikitext || in.Format != "wikitext" || in.Title != "Belgium–Chile relations" ||
		in.Name != "wiki:Belgium–Chile_relations" {
		t.Errorf("got %+v", in)
	}
	if !strings.Contains(in.Note, "revision 1187654321") || strings.Contains(in.Note, "cached") {
		t.Errorf("note = %q", in.Note)
	}
	if ua := fw.agents[0]; ua != "annals/1.2.3 (+https://github.com/annals-tui/annals)" {
		t.Errorf("User-Agent = %q", ua)
	}

	// Served from the cache: no request, a note that says so.
	in, err = load(t, c, "wiki:en:Belgium–Chile relations", false)
	if err != nil {
		t.Fatal(err)
	}
	if fw.requests.Load() != 1 {
		t.Errorf("%d requests, want 1 (cache hit)", fw.requests.Load())
	}
	if string(in.Bytes) != testWikitext || !strings.HasPrefix(in.Note, "cached, revision 1187654321, fetched ") {
		t.Errorf("cached input = %q, note %q", in.Bytes, in.Note)
	}
	if got, ok := Cached("https://en.wikipedia.org/wiki/Belgium%E2%80%93Chile_relations", Options{Wiki: c}); !ok || string(got.Bytes) != testWikitext {
		t.Errorf("Cached by URL = %v, %v", got, ok)
	}

	// --refresh fetches the new revision.
	fw.mu.Lock()
	fw.rev, fw.pages["Belgium–Chile relations"] = 1200000000, testWikitext+" More."
	fw.mu.Unlock()
	in, err = load(t, c, "wiki:Belgium–Chile relations", true)
	if err != nil || !strings.HasSuffix(string(in.Bytes), "More.") || !strings.Contains(in.Note, "revision 1200000000") {
		t.Errorf("refresh: %v, %q, %q", err, in.Bytes, in.Note)
	}
	if n := fw.requests.Load(); n != 2 {
		t.Errorf("%d requests after refresh, want 2", n)
	}
	left, _ := filepath.Glob(filepath.Join(c.CacheDir, "wikipedia", "*", "*", ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestWikiOffline(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Belgium–Chile relations": testWikitext}, rev: 7}
	srv := httptest.NewServer(fw)
	c, _ := testClient(t, srv.URL)
	if _, err := load(t, c, "wiki:Belgium–Chile relations", false); err != nil {
		t.Fatal(err)
	}
	srv.Close() // the network is gone

	for _, refresh := range []bool{false, true} {
		in, err := load(t, c, "wiki:Belgium–Chile relations", refresh)
		if err != nil {
			t.Fatalf("refresh=%v: %v", refresh, err)
		}
		if string(in.Bytes) != testWikitext || !strings.Contains(in.Note, "revision 7") {
			t.Errorf("refresh=%v: %q, note %q", refresh, in.Bytes, in.Note)
		}
		if refresh && (!in.Offline || !strings.HasPrefix(in.Note, "offline: showing the cached revision 7 of ")) {
			t.Errorf("refresh while offline: note %q does not say offline", in.Note)
		}
	}
	_, err := load(t, c, "wiki:Never fetched", false)
	if err == nil || !strings.Contains(err.Error(), "cannot reach") || !strings.HasPrefix(err.Error(), "wiki:Never fetched: ") {
		t.Errorf("uncached while offline: %v", err)
	}
}

func TestWikiNoSuchArticle(t *testing.T) {
	srv := httptest.NewServer(&fakeWiki{pages: map[string]string{}})
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	_, err := load(t, c, "wiki:fr:Relations entre nulle part", false)
	if !errors.Is(err, ErrNoSuchArticle) {
		t.Fatalf("err = %v, want ErrNoSuchArticle", err)
	}
	if want := `wiki:fr:Relations entre nulle part: no such article on ` + strings.TrimPrefix(srv.URL, "http://") + ` called "Relations entre nulle part"`; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q", err)
	}
}

func TestWikiRetries(t *testing.T) {
	for _, tc := range []struct {
		name       string
		status     int
		retryAfter string
		wantWait   time.Duration
	}{
		{"429 with Retry-After", http.StatusTooManyRequests, "2", 2 * time.Second},
		{"503 with backoff", http.StatusServiceUnavailable, "", 10 * time.Millisecond},
		{"429 with a date", http.StatusTooManyRequests, "Fri, 01 Mar 2024 09:30:03 GMT", 3 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if n.Add(1) == 1 {
					if tc.retryAfter != "" {
						w.Header().Set("Retry-After", tc.retryAfter)
					}
					w.WriteHeader(tc.status)
					return
				}
				restPage(w, "Belgium–Chile relations", 9, testWikitext)
			}))
			defer srv.Close()
			c, waits := testClient(t, srv.URL)
			in, err := load(t, c, "wiki:Belgium–Chile relations", false)
			if err != nil || string(in.Bytes) != testWikitext {
				t.Fatalf("%v, %q", err, in.Bytes)
			}
			if len(*waits) != 1 || (*waits)[0] != tc.wantWait {
				t.Errorf("waits = %v, want [%v]", *waits, tc.wantWait)
			}
		})
	}
}

func TestWikiGivesUp(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	c, waits := testClient(t, srv.URL)
	_, err := load(t, c, "wiki:Belgium–Chile relations", false)
	if err == nil || !strings.Contains(err.Error(), "429") || n.Load() != 3 || len(*waits) != 2 {
		t.Errorf("err = %v after %d requests and waits %v; want a 429 after 3 requests", err, n.Load(), *waits)
	}

	c.MaxWait = 500 * time.Millisecond // Retry-After: 1 is now too long to wait
	_, err = load(t, c, "wiki:Belgium–Chile relations", false)
	if !errors.Is(err, ErrRateLimited) {
		t.Errorf("err = %v, want ErrRateLimited", err)
	}
}

func TestWikiTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	c.Timeout = 100 * time.Millisecond
	start := time.Now()
	_, err := load(t, c, "wiki:Belgium–Chile relations", false)
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Errorf("err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 4*time.Second { // the server would hold it 5 s
		t.Errorf("took %v", d)
	}
}

func TestWikiOversizeBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		restPage(w, "Big", 1, strings.Repeat("x", 5000))
	}))
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	c.MaxBody = 1000
	_, err := load(t, c, "wiki:Big", false)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
	c.MaxBody = 0
	_, err = LoadContext(context.Background(), "wiki:Big", Options{Wiki: c, MaxBytes: 100})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("article over --max-size: err = %v, want ErrTooLarge", err)
	}
}

func TestWikiRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/w/rest.php/v1/page/PRC", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/w/rest.php/v1/page/China", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/w/rest.php/v1/page/China", func(w http.ResponseWriter, r *http.Request) {
		restPage(w, "China", 5, "'''China''' is a country.")
	})
	mux.HandleFunc("/w/rest.php/v1/page/Sino", func(w http.ResponseWriter, r *http.Request) {
		restPage(w, "Sino", 6, "#REDIRECT [[China]]\n{{R from alternative name}}")
	})
	mux.HandleFunc("/w/rest.php/v1/page/A", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/w/rest.php/v1/page/B", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/w/rest.php/v1/page/B", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/w/rest.php/v1/page/A", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/w/rest.php/v1/page/X", func(w http.ResponseWriter, r *http.Request) {
		restPage(w, "X", 7, "#REDIRECT [[Y]]")
	})
	mux.HandleFunc("/w/rest.php/v1/page/Y", func(w http.ResponseWriter, r *http.Request) {
		restPage(w, "Y", 8, "#redirect [[X]]")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	for _, src := range []string{"wiki:PRC", "wiki:Sino"} {
		in, err := load(t, c, src, false)
		if err != nil || in.Title != "China" || string(in.Bytes) != "'''China''' is a country." {
			t.Errorf("%s: %v, %+v", src, err, in)
		}
	}
	for _, src := range []string{"wiki:A", "wiki:X"} {
		if _, err := load(t, c, src, false); !errors.Is(err, ErrRedirectLoop) {
			t.Errorf("%s: err = %v, want ErrRedirectLoop", src, err)
		}
	}
}

func TestWikiCorruptCache(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Belgium–Chile relations": testWikitext}, rev: 3}
	srv := httptest.NewServer(fw)
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	src := WikiSource{Lang: "en", Title: "Belgium–Chile relations"}
	if _, err := load(t, c, "wiki:Belgium–Chile relations", false); err != nil {
		t.Fatal(err)
	}
	path := c.cachePath(src)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"truncated": good[:len(good)/2],
		"garbage":   []byte("\x00\x01 not json"),
		"tampered":  []byte(strings.Replace(string(good), "relations.", "relations!", 1)),
		"empty":     nil,
	} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		before := fw.requests.Load()
		in, err := load(t, c, "wiki:Belgium–Chile relations", false)
		if err != nil || string(in.Bytes) != testWikitext {
			t.Errorf("%s: %v, %q", name, err, in.Bytes)
		}
		if fw.requests.Load() != before+1 {
			t.Errorf("%s: the damaged entry was not refetched", name)
		}
		if _, err := readCache(path, src); err != nil {
			t.Errorf("%s: the entry was not rewritten: %v", name, err)
		}
	}
}

func TestWikiEnvBaseURL(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Belgium–Chile relations": testWikitext}, rev: 4}
	srv := httptest.NewServer(fw)
	defer srv.Close()
	t.Setenv(EnvWikipediaURL, srv.URL+"/")
	c := &WikiClient{CacheDir: t.TempDir(), Timeout: time.Second}
	in, err := LoadContext(context.Background(), "wiki:Belgium–Chile relations", Options{Wiki: c})
	if err != nil || string(in.Bytes) != testWikitext {
		t.Fatalf("%v, %q", err, in.Bytes)
	}
	if !strings.Contains(c.cachePath(WikiSource{"en", "Belgium–Chile relations"}), "site-127-0-0-1") {
		t.Errorf("a mirror's copy is cached as Wikipedia's: %s", c.cachePath(WikiSource{"en", "X"}))
	}
}

func TestParseWikiSource(t *testing.T) {
	for _, tc := range []struct {
		in          string
		lang, title string
		ok, err     bool
	}{
		{"wiki:China–Japan relations", "en", "China–Japan relations", true, false},
		{"wiki:fr:Relations entre la Chine et le Japon", "fr", "Relations entre la Chine et le Japon", true, false},
		{"wiki:zh-yue:中日關係", "zh-yue", "中日關係", true, false},
		{"wiki:simple:china", "simple", "China", true, false},
		{"wiki:Star Wars: Episode IV", "en", "Star Wars: Episode IV", true, false},
		{"wiki:zhu_Rongji", "en", "Zhu Rongji", true, false},
		{"https://en.wikipedia.org/wiki/China%E2%80%93Japan_relations#History", "en", "China–Japan relations", true, false},
		{"https://de.m.wikipedia.org/wiki/Beziehungen_zwischen_China_und_Japan", "de", "Beziehungen zwischen China und Japan", true, false},
		{"https://en.wikipedia.org/w/index.php?title=AC/DC&oldid=1", "en", "AC/DC", true, false},
		{"https://example.org/wiki/China", "", "", true, true},
		{"wiki:", "", "", true, true},
		{"wiki:fr:", "", "", true, true},
		{"article.wiki", "", "", false, false},
		{"-", "", "", false, false},
	} {
		got, ok, err := ParseWikiSource(tc.in)
		if ok != tc.ok || (err != nil) != tc.err {
			t.Errorf("%q: ok=%v err=%v", tc.in, ok, err)
			continue
		}
		if !tc.err && ok && (got.Lang != tc.lang || got.Title != tc.title) {
			t.Errorf("%q = %+v, want %s:%s", tc.in, got, tc.lang, tc.title)
		}
	}
}

// A file that happens to be named like a wiki: source is read as a file.
func TestWikiPrefixedFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("wiki:notes", []byte("Text."), 0o644); err != nil {
		t.Fatal(err)
	}
	in, err := Load("wiki:notes", Options{Wiki: &WikiClient{BaseURL: "http://127.0.0.1:1", CacheDir: dir}})
	if err != nil || string(in.Bytes) != "Text." {
		t.Errorf("%v, %q", err, in.Bytes)
	}
}
