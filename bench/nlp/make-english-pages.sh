#!/usr/bin/env bash
# A second benchmark text, not drawn from CoNLL: the English pages of trafilatura-eval (../shared, not committed), as
# our extractor cleans them, one document per page, documents separated by "=====" lines. Pages with fewer than 150
# words are left out. Output: $1 (default /tmp/parallax-nlp-english-pages.txt).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
pages="${PAGES:-$root/../shared/data/trafilatura-eval/eval}"
out="${1:-/tmp/parallax-nlp-english-pages.txt}"
jsonl="$(mktemp /tmp/parallax-pages.XXXXXX.jsonl)"
trap 'rm -f "$jsonl"' EXIT
"$root/parallax" extract "$pages" --format jsonl -o "$jsonl"
dotnet build "$root/bench/Parallax.Nlp.Bench" -c Release -nologo -v quiet > /dev/null
dotnet "$root/bench/Parallax.Nlp.Bench/bin/Release/net10.0/Parallax.Nlp.Bench.dll" english "$jsonl" "$out"
