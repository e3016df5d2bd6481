package outfile

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeText(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// A device is written in place (renaming over /dev/null would replace it);
// a failed write leaves the old file as it was and no temporary file.
func TestDevicesInPlaceAndFailuresLeaveTheOldFile(t *testing.T) {
	if err := Write("/dev/null", writeText("x")); err != nil {
		t.Fatalf("/dev/null: %v", err)
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode().IsRegular() {
		t.Fatalf("/dev/null replaced: %v", st)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "out.json")
	os.WriteFile(p, []byte("old"), 0o640)
	err := Write(p, func(w io.Writer) error { io.WriteString(w, "half"); return io.ErrShortWrite })
	if err == nil || !strings.Contains(err.Error(), "write "+p) {
		t.Errorf("err %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("old file now %q", b)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(names) != 0 {
		t.Errorf("temporary files left: %v", names)
	}
}
