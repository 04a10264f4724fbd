"""Times readability-lxml (Debian python3-readability) over the trafilatura-eval pages, single-threaded."""
import json
import os
import sys
import time

from readability import Document

root = sys.argv[1]
with open(os.path.join(root, "evaldata.json"), encoding="utf-8") as f:
    evaldata = json.load(f)
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
print(f"readability-lxml pages {pages} failed {failed}: {elapsed:.2f} s wall, {pages / elapsed:.1f} pages/s; {cpu:.2f} s CPU, {pages / cpu:.1f} pages/CPU-s")
