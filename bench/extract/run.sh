#!/usr/bin/env bash
# Extraction speed over trafilatura-eval, all single-threaded and timing extraction only (not file reading):
#   Parallax against readability-lxml at the same time on both cores (side-by-side.sh: cold first pass and warm
#   passes, with the ratios), then Readability.js + jsdom alone, one pass.
# Usage: bench/extract/run.sh [../shared/data/trafilatura-eval]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(cd "${1:-$root/../shared/data/trafilatura-eval}" && pwd)"

if ! /usr/bin/python3 -c "import readability" 2>/dev/null; then
  if command -v apt-get >/dev/null; then
    (apt-get install -y python3-readability || (apt-get update && apt-get install -y python3-readability)) >/dev/null
  fi
fi
echo "== parallax and readability-lxml, side by side"
"$here/side-by-side.sh" "$data"

echo "== readability.js"
if [ ! -d "$here/node_modules/@mozilla/readability" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
taskset -c 1 node "$here/readability.js" "$data"
