package data

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// LibraryEntry is one article of the library: every article annals has
// fetched, with what it learnt of it.
type LibraryEntry struct {
	Lang      string    `json:"lang"`
	Requested string    `json:"requested"` // the title asked for: what opens it again
	Title     string    `json:"title"`
	Revision  int64     `json:"revision"`
	Fetched   time.Time `json:"fetched"`
	Events    int       `json:"events"` // -1 until annals has opened it
}

// Source is the SOURCE that opens the entry: wiki:LANG:TITLE.
func (e LibraryEntry) Source() string { return WikiSource{Lang: e.Lang, Title: e.Requested}.String() }

// metaExt names the small file kept beside each cache entry: the library
// reads these, not the articles, so listing a thousand takes milliseconds.
const metaExt = ".meta"

func metaPath(cachePath string) string { return strings.TrimSuffix(cachePath, ".json") + metaExt }

// remember writes the library's record of a cache entry, keeping the
// number of events already learnt for the same revision.
func (c *WikiClient) remember(cachePath string, e *cacheEntry) {
	if cachePath == "" {
		return
	}
	old, err := readMeta(metaPath(cachePath))
	if err == nil && old.Revision == e.Revision {
		return
	}
	m := LibraryEntry{Lang: e.Lang, Requested: e.Requested, Title: e.Title, Revision: e.Revision, Fetched: e.Fetched, Events: -1}
	writeMeta(metaPath(cachePath), m)
}

// RecordEvents notes how many events an article of the library gave.
func (c *WikiClient) RecordEvents(src WikiSource, events int) {
	path := c.cachePath(src)
	if path == "" {
		return
	}
	m, err := readMeta(metaPath(path))
	if err != nil || m.Events == events {
		return
	}
	m.Events = events
	writeMeta(metaPath(path), m)
}

func readMeta(path string) (LibraryEntry, error) {
	var m LibraryEntry
	b, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	return m, err
}

// writeMeta replaces a record atomically; a record that cannot be written
// is learnt again from the article next time.
func writeMeta(path string, m LibraryEntry) {
	b, err := json.Marshal(m)
	if err != nil {
		return
	}
	tmp := path + ".tmp"
	if os.WriteFile(tmp, b, 0o644) != nil || os.Rename(tmp, path) != nil {
		os.Remove(tmp)
	}
}

// Library lists the articles in the cache of the server the client talks
// to, by title. An entry cached before the library existed is read once
// and recorded.
func (c *WikiClient) Library() ([]LibraryEntry, error) {
	dir := c.libraryDir()
	if dir == "" {
		return nil, nil
	}
	var out []LibraryEntry
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if path == dir && errorsIsNotExist(err) {
				return fs.SkipAll
			}
			return err
		case d.IsDir():
			if path != dir && c.isOtherSite(dir, path) {
				return fs.SkipDir
			}
			return nil
		case strings.HasSuffix(path, metaExt):
			if m, err := readMeta(path); err == nil {
				out = append(out, m)
			}
		case strings.HasSuffix(path, ".json") && !strings.HasPrefix(d.Name(), ".tmp-"):
			if m, ok := c.learn(path); ok {
				out = append(out, m)
			}
		}
		return nil
	})
	slices.SortFunc(out, func(a, b LibraryEntry) int {
		return strings.Compare(strings.ToLower(a.Title)+"\x00"+a.Lang, strings.ToLower(b.Title)+"\x00"+b.Lang)
	})
	return out, err
}

// learn records a cache entry that has no record yet.
func (c *WikiClient) learn(path string) (LibraryEntry, bool) {
	if _, err := os.Stat(metaPath(path)); err == nil {
		return LibraryEntry{}, false // listed through its record
	}
	b, err := os.ReadFile(path)
	var e cacheEntry
	if err != nil || json.Unmarshal(b, &e) != nil || e.Version != cacheVersion || e.Revision <= 0 {
		return LibraryEntry{}, false
	}
	c.remember(path, &e)
	return LibraryEntry{Lang: e.Lang, Requested: e.Requested, Title: e.Title, Revision: e.Revision, Fetched: e.Fetched, Events: -1}, true
}

// libraryDir is where the entries of the client's server live: the
// Wikipedia cache, or a mirror's site- folder inside it.
func (c *WikiClient) libraryDir() string {
	p := c.cachePath(WikiSource{Lang: "en", Title: "x"})
	if p == "" {
		return ""
	}
	return filepath.Dir(filepath.Dir(p)) // .../wikipedia[/site-HOST]/en/x.json
}

// isOtherSite tells a mirror's folder inside the Wikipedia cache, which
// holds another server's articles.
func (c *WikiClient) isOtherSite(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && strings.HasPrefix(rel, "site-")
}

func errorsIsNotExist(err error) bool { return os.IsNotExist(err) }

// Client is the Wikipedia client these options load through.
func (o Options) Client() *WikiClient { return o.wikiClient() }
