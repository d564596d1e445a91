#!/usr/bin/env python3
"""Summarises afl-fuzz's fuzzer_stats of every campaign under $FUZZ_WORK/out (bench/fuzz.sh) as a Markdown table.

    python3 bench/fuzz_stats.py [FUZZ_WORK]

A target fuzzed more than once (a rerun after a fix resumes the same output folder) shows its totals: afl-fuzz
carries execs_done and run_time over a resume, but starts saved_crashes and saved_hangs afresh and moves the earlier
crashes/ and hangs/ aside (crashes.<date>/): those are counted in "earlier runs".
"""
import os
import sys

work = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("FUZZ_WORK", "/tmp/regionlens-fuzz")
out = os.path.join(work, "out")
print("| target | execs | time | exec/s | corpus | crashes (saved) | hangs (saved) | crashes, hangs in earlier runs | coverage (bitmap) | stability |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def earlier(folder, kind):
    return sum(len([f for f in os.listdir(os.path.join(folder, d)) if f.startswith("id:")])
               for d in os.listdir(folder) if d.startswith(kind + "."))


for target in sorted(os.listdir(out)):
    path = os.path.join(out, target, "default", "fuzzer_stats")
    if not os.path.exists(path):
        continue
    stats = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.partition(":")
            stats[key.strip()] = value.strip()
    execs = int(stats.get("execs_done", 0))
    seconds = int(stats.get("run_time", 0))
    rate = execs / seconds if seconds else 0
    print(f"| {target} | {execs:,} | {seconds // 60} min {seconds % 60} s | {rate:,.0f} | {stats.get('corpus_count', '?')} "
          f"| {stats.get('saved_crashes', '?')} | {stats.get('saved_hangs', '?')} "
          f"| {earlier(os.path.dirname(path), 'crashes')}, {earlier(os.path.dirname(path), 'hangs')} "
          f"| {stats.get('bitmap_cvg', '?')} | {stats.get('stability', '?')} |")
