package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A cache entry that is a named pipe, or a link to /dev/zero, is reported
// as damaged at once: no hang, no exhausted memory.
func TestDamagedCacheEntriesDoNotHang(t *testing.T) {
	for _, kind := range []string{"fifo", "zero"} {
		srv := httptest.NewServer(http.NotFoundHandler())
		srv.Close() // offline
		c, _ := testClient(t, srv.URL)
		src, _, _ := ParseWikiSource("wiki:Ok")
		path := c.cachePath(src)
		os.MkdirAll(filepath.Dir(path), 0o755)
		var err error
		if kind == "fifo" {
			err = syscall.Mkfifo(path, 0o644)
		} else {
			err = os.Symlink("/dev/zero", path)
		}
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() {
			if _, ok := c.Cached("wiki:Ok", src); ok {
				done <- nil
				return
			}
			_, err := load(t, c, "wiki:Ok", false)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "damaged") {
				t.Errorf("%s entry: %v, want it called damaged", kind, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s entry: the read hangs", kind)
		}
	}
}

func TestHugeRetryAfterIsCappedAndStated(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "9300000000")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	c, waits := testClient(t, srv.URL)
	_, err := load(t, c, "wiki:Ok", false)
	if err == nil || !strings.Contains(err.Error(), "asks to wait over 100 years") || len(*waits) != 0 {
		t.Errorf("err %v, waits %v", err, *waits)
	}
}

func TestLongTitlesAreCutInMessages(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	c, _ := testClient(t, srv.URL)
	_, err := load(t, c, "wiki:"+strings.Repeat("A", 10000), false)
	if err == nil || len(err.Error()) > 1000 {
		t.Errorf("message of %d bytes", len(err.Error()))
	}
}

func TestStaleTempFilesAreCleaned(t *testing.T) {
	dir := t.TempDir()
	stale, fresh := filepath.Join(dir, ".tmp-1.json"), filepath.Join(dir, ".tmp-2.json")
	os.WriteFile(stale, []byte("x"), 0o644)
	os.WriteFile(fresh, []byte("x"), 0o644)
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)
	if err := writeCache(filepath.Join(dir, "a.json"), &cacheEntry{Source: "x"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale temporary file stays")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a write under way lost its temporary file")
	}
}

// A large --max-size does not raise the response cap past the documented
// 64 MiB; a small one lowers it.
func TestResponseCapStaysDocumented(t *testing.T) {
	var body int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "70000000")
		w.WriteHeader(http.StatusOK)
		body++
	}))
	defer srv.Close()
	t.Setenv(EnvWikipediaURL, srv.URL)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	_, err := LoadContext(context.Background(), "wiki:Ok", Options{MaxBytes: 256 << 20})
	if err == nil || !strings.Contains(err.Error(), "67108864-byte limit") {
		t.Errorf("err %v, want the 64 MiB cap", err)
	}
}

func TestMaxBytesAtTheLargestValueReads(t *testing.T) {
	b, err := readLimited(strings.NewReader("abc"), 1<<63-1, 0)
	if err != nil || string(b) != "abc" {
		t.Errorf("%q, %v", b, err)
	}
}

func TestDecodeBOM(t *testing.T) {
	cases := map[string]string{
		"\xef\xbb\xbfHi":           "Hi",
		"\xff\xfeH\x00i\x00":       "Hi",
		"\xfe\xff\x00H\x00i":       "Hi",
		"\xff\xfe=\xd8\x00\xde":    "\U0001F600", // a surrogate pair
		"\xff\xfe\x00\xd8A\x00":    "\uFFFDA",    // a high surrogate alone
		"plain, no mark":           "plain, no mark",
		"\xfe\xff\x00\xe9\x20\x13": "é–",
	}
	for in, want := range cases {
		got, _, err := DecodeBOM([]byte(in))
		if err != nil || string(got) != want {
			t.Errorf("DecodeBOM(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, _, err := DecodeBOM([]byte("\xff\xfeH")); err == nil {
		t.Error("odd UTF-16 length: no error")
	}
}
