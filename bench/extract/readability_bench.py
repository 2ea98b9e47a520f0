#!/usr/bin/python3
"""Time readability-lxml (Debian's python3-readability) on the benchmark
pages and write what it extracts, for bench_extract to score.

    readability_bench.py RUNS PAGES TESTSET OUTDIR

Each timed run calls Document(html).summary() on every page of PAGES
(bytes read into memory first; readability detects the encoding itself)
on one thread; the median run gives pages/s and MB/s.  The text of each
summary (its text nodes joined by spaces) goes to OUTDIR/pages/NAME.txt
and, for the test set, OUTDIR/testset/NAME.txt.
"""
import logging
import os
import statistics
import sys
import time

import lxml.html
from readability import Document

logging.disable(logging.CRITICAL)


def load(d):
    out = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".html"):
            with open(os.path.join(d, f), "rb") as fh:
                out.append((f[:-5], fh.read()))
    return out


def text_of(summary):
    try:
        root = lxml.html.fromstring(summary)
    except Exception:
        return ""
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def extract_all(pages, outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, data in pages:
        try:
            s = Document(data).summary()
        except Exception:
            s = "<div></div>"
        with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text_of(s))


def main():
    runs, pages_dir, test_dir, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    pages = load(pages_dir)
    size = sum(len(d) for _, d in pages)
    times, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for _, data in pages:
            try:
                Document(data).summary()
            except Exception:
                pass
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    med, cpu = statistics.median(times), statistics.median(cpus)
    print("  readability-lxml: %.1f pages/s, %.2f MB/s (one core, wall); %.1f pages/s, %.2f MB/s "
          "per CPU second (median of %d runs, %.2f s wall, %.2f s CPU)"
          % (len(pages) / med, size / 1e6 / med, len(pages) / cpu, size / 1e6 / cpu, runs, med, cpu))
    print("readability: pages=%d runs=%d median_s=%.4f pages_per_s=%.1f mb_per_s=%.2f "
          "cpu_s=%.4f pages_per_cpu_s=%.1f"
          % (len(pages), runs, med, len(pages) / med, size / 1e6 / med, cpu, len(pages) / cpu))
    extract_all(pages, os.path.join(out, "pages"))
    extract_all(load(test_dir), os.path.join(out, "testset"))


if __name__ == "__main__":
    main()
