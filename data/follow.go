package data

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// FollowConcurrency is the most requests annals makes at once when it
// follows links: Wikipedia asks API clients to keep it small.
const FollowConcurrency = 4

// Fetched is one followed article: its input, or why it could not be had.
type Fetched struct {
	Source WikiSource
	Input  Input
	Err    error
}

// FetchAll loads the articles, at most FollowConcurrency at once, each
// through the cache (so a second run is offline). progress, when set, is
// called after each article, from one goroutine at a time. The results are
// in the order of srcs.
func (c *WikiClient) FetchAll(ctx context.Context, srcs []WikiSource, progress func(done int, f Fetched)) []Fetched {
	out := make([]Fetched, len(srcs))
	sem := make(chan struct{}, FollowConcurrency)
	var mu sync.Mutex
	var wg sync.WaitGroup
	done := 0
	for i, src := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			in, err := c.Load(ctx, src.String(), src, false)
			<-sem
			f := Fetched{Source: src, Input: in, Err: offlineAsLibrary(src, err)}
			mu.Lock()
			defer mu.Unlock()
			out[i] = f
			done++
			if progress != nil {
				progress(done, f)
			}
		}()
	}
	wg.Wait()
	return out
}

// offlineAsLibrary says what failing to reach the server means for an
// article not cached: it is not in the library.
func offlineAsLibrary(src WikiSource, err error) error {
	if err != nil && errors.Is(err, errOffline) {
		return fmt.Errorf("no network: %s not in the library", src.Title)
	}
	return err
}

// IsOffline reports whether err is a failure to reach the server at all.
func IsOffline(err error) bool { return errors.Is(err, errOffline) }
