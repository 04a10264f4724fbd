#!/usr/bin/env bash
# Side-by-side extraction speed over trafilatura-eval, all single-threaded:
#   Parallax (parallax eval extraction: extraction time only), Readability.js + jsdom, readability-lxml.
# Usage: bench/extract/run.sh [../shared/data/trafilatura-eval]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(cd "${1:-$root/../shared/data/trafilatura-eval}" && pwd)"

echo "== parallax"
DOTNET_gcServer=0 "$root/parallax" eval extraction "$data" | tail -1

echo "== readability.js"
if [ ! -d "$here/node_modules/@mozilla/readability" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
node "$here/readability.js" "$data"

echo "== readability-lxml"
if ! /usr/bin/python3 -c "import readability" 2>/dev/null; then
  if command -v apt-get >/dev/null; then
    (apt-get install -y python3-readability || (apt-get update && apt-get install -y python3-readability)) >/dev/null
  fi
fi
/usr/bin/python3 "$here/readability_lxml.py" "$data"
