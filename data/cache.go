package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// cacheVersion changes when the entry format does; older entries are refetched.
const cacheVersion = 1

// cacheEntry is one cached article: the wikitext of one revision, with a
// checksum so that a damaged file is noticed and fetched again.
type cacheEntry struct {
	Version   int       `json:"version"`
	Lang      string    `json:"lang"`
	Requested string    `json:"requested"` // the title asked for (a redirect, maybe)
	Title     string    `json:"title"`     // the article's title
	Revision  int64     `json:"revision"`
	Timestamp string    `json:"timestamp"` // when the revision was saved
	Fetched   time.Time `json:"fetched"`
	SHA256    string    `json:"sha256"` // of Source
	Source    string    `json:"source"`
}

// errCorrupt marks a cache entry that cannot be trusted.
var errCorrupt = errors.New("corrupt cache entry")

// cacheDir is where the client keeps articles, or "" when there is no
// cache directory to be had.
func (c *WikiClient) cacheDir() string {
	if c.CacheDir != "" {
		return c.CacheDir
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "annals")
}

// cachePath names an article's cache file: by server (when not Wikipedia),
// language and title, readable and unique.
func (c *WikiClient) cachePath(src WikiSource) string {
	dir := c.cacheDir()
	if dir == "" {
		return ""
	}
	parts := []string{dir, "wikipedia"}
	if c.BaseURL != "" || os.Getenv(EnvWikipediaURL) != "" {
		host := c.base(src.Lang)
		if u, err := url.Parse(host); err == nil && u.Host != "" {
			host = u.Host
		}
		parts = append(parts, "site-"+slug(host, 40))
	}
	sum := sha256.Sum256([]byte(src.Lang + "\x00" + src.Title))
	name := slug(src.Title, 60) + "-" + hex.EncodeToString(sum[:8]) + ".json"
	return filepath.Join(append(parts, slug(src.Lang, 20), name)...)
}

// slug keeps the ASCII letters and digits of s, for a readable file name.
func slug(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		switch {
		case ok && b.Len() < max:
			b.WriteRune(r)
			dash = false
		case !ok && !dash && b.Len() > 0 && b.Len() < max:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "x"
	}
	return out
}

// readCache reads an entry; fs.ErrNotExist when there is none, errCorrupt
// when it is truncated, damaged or of another format.
func readCache(path string, src WikiSource) (*cacheEntry, error) {
	if path == "" {
		return nil, fs.ErrNotExist
	}
	b, err := readEntryFile(path)
	if err != nil {
		return nil, err
	}
	var e cacheEntry
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	sum := sha256.Sum256([]byte(e.Source))
	switch {
	case e.Version != cacheVersion:
		return nil, fmt.Errorf("%w: format %d", errCorrupt, e.Version)
	case e.Lang != src.Lang || e.Requested != src.Title:
		return nil, fmt.Errorf("%w: holds %s:%s", errCorrupt, e.Lang, e.Requested)
	case hex.EncodeToString(sum[:]) != e.SHA256 || e.Revision <= 0:
		return nil, fmt.Errorf("%w: checksum mismatch", errCorrupt)
	}
	return &e, nil
}

// maxEntryBytes caps a cache entry: the largest response annals keeps, and
// room for the JSON around it.
const maxEntryBytes = 2*DefaultMaxBody + 1<<20

// readEntryFile reads a cache file only when it is a regular file under
// the cap: a named pipe in its place would block the read forever, and a
// link to /dev/zero would fill memory. Either is a damaged entry.
func readEntryFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: not a regular file (%s)", errCorrupt, st.Mode().Type())
	}
	if st.Size() > maxEntryBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the %d-byte cap", errCorrupt, st.Size(), maxEntryBytes)
	}
	// O_NONBLOCK: should the file have become a pipe since, opening it
	// does not wait for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: not a regular file", errCorrupt)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxEntryBytes+1))
	if err == nil && len(b) > maxEntryBytes {
		err = fmt.Errorf("%w: over the %d-byte cap", errCorrupt, maxEntryBytes)
	}
	return b, err
}

// staleTemp is how old a temporary file of an interrupted write must be
// before it is removed: older than any write takes.
const staleTemp = time.Hour

// removeStaleTemps removes the .tmp-*.json files that a write killed
// midway (kill -9, a power cut) left in dir.
func removeStaleTemps(dir string, now time.Time) {
	names, _ := filepath.Glob(filepath.Join(dir, ".tmp-*.json"))
	for _, n := range names {
		if st, err := os.Lstat(n); err == nil && st.Mode().IsRegular() && now.Sub(st.ModTime()) > staleTemp {
			os.Remove(n)
		}
	}
}

// writeCache writes an entry atomically: a temporary file in the same
// directory, synced, then renamed over the old entry.
func writeCache(path string, e *cacheEntry) error {
	if path == "" {
		return errors.New("no cache directory")
	}
	sum := sha256.Sum256([]byte(e.Source))
	e.Version, e.SHA256 = cacheVersion, hex.EncodeToString(sum[:])
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	removeStaleTemps(dir, time.Now())
	f, err := os.CreateTemp(dir, ".tmp-*.json")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

func (e *cacheEntry) input(name, note string) Input {
	return Input{Name: name, Bytes: []byte(e.Source), Format: "wikitext", Title: e.Title, Note: note}
}

// offlineNote is what list, export and the status line say when the
// server could not be reached and the cache answered instead.
func (e *cacheEntry) offlineNote() string {
	when := e.Fetched.Local().Format("2 Jan 2006")
	if t, err := time.Parse(time.RFC3339, e.Timestamp); err == nil {
		when = t.Format("2 Jan 2006")
	}
	return fmt.Sprintf("offline: showing the cached revision %d of %s", e.Revision, when)
}

func (e *cacheEntry) describe() string {
	return fmt.Sprintf("revision %d, fetched %s", e.Revision, e.Fetched.Local().Format("2 Jan 2006 15:04"))
}

// Cached returns the cached copy of a Wikipedia source without touching the
// network, and whether there was one: what a UI shows at once while a
// fresh copy is fetched.
func (c *WikiClient) Cached(name string, src WikiSource) (Input, bool) {
	e, err := readCache(c.cachePath(src), src)
	if err != nil {
		return Input{}, false
	}
	return e.input(name, "cached, "+e.describe()), true
}

// Load returns a Wikipedia article's wikitext: from the cache when it holds
// the article (unless refresh), else fetched and cached. When the server
// cannot be reached, or keeps failing, a cached copy is served instead,
// with a note saying so. name is the SOURCE as the user gave it.
func (c *WikiClient) Load(ctx context.Context, name string, src WikiSource, refresh bool) (Input, error) {
	path := c.cachePath(src)
	cached, cacheErr := readCache(path, src)
	if cacheErr == nil && !refresh {
		c.remember(path, cached) // data/library.go
		return cached.input(name, "cached, "+cached.describe()), nil
	}
	page, err := c.fetch(ctx, src)
	if err != nil {
		if cached != nil && !errors.Is(err, ErrNoSuchArticle) {
			in := cached.input(name, cached.offlineNote())
			in.Offline = true
			return in, nil
		}
		if errors.Is(cacheErr, errCorrupt) {
			return Input{}, fmt.Errorf("%s: %w; the cached copy %s is damaged (%v): remove it", CutName(name), err, path, cacheErr)
		}
		return Input{}, fmt.Errorf("%s: %w", CutName(name), err)
	}
	e := &cacheEntry{
		Lang: src.Lang, Requested: src.Title, Title: page.Title, Revision: page.Latest.ID,
		Timestamp: page.Latest.Timestamp, Fetched: c.now().UTC(), Source: page.Source,
	}
	note := e.describe()
	if err := writeCache(path, e); err != nil {
		note += " (not cached: " + unwrapPath(err).Error() + ")"
	} else {
		c.remember(path, e) // data/library.go
	}
	return e.input(name, note), nil
}
