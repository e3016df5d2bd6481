#!/usr/bin/env bash
# Writes default.pgo, the CPU profile `go build` optimises annals with (Go's
# profile-guided optimisation: hot calls are inlined, hot interface calls
# devirtualised; about 5% less CPU on the 20 MB export).
#
#   scripts/pgo-profile.sh EVAL_DIR      (the evaluation kit: ../shared/eval)
#
# The samples are what annals spends its time on: the 20 MB plain-text export
# of scripts/compare-chrono.sh, every article of the kit's folders in every
# format (wikitext, HTML, French, Dutch, German, Chinese...), and the TUI's
# keystroke benchmark. Run it again when the hot paths change; an old profile
# only makes the optimisation miss, never the program wrong.
set -euo pipefail
eval_dir=${1:?usage: scripts/pgo-profile.sh EVAL_DIR}
eval_dir=$(cd "$eval_dir" && pwd)
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -tags pgoprofile -o "$work/annals" .

big="$work/big20.txt"
while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 20000000 ]; do
  cat "$eval_dir"/corpus/*.txt >>"$big"
done
n=0
profile() { # profile ARGS...: one run of annals, its samples in $work
  n=$((n + 1))
  ANNALS_CPUPROFILE="$work/$n.prof" "$work/annals" "$@" >/dev/null
}
for _ in 1 2 3 4 5 6 7 8; do
  profile export --format json "$big" -o /dev/null
done
for _ in 1 2 3; do
  for f in "$eval_dir"/*/*.txt; do
    for format in json csv md ics; do
      profile export --format "$format" "$f" -o /dev/null
    done
  done
done
go test -run '^$' -bench Keystroke1M -benchtime 2s -cpuprofile "$work/tui.prof" -o "$work/tui.test" ./tui >/dev/null
go tool pprof -proto "$work"/*.prof >default.pgo 2>/dev/null
echo "default.pgo: $(stat -c %s default.pgo) bytes from $((n + 1)) profiles"
