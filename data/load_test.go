package data

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestLargeFileReadInPartsIsWhole checks that a file large enough to be read
// in parts on several cores comes back byte for byte, with the part
// boundaries anywhere in it.
func TestLargeFileReadInPartsIsWhole(t *testing.T) {
	prev := runtime.GOMAXPROCS(3)
	defer runtime.GOMAXPROCS(prev)
	want := make([]byte, 3*partBytes+12345)
	for i := range want {
		want[i] = byte('a' + i*7%26)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	if _, inParts := readInParts(f, st); !inParts {
		t.Fatal("a file of three parts' worth was not read in parts")
	}
	in, err := Load(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(in.Bytes, want) {
		t.Fatalf("read %d bytes, not the file's %d", len(in.Bytes), len(want))
	}
}
