#!/usr/bin/env bash
# Whole-process speed of annals against chrono-node on the same 20 MB text,
# on this machine, in one run: the comparison the speed issue asks for.
#
#   scripts/compare-chrono.sh CORPUS_DIR [RUNS]
#
# CORPUS_DIR holds plain-text articles (*.txt) and chrono-baseline.js sits in
# its parent (as in the evaluation kit: ../shared/eval/corpus). The articles
# are concatenated until the file reaches 20 MB. Each command runs RUNS times
# (default 7), alternating, and the medians are compared. chrono-node is
# installed with npm into a temporary directory unless CHRONO points at it.
set -euo pipefail
corpus=${1:?usage: scripts/compare-chrono.sh CORPUS_DIR [RUNS]}
runs=${2:-7}
baseline="$(cd "$corpus/.." && pwd)/chrono-baseline.js"
[ -f "$baseline" ] || { echo "no chrono-baseline.js next to $corpus" >&2; exit 2; }
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/annals" .

big="$work/big20.txt"
while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 20000000 ]; do
  cat "$corpus"/*.txt >>"$big"
done
echo "input: $(stat -c %s "$big") bytes"

if [ -z "${CHRONO:-}" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund chrono-node >/dev/null)
  export CHRONO="$work/node_modules/chrono-node"
fi

# time_ms CMD...: wall-clock milliseconds of one run, output discarded
time_ms() {
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/annals.ms"
: >"$work/chrono.ms"
for _ in $(seq "$runs"); do
  time_ms "$work/annals" export --format json "$big" -o /dev/null >>"$work/annals.ms"
  time_ms node "$baseline" --years "$big" >>"$work/chrono.ms"
done
a=$(median <"$work/annals.ms")
c=$(median <"$work/chrono.ms")
echo "annals export --format json: median ${a} ms over $runs runs (all: $(tr '\n' ' ' <"$work/annals.ms"))"
echo "chrono-node --years:         median ${c} ms over $runs runs (all: $(tr '\n' ' ' <"$work/chrono.ms"))"
awk -v a="$a" -v c="$c" 'BEGIN {printf "ratio: annals is %.1fx faster\n", c / a}'
if [ -x /usr/bin/time ]; then # GNU time, for the peak resident set
  peak=$( { /usr/bin/time -f '%M' "$work/annals" export --format json "$big" -o /dev/null; } 2>&1 | tail -1)
  awk -v k="$peak" -v b="$(stat -c %s "$big")" 'BEGIN {printf "annals peak RSS: %d KB, %.1f bytes per input byte\n", k, k * 1024 / b}'
fi
