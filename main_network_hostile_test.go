package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/annals-tui/annals/data"
)

const wikiArticle = "'''Belgium–Chile relations''' are bilateral.\n\nIn April 1991, Zhu Rongji visited Brussels.<ref>{{cite web |url=https://example.org/a |title=A}}</ref>\n"

// wikiEnv points annals at base, with a cache of its own and a short timeout.
func wikiEnv(t *testing.T, base string) {
	t.Helper()
	t.Setenv(data.EnvWikipediaURL, base)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	t.Setenv(data.EnvTimeout, "1s")
}

func servePage(w http.ResponseWriter, title, source string) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"title": title, "latest": map[string]any{"id": 42, "timestamp": "2024-01-01T00:00:00Z"},
		"content_model": "wikitext", "source": source,
	})
}

// runWiki runs `annals list wiki:Belgium–Chile relations`; the time bound is
// generous, there only so that a hang fails instead of blocking the suite.
func runWiki(t *testing.T, extra ...string) (int, string, string) {
	t.Helper()
	start := time.Now()
	code, out, errs := runCLI(t, "", append([]string{"list", "wiki:Belgium–Chile relations"}, extra...)...)
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("took %v", d)
	}
	return code, out, errs
}

func TestNetworkFailuresAreOneClearLine(t *testing.T) {
	t.Run("connection refused", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		host := strings.TrimPrefix(srv.URL, "http://")
		srv.Close() // nothing listens there now
		wikiEnv(t, srv.URL)
		code, _, errs := runWiki(t)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "refused", errs, "wiki:Belgium–Chile relations: cannot reach "+host+": connection refused",
			"check your connection; a cached copy is used when there is one")
	})
	t.Run("no such host", func(t *testing.T) {
		wikiEnv(t, "http://annals-test.invalid") // .invalid never resolves (RFC 2606)
		code, _, errs := runWiki(t)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		// Without a resolver at all the lookup times out instead: both are one clear line.
		oneLine(t, "DNS", errs, "wiki:Belgium–Chile relations: cannot reach annals-test.invalid: ", "check your connection")
	})
	t.Run("stalling server", func(t *testing.T) {
		release := make(chan struct{})
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select { // answer nothing until the client gives up
			case <-r.Context().Done():
			case <-release:
			}
		}))
		defer srv.Close()
		defer close(release)
		wikiEnv(t, srv.URL)
		code, _, errs := runWiki(t)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "stall", errs, "timed out after 1s", "ANNALS_TIMEOUT")
	})
	t.Run("redirect loop", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
		}))
		defer srv.Close()
		wikiEnv(t, srv.URL)
		code, _, errs := runWiki(t)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "redirect loop", errs, "redirect loop")
	})
	t.Run("body over the cap", func(t *testing.T) {
		var sent atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"title":"Belgium–Chile relations","latest":{"id":1},"source":"`))
			chunk := []byte(strings.Repeat("In 1991 a visit. ", 4096))
			for sent.Load() < 256<<20 { // 256 MiB unless the client hangs up
				if _, err := w.Write(chunk); err != nil {
					return
				}
				sent.Add(int64(len(chunk)))
			}
		}))
		defer srv.Close()
		wikiEnv(t, srv.URL)
		t.Setenv(data.EnvTimeout, "30s")
		code, _, errs := runWiki(t, "--max-size", "100000")
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "oversize", errs, "over the", "--max-size")
		if s := sent.Load(); s >= 256<<20 {
			t.Errorf("the client read all %d bytes", s)
		}
	})
}

func TestNetworkRetries(t *testing.T) {
	t.Run("429 then the article", func(t *testing.T) {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) == 1 {
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			servePage(w, "Belgium–Chile relations", wikiArticle)
		}))
		defer srv.Close()
		wikiEnv(t, srv.URL)
		code, out, errs := runWiki(t)
		if code != 0 || !strings.Contains(out, "1991-04") || errs != "" {
			t.Errorf("exit %d, %q, %q", code, out, errs)
		}
		if n.Load() != 2 {
			t.Errorf("%d requests, want 2", n.Load())
		}
		// and now it is cached: the server can go
		srv.Close()
		if code, out, _ := runWiki(t); code != 0 || !strings.Contains(out, "1991-04") {
			t.Errorf("from the cache: exit %d, %q", code, out)
		}
	})
	t.Run("5xx retried a bounded number of times", func(t *testing.T) {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusBadGateway)
		}))
		defer srv.Close()
		wikiEnv(t, srv.URL)
		code, _, errs := runWiki(t)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		oneLine(t, "502", errs, "answered 502 Bad Gateway")
		if n.Load() != 4 {
			t.Errorf("%d requests, want 4 (one and three retries)", n.Load())
		}
	})
}
