#!/usr/bin/env bash
# Time and peak memory of `annals export --format json` on each hostile
# shape of issue 18 at growing sizes, as a table: linear cost shows as a
# time that grows 4x from 1 to 4 MB and from 4 to 16 MB, and a peak RSS per
# input MB that stays flat. The time is CPU seconds (user + system), which a
# machine shared with other work does not stretch as it does the wall clock;
# the last columns are the ratio of the times at the last two sizes, and
# the peak's growth per input MB between them (what each further MB costs,
# without the ~17 MB any run takes: the binary and the runtime).
#
#   scripts/hostile-table.sh [SIZES_MB...]     (default: 1 4 16)
#   SHAPES="ones.txt quote.md" scripts/hostile-table.sh 4 16   (some shapes only)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1 4 16}")
read -r -a sizes <<<"${sizes[*]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/annals" .
for mb in "${sizes[@]}"; do
  mkdir -p "$work/$mb"
  python3 scripts/hostile-shapes.py $((mb * 1024)) "$work/$mb"
done
printf '%-14s' shape
for mb in "${sizes[@]}"; do printf ' | %5s MB: cpu s  MB/MB' "$mb"; done
echo ' | ratio | MB per added MB'
for f in ${SHAPES:-$(ls "$work/${sizes[0]}")}; do
  printf '%-14s' "$f"
  prev=0 secs=0 prevkb=0 kb=0 prevmb=0
  for mb in "${sizes[@]}"; do
    /usr/bin/time -o "$work/time" -f '%U %S %M' "$work/annals" export --format json "$work/$mb/$f" >/dev/null 2>&1 || true
    prevkb=$kb
    read -r user sys kb <"$work/time"
    prev=$secs
    secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf ' | %13s %6s' "$secs" "$(awk -v kb="$kb" -v mb="$mb" 'BEGIN { printf "%.1f", kb / 1024 / mb }')"
    lastmb=$prevmb prevmb=$mb
  done
  awk -v a="$prev" -v b="$secs" -v k0="$prevkb" -v k1="$kb" -v m0="$lastmb" -v m1="$prevmb" \
    'BEGIN { printf " | %5.1f | %6.1f\n", (a > 0 ? b / a : 0), (m1 > m0 ? (k1 - k0) / 1024 / (m1 - m0) : 0) }'
done
