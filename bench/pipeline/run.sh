#!/usr/bin/env bash
# Whole-pipeline throughput: writes N synthetic plain-text articles as separate files, then times
# `parallax ingest` over the directory and reports documents/s and peak RSS (GNU time).
# Usage: bench/pipeline/run.sh [N=100000]
set -euo pipefail
n="${1:-100000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d /tmp/parallax-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

"$root/parallax" --version >/dev/null
mkdir -p "$work/in"
# 1,000 files per directory; each article is one of 500 synthetic events told by one of 7 outlets.
awk -v n="$n" -v dir="$work/in" 'BEGIN {
  split("harbor council wildfire election clinic strike bridge river port school", topic, " ");
  split("reopened approved spread delayed expanded ended closed flooded", verb, " ");
  for (i = 0; i < n; i++) {
    d = sprintf("%s/%03d", dir, int(i / 1000));
    if (i % 1000 == 0) system("mkdir -p " d);
    e = i % 500; t = topic[e % 10 + 1]; v = verb[e % 8 + 1];
    f = sprintf("%s/%07d.txt", d, i);
    printf "Outlet %d: the %s in district %d %s\n\n", i % 7, t, e, v > f;
    printf "DISTRICT %d — Officials said on Monday that the %s in district %d had %s after %d days. ", e, t, e, v, i % 30 > f;
    printf "Residents of ward %d told reporters that %d families were affected, and the mayor promised a review by Friday. ", e * 3, (i * 7) % 900 > f;
    printf "Report %d, outlet %d.\n", i, i % 7 > f;
    close(f);
  }
}'
echo "generated $n files in $work/in"
/usr/bin/time -v "$root/parallax" ingest "$work/in" --db "$work/p.db" >"$work/out.txt" 2>"$work/time.txt"
cat "$work/out.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
echo "ingest: $n documents in ${secs}s = $(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / s }') docs/s; peak RSS $((rss / 1024)) MB"
