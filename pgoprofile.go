//go:build pgoprofile

package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// Built with -tags pgoprofile (scripts/pgo-profile.sh), annals writes a CPU
// profile of its run to $ANNALS_CPUPROFILE: the samples default.pgo is
// merged from. An ordinary build has no such hook.
func init() {
	path := os.Getenv("ANNALS_CPUPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annals: cpu profile:", err)
		return
	}
	beforeExit = func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
