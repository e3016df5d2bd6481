package data

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/annals-tui/annals/model"
)

func wikiSrc(title string) WikiSource { return WikiSource{Lang: "en", Title: title} }

func TestLibraryListsWhatWasFetchedWithItsEvents(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Jacques Brotchi": testWikitext, "Ostend": testWikitext}, rev: 77}
	srv := httptest.NewServer(fw)
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	for _, title := range []string{"Ostend", "Jacques Brotchi"} {
		if _, err := c.Load(context.Background(), "wiki:"+title, wikiSrc(title), false); err != nil {
			t.Fatal(err)
		}
	}
	c.RecordEvents(wikiSrc("Ostend"), 12)
	lib, err := c.Library()
	if err != nil {
		t.Fatal(err)
	}
	if len(lib) != 2 || lib[0].Title != "Jacques Brotchi" || lib[1].Title != "Ostend" {
		t.Fatalf("library = %+v, want Jacques Brotchi then Ostend", lib)
	}
	if lib[1].Events != 12 || lib[0].Events != -1 || lib[0].Revision != 77 || lib[0].Fetched.IsZero() {
		t.Errorf("library = %+v: want revision, fetch time, and 12 events for Ostend, unknown for Brotchi", lib)
	}
	if lib[0].Source() != "wiki:en:Jacques Brotchi" {
		t.Errorf("Source() = %q", lib[0].Source())
	}
}

func TestSearchTitlesAsksTheRESTAPI(t *testing.T) {
	var query, agent string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/w/rest.php/v1/search/title" {
			http.NotFound(w, r)
			return
		}
		query, agent = r.URL.RawQuery, r.Header.Get("User-Agent")
		fmt.Fprint(w, `{"pages":[{"id":1,"key":"Jacques_Brotchi","title":"Jacques Brotchi","description":"Belgian neurosurgeon"}]}`)
	}))
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	hits, err := c.SearchTitles(context.Background(), "en", "Brotchi & co")
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Title != "Jacques Brotchi" || hits[0].Description != "Belgian neurosurgeon" {
		t.Errorf("hits = %+v", hits)
	}
	if query != "q=Brotchi+%26+co&limit=10" || !strings.HasPrefix(agent, "annals/1.2.3") {
		t.Errorf("query %q, agent %q", query, agent)
	}
}

func TestFetchAllKeepsFourAtOnceAndHonoursRetryAfter(t *testing.T) {
	var inFlight, most, hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		title := strings.TrimPrefix(r.URL.Path, "/w/rest.php/v1/page/")
		restPage(w, strings.ReplaceAll(title, "_", " "), 5, testWikitext)
	}))
	defer srv.Close()
	c, waits := testClient(t, srv.URL)
	var srcs []WikiSource
	for i := range 12 {
		srcs = append(srcs, wikiSrc(fmt.Sprintf("Person %d", i)))
	}
	var lines []int
	got := c.FetchAll(context.Background(), srcs, func(done int, _ Fetched) { lines = append(lines, done) })
	for i, f := range got {
		if f.Err != nil || f.Source != srcs[i] {
			t.Fatalf("result %d = %+v", i, f)
		}
	}
	if most.Load() > FollowConcurrency {
		t.Errorf("%d requests at once, want at most %d", most.Load(), FollowConcurrency)
	}
	if len(*waits) != 1 || (*waits)[0].Seconds() != 3 {
		t.Errorf("waits = %v, want the 3s the server asked for", *waits)
	}
	if len(lines) != 12 || lines[11] != 12 {
		t.Errorf("progress = %v", lines)
	}
	before := hits.Load()
	c.FetchAll(context.Background(), srcs, nil)
	if hits.Load() != before {
		t.Errorf("a second run made %d requests; the cache should serve them all", hits.Load()-before)
	}
}

func TestFetchAllWithADeadServerOpensWhatIsCached(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Ostend": testWikitext}, rev: 3}
	srv := httptest.NewServer(fw)
	c, _ := testClient(t, srv.URL)
	if _, err := c.Load(context.Background(), "wiki:Ostend", wikiSrc("Ostend"), false); err != nil {
		t.Fatal(err)
	}
	srv.Close() // the network goes away
	got := c.FetchAll(context.Background(), []WikiSource{wikiSrc("Ostend"), wikiSrc("Jacques Brotchi")}, nil)
	if got[0].Err != nil || len(got[0].Input.Bytes) == 0 {
		t.Errorf("the cached article failed: %v", got[0].Err)
	}
	if got[1].Err == nil || got[1].Err.Error() != "no network: Jacques Brotchi not in the library" {
		t.Errorf("err = %v, want the one-line no-network message", got[1].Err)
	}
}

func TestParsedTimelineIsKeptForItsRevisionOnly(t *testing.T) {
	fw := &fakeWiki{pages: map[string]string{"Ostend": testWikitext}, rev: 1}
	srv := httptest.NewServer(fw)
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	src := wikiSrc("Ostend")
	if _, err := c.Load(context.Background(), "wiki:Ostend", src, false); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.ParsedTimeline(src); ok {
		t.Fatal("a parsed copy before any was kept")
	}
	kept := &model.Timeline{Title: "Ostend", Events: []model.Event{{ID: 1, Date: model.YearDate(1990), Text: "In 1990."}}}
	c.KeepParsed(src, kept)
	got, ok := c.ParsedTimeline(src)
	if !ok || got.Title != "Ostend" || len(got.Events) != 1 || got.Events[0].Date != kept.Events[0].Date {
		t.Fatalf("parsed copy = %+v, %v", got, ok)
	}
	fw.rev = 2 // the article changes: the copy of revision 1 no longer answers
	if _, err := c.Load(context.Background(), "wiki:Ostend", src, true); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.ParsedTimeline(src); ok {
		t.Error("the parsed copy of an older revision was served")
	}
}
