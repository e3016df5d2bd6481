package data

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// fillLibrary caches n articles of a few kilobytes each, as fetches do.
func fillLibrary(tb testing.TB, c *WikiClient, n int) {
	tb.Helper()
	body := strings.Repeat("In 1990 [[Someone]] went to [[Somewhere]]. ", 100)
	for i := range n {
		src := wikiSrc(fmt.Sprintf("Article %d", i))
		e := &cacheEntry{Lang: "en", Requested: src.Title, Title: src.Title, Revision: int64(i + 1),
			Fetched: time.Now().UTC(), Source: body}
		path := c.cachePath(src)
		if err := writeCache(path, e); err != nil {
			tb.Fatal(err)
		}
		c.remember(path, e)
	}
}

// BenchmarkLibrary1000 is `annals library` on a cache of 1,000 articles:
// the listing reads the records, not the articles.
func BenchmarkLibrary1000(b *testing.B) {
	c := &WikiClient{CacheDir: b.TempDir()}
	fillLibrary(b, c, 1000)
	b.ReportAllocs()
	for b.Loop() {
		lib, err := c.Library()
		if err != nil || len(lib) != 1000 {
			b.Fatalf("%d entries, %v", len(lib), err)
		}
	}
}
