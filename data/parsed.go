package data

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/annals-tui/annals/model"
)

// The library keeps each article's timeline as this build of annals parsed
// it, beside the article: opening the whole library then reads timelines
// instead of parsing a thousand articles again. A copy is used only by the
// same executable (another build may parse differently) and for the same
// revision.

const parsedExt = ".parsed.gob"

type parsedCopy struct {
	Parser   string
	Revision int64
	Timeline *model.Timeline
}

var parserID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s|%d|%d", exe, fi.Size(), fi.ModTime().UnixNano())
})

func parsedPath(cachePath string) string { return strings.TrimSuffix(cachePath, ".json") + parsedExt }

// ParsedTimeline is the timeline this build made of the cached revision of
// src, when it kept one.
func (c *WikiClient) ParsedTimeline(src WikiSource) (*model.Timeline, bool) {
	path := c.cachePath(src)
	if path == "" || parserID() == "" {
		return nil, false
	}
	meta, err := readMeta(metaPath(path))
	if err != nil {
		return nil, false
	}
	f, err := os.Open(parsedPath(path))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var p parsedCopy
	if gob.NewDecoder(bufio.NewReader(f)).Decode(&p) != nil || p.Parser != parserID() ||
		p.Revision != meta.Revision || p.Timeline == nil {
		return nil, false
	}
	return p.Timeline, true
}

// KeepParsed keeps t, the timeline of the cached revision of src, for
// ParsedTimeline. A copy that cannot be written is made again next time.
func (c *WikiClient) KeepParsed(src WikiSource, t *model.Timeline) {
	path := c.cachePath(src)
	if path == "" || parserID() == "" {
		return
	}
	meta, err := readMeta(metaPath(path))
	if err != nil {
		return
	}
	tmp := parsedPath(path) + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return
	}
	w := bufio.NewWriter(f)
	err = gob.NewEncoder(w).Encode(parsedCopy{Parser: parserID(), Revision: meta.Revision, Timeline: t})
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil || os.Rename(tmp, parsedPath(path)) != nil {
		os.Remove(tmp)
	}
}
