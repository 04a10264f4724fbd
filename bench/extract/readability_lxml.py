"""Times readability-lxml (Debian python3-readability) over the trafilatura-eval pages, single-threaded.

Usage: readability_lxml.py DIR [PASSES]. With several passes, each pass prints its own line, and the last line is the last pass.
"""
import json
import os
import sys
import time

from readability import Document

root = sys.argv[1]
with open(os.path.join(root, "evaldata.json"), encoding="utf-8") as f:
    evaldata = json.load(f)
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
for number in range(1, passes + 1):
    pages = failed = 0
    elapsed = cpu = 0.0
    for item in evaldata.values():
        path = next((p for p in (os.path.join(root, d, item["file"]) for d in ("cache", "eval")) if os.path.isfile(p)), None)
        if path is None:
            continue
        with open(path, "rb") as f:
            data = f.read()
        start = time.perf_counter()
        cpu_start = time.process_time()
        try:
            Document(data).summary()
        except Exception:  # a failing page still costs its time
            failed += 1
        elapsed += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
        pages += 1
    label = f"pass {number}: " if passes > 1 else ""
    print(f"{label}readability-lxml pages {pages} failed {failed}: {elapsed:.2f} s wall, {pages / elapsed:.1f} pages/s; {cpu:.2f} s CPU, {pages / cpu:.1f} pages/CPU-s", flush=True)
