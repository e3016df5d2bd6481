// Package outfile writes an output file the way a careful user expects:
// atomically (a temporary file beside it, synced, then renamed over it), with
// the mode of the file it replaces or, for a new one, what the umask allows;
// never through a symbolic link and never over a read-only file without a
// word.
package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Write writes path with write. A path that exists and is not a regular
// file (/dev/null, /dev/stdout, a named pipe) is written in place: renaming
// over it would replace the device.
func Write(path string, write func(io.Writer) error) error {
	mode, err := modeFor(path)
	if errors.Is(err, errInPlace) {
		return writeInPlace(path, write)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync() // the data is on disk before the name points at it
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename itself survives a crash
		d.Close()
	}
	return nil
}

var errInPlace = errors.New("write in place")

// modeFor is the mode the new file takes: that of the file it replaces, or
// 0666 less the umask. A symbolic link, a directory or a read-only file is
// refused.
func modeFor(path string) (fs.FileMode, error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0o666 &^ umask(), nil
	}
	if err != nil {
		return 0, unwrap(err)
	}
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		return 0, fmt.Errorf("is a symbolic link (to %s); give the path it points to, or remove the link", target)
	case st.IsDir():
		return 0, errors.New("is a directory (give a file name to -o)")
	case !st.Mode().IsRegular():
		return 0, errInPlace
	case st.Mode().Perm()&0o200 == 0 || syscall.Access(path, 2 /* W_OK */) != nil:
		return 0, errors.New("is read-only; make it writable or remove it to replace it")
	}
	return st.Mode().Perm(), nil
}

// umask reads the process's file mode creation mask (and puts it back).
func umask() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}

func writeInPlace(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	return nil
}

// unwrap drops the *PathError wrapper, whose text repeats the path.
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
