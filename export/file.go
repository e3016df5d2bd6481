package export

import (
	"io"

	"github.com/annals-tui/annals/internal/outfile"
)

// WriteFile writes a file atomically (a temporary file beside it, synced,
// then renamed over it), keeping the mode of the file it replaces and
// refusing a symbolic link or a read-only file: see internal/outfile.
func WriteFile(path string, write func(io.Writer) error) error { return outfile.Write(path, write) }
