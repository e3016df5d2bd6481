package pipeline

import (
	"net/url"
	"os"
	"strings"

	"github.com/annals-tui/annals/data"
)

// Cached returns the sources already in the cache (unless Refresh), read
// without touching the network, and the notes that say so: what the
// browser shows at once.
func (s Sources) Cached() (map[string]data.Input, []string) {
	read := map[string]data.Input{}
	var notes []string
	if s.opts.Refresh {
		return read, nil
	}
	for _, src := range s.List {
		if src.Kind != data.KindWiki || src.Err != nil {
			continue
		}
		if in, ok := data.Cached(src.Arg, s.opts.data()); ok {
			read[src.Arg] = in
			notes = append(notes, in.Note)
		}
	}
	return read, notes
}

// Loading is the progress line while the sources load: "Reading big.txt,
// fetching wiki:China–Japan relations from en.wikipedia.org…".
func (s Sources) Loading(read map[string]data.Input) string {
	var doing []string
	for _, src := range s.List {
		doing = append(doing, loadingText(src, read))
	}
	text := strings.Join(doing, ", ") + "…"
	return strings.ToUpper(text[:1]) + text[1:]
}

func loadingText(src data.Source, read map[string]data.Input) string {
	name := label(src.Arg)
	switch {
	case read[src.Arg].Bytes != nil:
		return "opening the cached copy of " + name
	case src.Kind == data.KindStdin:
		return "reading standard input"
	case src.Kind != data.KindWiki || src.Err != nil:
		return "reading " + name
	}
	host := src.Wiki.Lang + ".wikipedia.org"
	if u, err := url.Parse(os.Getenv(data.EnvWikipediaURL)); err == nil && u.Host != "" {
		host = u.Host
	}
	return "fetching " + name + " from " + host
}

// IsInput reports whether path names one of the file sources (the same
// file, by any name or link), so that an export does not replace its input.
func (s Sources) IsInput(path string) (string, bool) {
	out, err := os.Stat(path)
	if err != nil {
		return "", false
	}
	for _, src := range s.List {
		if src.Kind != data.KindFile {
			continue
		}
		if in, err := os.Stat(src.Arg); err == nil && os.SameFile(in, out) {
			return src.Arg, true
		}
	}
	return "", false
}

// Sizes is the total size of the sources when they are all regular files
// (no sources: the small embedded article), for sizing the heap.
func (s Sources) Sizes() (int64, bool) {
	var total int64
	for _, src := range s.List {
		if src.Kind != data.KindFile {
			return 0, false
		}
		fi, err := os.Stat(src.Arg)
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		total += fi.Size()
	}
	return total, true
}
