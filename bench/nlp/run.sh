#!/usr/bin/env bash
# Whole-process throughput, single core, same text: Parallax (tokenize+split+POS+NER) vs wink-nlp (sbd+pos+ner).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
text="${1:-/tmp/parallax-nlp-bench.txt}"
# Best of ROUNDS passes over the text for both engines: on a shared machine single passes vary by 2x, and the
# first passes of both run before their JITs have optimized the hot code.
rounds="${ROUNDS:-10}"
[ -f "$text" ] || "$here/make-text.sh" "$text"
dotnet build "$root/bench/Parallax.Nlp.Bench" -c Release -nologo -v quiet > /dev/null
ours=$(taskset -c 0 dotnet "$root/bench/Parallax.Nlp.Bench/bin/Release/net10.0/Parallax.Nlp.Bench.dll" throughput "$text" "$rounds" 2> /dev/null)
echo "$ours"
( cd "$here" && [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null )
# wink reads the documents as one text; the "=====" separators are 1 token per document, negligible.
theirs=$(taskset -c 0 node "$here/wink.js" "$text" "$rounds")
echo "$theirs"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
field() { echo "$1" | sed -E "s|.* $2 ([0-9.]+).*|\1|"; }
# The two tokenizers count the same text differently (wink-nlp also counts each "=====" line and splits some words
# we keep whole), so the fair ratio is time on the same text; each engine's own tokens/s is printed above.
echo "ratio parallax/wink (same text, wall time) = $(ratio "$(field "$theirs" 'seconds')" "$(field "$ours" 'seconds')")"
echo "ratio parallax/wink (same text, CPU time) = $(ratio "$(field "$theirs" 'cpu-seconds')" "$(field "$ours" 'cpu-seconds')")"
echo "wink-nlp in our tokens: $(awk -v t="$(field "$ours" 'tokens')" -v s="$(field "$theirs" 'seconds')" 'BEGIN { printf "%.0f", t / s }') tokens/s"
