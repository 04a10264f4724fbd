#!/usr/bin/env bash
# Parallax against readability-lxml at the same time, one core each, then with the cores swapped: this machine's
# speed drifts by a third within minutes and its two cores differ, so only runs that overlap in time and cover both
# cores compare fairly. Parallax runs 8 passes while readability-lxml runs 2 (about as long); pass 1 of each is the
# cold figure (Parallax's includes JIT and heap growth), the later passes the warm one.
# Usage: bench/extract/side-by-side.sh [../shared/data/trafilatura-eval]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(cd "${1:-$root/../shared/data/trafilatura-eval}" && pwd)"
"$root/parallax" --help > /dev/null
speeds() { sed -nE 's/.*pass ([0-9]+):.* ([0-9.]+) pages\/s.*/\2/p' "$1"; }
for cores in "0 1" "1 0"; do
  set -- $cores
  ours=$(mktemp) theirs=$(mktemp)
  taskset -c "$1" "$root/parallax" eval extraction "$data" --repeat 8 > "$ours" &
  taskset -c "$2" /usr/bin/python3 "$here/readability_lxml.py" "$data" 2 > "$theirs" &
  wait
  mapfile -t a < <(speeds "$ours")
  mapfile -t b < <(speeds "$theirs")
  warm=$(printf '%s\n' "${a[@]:1}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "parallax on core $1: pass 1 ${a[0]} pages/s, median of passes 2-8 $warm; readability-lxml on core $2: pass 1 ${b[0]}, pass 2 ${b[1]}"
  awk -v c="${a[0]}" -v w="$warm" -v l1="${b[0]}" -v l2="${b[1]}" \
    'BEGIN { printf "  ratio cold (pass 1 / pass 1) %.2f, warm (median / pass 2) %.2f\n", c / l1, w / l2 }'
  rm -f "$ours" "$theirs"
done
