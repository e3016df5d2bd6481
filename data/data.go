// Package data holds the embedded default article and loads articles from
// where users keep them: a file, standard input, or Wikipedia.
package data

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strings"
	"sync/atomic"

	"github.com/annals-tui/annals/internal/par"
)

// DefaultName is the label of the embedded article.
const DefaultName = "data/belgium-china.txt"

//go:embed belgium-china.txt
var defaultArticle []byte

// Default returns the embedded Belgium–China relations article.
func Default() Input {
	return Input{Name: DefaultName, Bytes: defaultArticle}
}

// Input is an article's bytes with the name the user gave it.
type Input struct {
	Name   string // the SOURCE as given: a path, "-", wiki:TITLE
	Bytes  []byte
	Note   string // how it was obtained when that matters ("cached, revision 123, fetched ...")
	Format string // the format when the source says it ("wikitext" for Wikipedia), else "" (detect)
	Title  string // the article's title when the source says it (Wikipedia), else ""
	// Offline is set when Wikipedia could not be reached and Note says
	// which cached revision is shown instead.
	Offline bool
}

// DefaultMaxBytes is the largest article annals reads unless told otherwise.
const DefaultMaxBytes = 256 << 20

// Options tune Load.
type Options struct {
	MaxBytes int64       // 0 means DefaultMaxBytes
	Stdin    io.Reader   // nil means os.Stdin
	Refresh  bool        // fetch Wikipedia articles again even when cached
	Version  string      // annals' version, sent in the User-Agent
	Wiki     *WikiClient // nil: the default client (user cache dir, $ANNALS_WIKIPEDIA_URL)
}

// Load reads one SOURCE: "-" for standard input, a Wikipedia article
// (wiki:TITLE, wiki:LANG:TITLE or its https URL), otherwise a path.
func Load(source string, opts Options) (Input, error) {
	return LoadContext(context.Background(), source, opts)
}

// Kind is what a SOURCE names.
type Kind int

const (
	KindFile  Kind = iota // a path
	KindStdin             // "-"
	KindWiki              // wiki:TITLE, wiki:LANG:TITLE or a Wikipedia URL
)

// Source is a SOURCE with its kind worked out once.
type Source struct {
	Arg  string // as the user gave it
	Kind Kind
	Wiki WikiSource // for KindWiki
	Err  error      // a wiki SOURCE that cannot be read (an empty title)
}

// Classify works out what a SOURCE names: "-" is standard input, a
// Wikipedia address is an article (unless a file of that name exists),
// anything else a path.
func Classify(source string, opts Options) Source {
	if source == "-" {
		return Source{Arg: source, Kind: KindStdin}
	}
	if wiki, ok, err := opts.wikiSource(source); ok {
		return Source{Arg: source, Kind: KindWiki, Wiki: wiki, Err: err}
	}
	return Source{Arg: source, Kind: KindFile}
}

// LoadContext is Load with a context that can cancel a fetch.
func LoadContext(ctx context.Context, source string, opts Options) (Input, error) {
	return LoadSource(ctx, Classify(source, opts), opts)
}

// LoadSource reads a classified SOURCE. The text is decoded to UTF-8 when
// it starts with a byte-order mark (UTF-8, UTF-16 LE or BE), which goes.
func LoadSource(ctx context.Context, src Source, opts Options) (Input, error) {
	in, err := loadRaw(ctx, src, opts)
	if err != nil {
		return in, err
	}
	if b, decoded, err := DecodeBOM(in.Bytes); err != nil {
		name := CutName(src.Arg)
		if src.Kind == KindStdin {
			name = "standard input" // as every other message about "-" says
		}
		return Input{}, fmt.Errorf("%s: %w", name, err)
	} else if decoded {
		in.Bytes = b
	}
	return in, nil
}

func loadRaw(ctx context.Context, src Source, opts Options) (Input, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	switch src.Kind {
	case KindWiki:
		if src.Err != nil {
			return Input{}, src.Err
		}
		c := opts.wikiClient()
		if opts.Wiki == nil && limit < (DefaultMaxBody-1<<20)/2 {
			c.MaxBody = 2*limit + 1<<20 // a small --max-size bounds the response too; a large one never raises the cap
		}
		in, err := c.Load(ctx, src.Arg, src.Wiki, opts.Refresh)
		if err == nil && int64(len(in.Bytes)) > limit {
			return Input{}, fmt.Errorf("%s: %w: %d bytes", CutName(src.Arg), ErrTooLarge, len(in.Bytes))
		}
		return in, err
	case KindStdin:
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		b, err := readLimited(in, limit, 0)
		if err != nil {
			return Input{}, fmt.Errorf("standard input: %w", err)
		}
		return Input{Name: "-", Bytes: b}, nil
	}
	return loadFile(src.Arg, limit)
}

func loadFile(path string, limit int64) (Input, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Input{}, fmt.Errorf("%s: no such file (give a path, - for standard input, or wiki:TITLE)", CutName(path))
		}
		return Input{}, fmt.Errorf("%s: %w", CutName(path), unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", CutName(path), unwrapPath(err))
	}
	if st.IsDir() {
		return Input{}, fmt.Errorf("%s: is a directory, not an article", CutName(path))
	}
	if st.Size() > limit {
		return Input{}, fmt.Errorf("%s: %d bytes is over the %d-byte limit (raise it with --max-size)", CutName(path), st.Size(), limit)
	}
	if b, ok := readInParts(f, st); ok {
		return Input{Name: path, Bytes: b}, nil
	}
	b, err := readLimited(f, limit, st.Size())
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", CutName(path), unwrapPath(err))
	}
	return Input{Name: path, Bytes: b}, nil
}

// partBytes is the least a large file's part read on its own core holds.
const partBytes = 4 << 20

// readInParts reads a large regular file in parts on every core, each into
// its place in one buffer: the copy from the page cache, and the first
// touch of the buffer's pages, are shared out. It says false, having read
// nothing for good, when the file is small, not regular, or not the size
// it was when it was opened (then it is read the plain way).
func readInParts(f *os.File, st fs.FileInfo) ([]byte, bool) {
	size := st.Size()
	parts := int64(par.Parts(int(min(size, 1<<62)), partBytes))
	if !st.Mode().IsRegular() || parts < 2 {
		return nil, false
	}
	b := make([]byte, size)
	var failed atomic.Bool
	par.Do(int(parts), func(k int) {
		from, to := size*int64(k)/parts, size*int64(k+1)/parts
		if n, err := f.ReadAt(b[from:to], from); err != nil || int64(n) != to-from {
			failed.Store(true)
		}
	})
	if failed.Load() {
		return nil, false
	}
	var one [1]byte
	if n, _ := f.ReadAt(one[:], size); n != 0 {
		return nil, false // it grew while it was read
	}
	return b, true
}

// ErrTooLarge is returned for input over the size limit.
var ErrTooLarge = errors.New("input is over the size limit (raise it with --max-size)")

// readLimited reads r to its end, or to one byte past limit. size is what
// r is expected to hold (0: unknown): a file is read into one buffer of its
// size, rather than one that doubles its way up, copying as it goes.
func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(size, limit, 1<<40)+bytes.MinRead))
	over := limit
	if over < math.MaxInt64 {
		over++ // one byte past the limit tells a file at the limit from one over it
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, over)); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// unwrapPath drops the *PathError wrapper, whose text repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// wikiSource recognises a Wikipedia SOURCE; a file of that name wins.
func (o Options) wikiSource(source string) (WikiSource, bool, error) {
	w, ok, err := ParseWikiSource(source)
	if ok && strings.HasPrefix(source, "wiki:") {
		if _, statErr := os.Stat(source); statErr == nil {
			return w, false, nil
		}
	}
	return w, ok, err
}

func (o Options) wikiClient() *WikiClient {
	if o.Wiki != nil {
		return o.Wiki
	}
	return &WikiClient{Version: o.Version}
}

// Cached returns the cached copy of a Wikipedia SOURCE without touching the
// network, and whether there is one.
func Cached(source string, opts Options) (Input, bool) {
	w, ok, err := opts.wikiSource(source)
	if !ok || err != nil {
		return Input{}, false
	}
	return opts.wikiClient().Cached(source, w)
}
