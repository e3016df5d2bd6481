#!/usr/bin/env bash
# Opens the HTML export of the embedded article in headless Chromium (offline)
# and checks that the page shows every event with its date and sentence.
# Needs Debian's chromium package: apt-get install -y chromium
# Usage: scripts/html-check.sh        (from anywhere in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "html-check: chromium is not installed; run: apt-get install -y chromium" >&2
  exit 1
fi
ANNALS_REQUIRE_CHROMIUM=1 exec go test -count=1 -run '^TestHTMLExportInChromium$' -v .
