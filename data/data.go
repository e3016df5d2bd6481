// Package data holds the embedded default article and loads articles from
// where users keep them: a file, standard input, or Wikipedia.
package data

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
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
	Name  string // the SOURCE as given: a path, "-", wiki:TITLE
	Bytes []byte
	Note  string // how it was obtained when that matters ("from cache, revision 123")
}

// DefaultMaxBytes is the largest article annals reads unless told otherwise.
const DefaultMaxBytes = 256 << 20

// Options tune Load.
type Options struct {
	MaxBytes int64     // 0 means DefaultMaxBytes
	Stdin    io.Reader // nil means os.Stdin
}

// Load reads one SOURCE: "-" for standard input, otherwise a path.
func Load(source string, opts Options) (Input, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if source == "-" {
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		b, err := readLimited(in, limit)
		if err != nil {
			return Input{}, fmt.Errorf("standard input: %w", err)
		}
		return Input{Name: "-", Bytes: b}, nil
	}
	return loadFile(source, limit)
}

func loadFile(path string, limit int64) (Input, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Input{}, fmt.Errorf("%s: no such file (give a path, - for standard input, or wiki:TITLE)", path)
		}
		return Input{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if st.IsDir() {
		return Input{}, fmt.Errorf("%s: is a directory, not an article", path)
	}
	if st.Size() > limit {
		return Input{}, fmt.Errorf("%s: %d bytes is over the %d-byte limit (raise it with --max-size)", path, st.Size(), limit)
	}
	b, err := readLimited(f, limit)
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return Input{Name: path, Bytes: b}, nil
}

// ErrTooLarge is returned for input over the size limit.
var ErrTooLarge = errors.New("input is over the size limit (raise it with --max-size)")

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
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
