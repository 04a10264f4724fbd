#!/usr/bin/env bash
# Whole-process throughput, single core, same text: Parallax (tokenize+split+POS+NER) vs wink-nlp (sbd+pos+ner).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
text="${1:-/tmp/parallax-nlp-bench.txt}"
# Each process takes the best of ROUNDS passes over the text: single passes vary by 2x on a shared machine, and the
# first passes of both run before their JITs have optimized the hot code. The machine's speed also drifts over
# minutes, so the two engines' processes alternate PAIRS times on the same core and each keeps its best pass.
rounds="${ROUNDS:-10}"
pairs="${PAIRS:-3}"
core="${CORE:-0}"
# Documents go to the stage in batches of this many, as the pipeline's runner gives them (1 = one at a time).
batch="${BATCH:-128}"
[ -f "$text" ] || "$here/make-text.sh" "$text"
dotnet build "$root/bench/Parallax.Nlp.Bench" -c Release -nologo -v quiet > /dev/null
( cd "$here" && [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null )
field() { echo "$1" | sed -E "s|.* $2 ([0-9.]+).*|\1|"; }
ours_best=""; theirs_best=""
for _ in $(seq "$pairs"); do
  ours=$(taskset -c "$core" dotnet "$root/bench/Parallax.Nlp.Bench/bin/Release/net10.0/Parallax.Nlp.Bench.dll" throughput "$text" "$rounds" "$batch" 2> /dev/null)
  echo "$ours"
  # wink reads the documents as one text.
  theirs=$(taskset -c "$core" node "$here/wink.js" "$text" "$rounds")
  echo "$theirs"
  if [ -z "$ours_best" ] || awk -v a="$(field "$ours" seconds)" -v b="$(field "$ours_best" seconds)" 'BEGIN { exit !(a < b) }'; then ours_best="$ours"; fi
  if [ -z "$theirs_best" ] || awk -v a="$(field "$theirs" seconds)" -v b="$(field "$theirs_best" seconds)" 'BEGIN { exit !(a < b) }'; then theirs_best="$theirs"; fi
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# The two tokenizers count the same text differently (wink-nlp also counts each "=====" line and splits some words
# we keep whole), so the fair ratio is time on the same text; each engine's own tokens/s is printed above.
echo "best: parallax $(field "$ours_best" seconds) s ($(field "$ours_best" 'tokens/s') tokens/s), wink-nlp $(field "$theirs_best" seconds) s"
echo "ratio parallax/wink (same text, best wall time of each) = $(ratio "$(field "$theirs_best" 'seconds')" "$(field "$ours_best" 'seconds')")"
echo "ratio parallax/wink (same text, best CPU time of each) = $(ratio "$(field "$theirs_best" 'cpu-seconds')" "$(field "$ours_best" 'cpu-seconds')")"
echo "wink-nlp in our tokens: $(awk -v t="$(field "$ours_best" 'tokens')" -v s="$(field "$theirs_best" 'seconds')" 'BEGIN { printf "%.0f", t / s }') tokens/s"
