package data

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Two annals processes fetching the same article at once each write the
// cache entry; the entry left behind is whole and valid, and both got the
// article. Each client stands for a process: its own HTTP client, the same
// cache directory. The server holds every answer until both requests are in,
// so the fetches and the cache writes overlap.
func TestWikiConcurrentFetchesDoNotCorruptTheCache(t *testing.T) {
	const rounds = 20
	article := func(rev int64) string {
		return fmt.Sprintf("Revision %d. ", rev) + strings.Repeat("In 1991 relations grew. ", 4000)
	}
	var rev atomic.Int64
	var mu sync.Mutex
	arrived, gate := 0, make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		arrived++
		if arrived%2 == 0 {
			close(gate) // the second request of a round lets both go
		}
		wait := gate
		mu.Unlock()
		select {
		case <-wait:
		case <-r.Context().Done():
			return
		}
		n := rev.Add(1)
		restPage(w, "Belgium–Chile relations", n, article(n))
	}))
	defer srv.Close()

	dir := t.TempDir()
	clients := make([]*WikiClient, 2)
	for i := range clients {
		clients[i], _ = testClient(t, srv.URL)
		clients[i].CacheDir, clients[i].Timeout = dir, 30*time.Second
	}
	src := WikiSource{Lang: "en", Title: "Belgium–Chile relations"}
	for round := range rounds {
		mu.Lock()
		gate = make(chan struct{})
		mu.Unlock()
		var wg sync.WaitGroup
		got := make([]Input, len(clients))
		errs := make([]error, len(clients))
		for i, c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i], errs[i] = c.Load(context.Background(), "wiki:Belgium–Chile relations", src, true)
			}()
		}
		wg.Wait()
		for i := range clients {
			if errs[i] != nil || !strings.HasPrefix(string(got[i].Bytes), "Revision ") || len(got[i].Bytes) < 4000*24 {
				t.Fatalf("round %d, process %d: %v, %d bytes", round, i, errs[i], len(got[i].Bytes))
			}
			if strings.Contains(got[i].Note, "not cached") {
				t.Errorf("round %d, process %d: %s", round, i, got[i].Note)
			}
		}
		e, err := readCache(clients[0].cachePath(src), src)
		if err != nil {
			t.Fatalf("round %d: the cache entry is damaged: %v", round, err)
		}
		if e.Source != string(got[0].Bytes) && e.Source != string(got[1].Bytes) {
			t.Fatalf("round %d: the cache holds neither fetch (revision %d)", round, e.Revision)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, "wikipedia", "*", "*", ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	// Both processes now read the cache without the network.
	srv.Close()
	for i, c := range clients {
		if in, err := c.Load(context.Background(), "wiki:Belgium–Chile relations", src, false); err != nil || !strings.HasPrefix(in.Note, "cached") {
			t.Errorf("process %d after the fetches: %v, note %q", i, err, in.Note)
		}
	}
}

// "Retry-After: 0" asks for a retry now: no backoff is added.
func TestWikiRetryAfterZeroMeansNow(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		restPage(w, "Belgium–Chile relations", 9, testWikitext)
	}))
	defer srv.Close()
	c, waits := testClient(t, srv.URL)
	if _, err := load(t, c, "wiki:Belgium–Chile relations", false); err != nil {
		t.Fatal(err)
	}
	if len(*waits) != 1 || (*waits)[0] != 0 {
		t.Errorf("waits = %v, want [0s]", *waits)
	}
}

func TestTimeoutFromEnvironment(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want time.Duration
	}{
		{"", 60 * time.Second},
		{"90s", 90 * time.Second},
		{"2m", 2 * time.Minute},
		{"30", 30 * time.Second},
		{"soon", 60 * time.Second},
		{"-5s", 60 * time.Second},
	} {
		t.Setenv(EnvTimeout, tc.env)
		c := &WikiClient{}
		if got := c.timeout(); got != tc.want {
			t.Errorf("%s=%q: timeout %v, want %v", EnvTimeout, tc.env, got, tc.want)
		}
		if got := c.connectTimeout(); got != min(10*time.Second, tc.want) {
			t.Errorf("%s=%q: connect timeout %v", EnvTimeout, tc.env, got)
		}
	}
	t.Setenv(EnvTimeout, "1s")
	if c := (&WikiClient{Timeout: 5 * time.Second}); c.timeout() != 5*time.Second {
		t.Errorf("the client's own Timeout should win over %s", EnvTimeout)
	}
}

// The default client's response cap follows --max-size, so the message that
// says to raise --max-size is true of the response too.
func TestResponseCapFollowsMaxSize(t *testing.T) {
	var sent atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"title":"Big","latest":{"id":1},"source":"`))
		chunk := []byte(strings.Repeat("x", 64<<10))
		for range 1 << 10 { // up to 64 MiB, unless the reader hangs up
			if _, err := w.Write(chunk); err != nil {
				return
			}
			sent.Add(int64(len(chunk)))
		}
	}))
	defer srv.Close()
	t.Setenv(EnvWikipediaURL, srv.URL)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	_, err := LoadContext(context.Background(), "wiki:Big", Options{MaxBytes: 1000})
	if err == nil || !strings.Contains(err.Error(), "over the") || !strings.Contains(err.Error(), "--max-size") {
		t.Fatalf("err = %v, want the size limit and --max-size named", err)
	}
	if s := sent.Load(); s >= 64<<20 {
		t.Errorf("the whole %d-byte response was read", s)
	}
}
