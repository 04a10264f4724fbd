#!/usr/bin/env bash
# Re-joins the CoNLL-2003 dev set (../shared, not committed) into plain news text: one document per -DOCSTART-,
# sentences separated by spaces, documents separated by "=====" lines. Output: $1 (default /tmp/parallax-nlp-bench.txt).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
src="${CONLL:-$root/../shared/data/conll2003/eng.testa}"
out="${1:-/tmp/parallax-nlp-bench.txt}"
awk '
  /^-DOCSTART-/ { if (doc != "") { print doc; print "====="; } doc = ""; next }
  NF == 0 { if (line != "") { doc = doc (doc == "" ? "" : " ") line; } line = ""; next }
  { line = line (line == "" ? "" : " ") $1 }
  END { if (line != "") doc = doc " " line; if (doc != "") print doc }
' "$src" | sed -E 's/ ([.,;:!?)%])/\1/g; s/\( /(/g; s/ (n'"'"'t|'"'"'s)/\1/g' > "$out"
echo "wrote $out ($(wc -w < "$out") words)"
