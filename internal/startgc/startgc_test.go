package startgc

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestTheCollectorIsOffWhileTheProgramStarts(t *testing.T) {
	if FromEnv() {
		t.Skip("GOGC or GOMEMLIMIT is set for this run: the environment's policy stands")
	}
	defer Default()
	// init ran before this test: what it set is still in force.
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("GOGC at start %d, want the collector off (-1)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != startLimit {
		t.Errorf("memory limit at start %d, want %d", got, startLimit)
	}
}

func TestDefaultPutsBackTheRuntimesPolicy(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	Set(-1, 1<<30)
	Default()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC %d after Default, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit %d after Default, want none", got)
	}
}

func TestTheEnvironmentsPolicyStands(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	t.Setenv("GOGC", "150")
	Set(-1, 1<<30)
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("GOGC=150 in the environment: Set changed it to %d", got)
	}
}
