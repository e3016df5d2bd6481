package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/annals-tui/annals/data"
)

// hubWiki is a stand-in for both REST endpoints: pages (a hub article that
// links people and places, and an article for each) and title search.
type hubWiki struct {
	mu    sync.Mutex
	asked []string
}

var hubPages = map[string]string{
	"Harbour Council": "'''Harbour Council''' is a body.\n\nIn March 2001 [[Anna Kowalska]] met [[Pieter Janssens]] in [[Antwerp]].\n\nIn May 2004 [[Marta Nowak|Nowak]] and [[Tom Peeters]] visited [[Rotterdam]].\n",
	"Anna Kowalska":   "'''Anna Kowalska''' is a painter.\n\nIn 1990 Kowalska opened a gallery.\n",
	"Pieter Janssens": "'''Pieter Janssens''' is a mayor.\n\nIn 1995 Janssens was elected.\n",
	"Marta Nowak":     "'''Marta Nowak''' is a writer.\n\nIn 1999 Nowak wrote a book.\n",
	"Antwerp":         "'''Antwerp''' is a city.\n\nIn 1920 Antwerp held the Olympics.\n",
}

func (h *hubWiki) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/w/rest.php/v1/search/title" {
		fmt.Fprintf(w, `{"pages":[{"title":"Anna Kowalska","description":"q=%s"}]}`, r.URL.Query().Get("q"))
		return
	}
	title, _ := url.PathUnescape(strings.TrimPrefix(r.URL.Path, "/w/rest.php/v1/page/"))
	title = strings.ReplaceAll(title, "_", " ")
	h.mu.Lock()
	h.asked = append(h.asked, title)
	h.mu.Unlock()
	src, ok := hubPages[title]
	if !ok {
		http.NotFound(w, r)
		return
	}
	servePage(w, title, src)
}

type linkedEvent struct {
	When   string `json:"when"`
	Source string `json:"source"`
	Links  []struct {
		Title, Text string
	} `json:"links"`
}

func exportLinked(t *testing.T, args ...string) ([]linkedEvent, string) {
	t.Helper()
	code, out, errs := runCLI(t, "", append([]string{"export", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var tl struct{ Events []linkedEvent }
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return tl.Events, errs
}

func sourcesOf(evs []linkedEvent) map[string]int {
	out := map[string]int{}
	for _, e := range evs {
		out[e.Source]++
	}
	return out
}

func TestFollowPeopleWithALimitMergesTheirArticles(t *testing.T) {
	h := &hubWiki{}
	srv := httptest.NewServer(h)
	defer srv.Close()
	wikiEnv(t, srv.URL)
	evs, errs := exportLinked(t, "wiki:Harbour Council", "--follow", "people", "--follow-limit", "2")
	got := sourcesOf(evs)
	if len(got) != 3 || got["wiki:en:Anna Kowalska"] != 1 || got["wiki:en:Pieter Janssens"] != 1 {
		t.Fatalf("sources = %v, want the hub and its first two people", got)
	}
	if lines := strings.Count(errs, "\n"); lines != 2 || !strings.Contains(errs, "followed wiki:en:Anna Kowalska") {
		t.Errorf("progress on stderr, one line an article, want 2:\n%s", errs)
	}
	for _, asked := range h.asked {
		if asked == "Antwerp" || asked == "Rotterdam" {
			t.Errorf("--follow people fetched the place %s", asked)
		}
	}
}

func TestFollowOfflineOpensTheCachedAndNamesTheRest(t *testing.T) {
	h := &hubWiki{}
	srv := httptest.NewServer(h)
	wikiEnv(t, srv.URL)
	exportLinked(t, "wiki:Harbour Council", "--follow", "people", "--follow-limit", "1")
	srv.Close() // the network goes away
	evs, errs := exportLinked(t, "wiki:Harbour Council", "--follow", "people", "--follow-limit", "2")
	if got := sourcesOf(evs); len(got) != 2 || got["wiki:en:Anna Kowalska"] != 1 {
		t.Errorf("offline sources = %v, want the hub and Anna Kowalska from the cache", got)
	}
	if !strings.Contains(errs, "annals: no network: Pieter Janssens not in the library\n") {
		t.Errorf("stderr = %q", errs)
	}
}

func TestFollowAThrottledServerWaitsAndRetries(t *testing.T) {
	h := &hubWiki{}
	var once sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		throttled := false
		if strings.Contains(r.URL.Path, "Anna") {
			once.Do(func() { throttled = true })
		}
		if throttled {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()
	wikiEnv(t, srv.URL)
	evs, _ := exportLinked(t, "wiki:Harbour Council", "--follow", "people", "--follow-limit", "1")
	if got := sourcesOf(evs); got["wiki:en:Anna Kowalska"] != 1 {
		t.Errorf("sources = %v: the article answered 429 once should follow on retry", got)
	}
}

func TestLibraryListsAndOpensEveryArticle(t *testing.T) {
	srv := httptest.NewServer(&hubWiki{})
	defer srv.Close()
	wikiEnv(t, srv.URL)
	exportLinked(t, "wiki:Harbour Council", "--follow", "all")
	code, out, errs := runCLI(t, "", "library")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) != 5 || !strings.HasPrefix(rows[0], "Anna Kowalska\ten\t42\t") || !strings.HasSuffix(rows[0], "\t1") {
		t.Fatalf("library, piped:\n%s", out)
	}
	evs, _ := exportLinked(t, "@library")
	if got := sourcesOf(evs); len(got) != 5 {
		t.Errorf("@library opened %v, want all 5 articles", got)
	}
	code, out, _ = runCLI(t, "", "library", "--all")
	if code != 0 || !strings.Contains(out, "Antwerp held the Olympics") {
		t.Errorf("library --all, piped, exit %d:\n%s", code, out)
	}
}

func TestBrowserSearchAndFetchGoThroughTheClient(t *testing.T) {
	srv := httptest.NewServer(&hubWiki{})
	defer srv.Close()
	wikiEnv(t, srv.URL)
	var ff filterFlags
	f := ff.tuiFollow(nil, "en")
	hits, err := f.Search(context.Background(), "kow")
	if err != nil || len(hits) != 1 || hits[0].Title != "Anna Kowalska" || hits[0].Text != "q=kow" {
		t.Fatalf("search = %+v, %v", hits, err)
	}
	tl, err := f.Fetch(context.Background(), hits[0])
	if err != nil || len(tl.Events) != 1 || tl.Source != "wiki:en:Anna Kowalska" {
		t.Fatalf("fetch = %+v, %v", tl, err)
	}
	lib, err := f.Library()
	if err != nil || len(lib) != 1 || !strings.Contains(lib[0].Text, "1 event") {
		t.Errorf("library = %+v, %v", lib, err)
	}
}

// BenchmarkLibraryCommand1000 is `annals library`, piped, on a cache of
// 1,000 fetched articles: it must answer in well under 200 ms.
func BenchmarkLibraryCommand1000(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		title, _ := url.PathUnescape(strings.TrimPrefix(r.URL.Path, "/w/rest.php/v1/page/"))
		servePage(w, strings.ReplaceAll(title, "_", " "), strings.Repeat("In 1990 [[Someone]] went to [[Somewhere]]. ", 200))
	}))
	defer srv.Close()
	b.Setenv("ANNALS_WIKIPEDIA_URL", srv.URL)
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	var ff filterFlags
	c := ff.dataOptions(nil).Client()
	for i := range 1000 {
		src := data.WikiSource{Lang: "en", Title: fmt.Sprintf("Article %d", i)}
		if _, err := c.Load(context.Background(), src.String(), src, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		var out strings.Builder
		if code := run([]string{"library"}, strings.NewReader(""), &out, io.Discard); code != 0 || strings.Count(out.String(), "\n") != 1000 {
			b.Fatalf("exit %d, %d rows", code, strings.Count(out.String(), "\n"))
		}
	}
}
