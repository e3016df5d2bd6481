// Package startgc keeps the garbage collector off while the program starts.
//
// The packages' init functions build their tables (the language packs'
// words, goldmark's, the lexicon) and take the heap past the 4 MB at which
// the first collection starts. That collection marked for 3 ms while init
// went on, and the batch commands, which turn the collector off before
// they read, then waited for it to end: some 5 ms of a 15 ms start, for
// nothing, since all of it is live. Import this package for its init, which
// runs before those of the packages that allocate (it sorts first and needs
// only the runtime), and set the real policy with Set or Default.
package startgc

import (
	"math"
	"os"
	"runtime/debug"
)

// startLimit bounds the heap while the collector is off at start: a
// command that never sets a policy still collects before it grows past it.
const startLimit = 64 << 20

func init() {
	if !FromEnv() {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(startLimit)
	}
}

// FromEnv reports whether GOGC or GOMEMLIMIT in the environment set the
// collector's policy, which then stands.
func FromEnv() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }

// Set sets the collector's percent and memory limit, unless the
// environment set them.
func Set(percent int, limit int64) {
	if !FromEnv() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	}
}

// Default puts back the runtime's own policy (GOGC=100, no limit), for the
// programs that run on: the TUI.
func Default() { Set(100, math.MaxInt64) }
