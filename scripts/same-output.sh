#!/usr/bin/env bash
# Proof that a refactor leaves the output alone: builds annals from the work
# tree and from a reference git rev, and diffs `export --format json` of every
# article of the evaluation kit (all folders), of the embedded article (no
# source), of a 20 MB concatenation of the corpus (as compare-chrono.sh
# makes it) and of one of each language's folder (fr, nl, de, zh). Exits
# non-zero on the first difference.
#
#   scripts/same-output.sh [REV] [EVAL_DIR]
#
# REV defaults to the merge-base of HEAD and main; EVAL_DIR to ../shared/eval
# next to the repository's parent (/work/shared/eval).
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-$(git merge-base HEAD main)}
eval_dir=${2:-/work/shared/eval}

work=$(mktemp -d)
trap 'git worktree remove --force "$work/ref" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
go build -o "$work/new" .
git worktree add --detach "$work/ref" "$rev" >/dev/null 2>&1
(cd "$work/ref" && go build -o "$work/old" .)

# big20 NAME FOLDER: a 20 MB concatenation of FOLDER's articles
big20() {
  local big="$work/$1"
  while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 20000000 ]; do
    cat "$eval_dir/$2"/*.txt >>"$big"
  done
}
big20 big20.txt corpus
for l in fr nl de zh; do big20 "big20-$l.txt" "$l"; done
big="$work/big20.txt"

fail=0
# same NAME ARGS...: runs both binaries on ARGS and compares their JSON
same() {
  local name=$1
  shift
  "$work/old" export --format json "$@" >"$work/a.json" 2>&1 || true
  "$work/new" export --format json "$@" >"$work/b.json" 2>&1 || true
  if cmp -s "$work/a.json" "$work/b.json"; then
    n=$((n + 1))
  else
    echo "DIFFERS: $name" >&2
    diff "$work/a.json" "$work/b.json" | head -20 >&2
    fail=1
  fi
}
n=0
for f in "$eval_dir"/*/*.txt; do
  same "$f" "$f"
done
same "embedded article"
same "20 MB concatenation" "$big"
for l in fr nl de zh; do
  same "20 MB $l concatenation" "$work/big20-$l.txt"
done
echo "same-output: $n inputs compared against $(git rev-parse --short "$rev"); $([ $fail = 0 ] && echo identical || echo DIFFERENT)"
exit $fail
