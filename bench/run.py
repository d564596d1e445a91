#!/usr/bin/env python3
"""Measures `regionlens scan` (full) and `regionlens scan --no-code` on generated solutions of several sizes and on
any folder given, and writes the results to bench/RESULTS.md.

Each measurement is RUNS runs of the Release build for this machine's platform, as its tool package is (self-contained, one
composite ReadyToRun image), run as the installed tool runs it (the `regionlens` executable), timed by /usr/bin/time (wall
seconds and peak resident memory); the table gives the median, the minimum and the maximum. The machine is shared,
so the 1-minute load average is read with `uptime` before every run and written beside it. Every run sets
REGIONLENS_TIMINGS=1, and the stage breakdown of the median full run of each size is written too.

The cold measurements run with --no-cache. `--warm FILES` measures the scan cache instead, on a generated solution of
FILES C# files (issue 8 part 4 uses 1,600), and writes bench/RESULTS-warm.md (RESULTS.md is left alone): a cold scan
that fills a fresh cache, then RUNS re-scans with nothing changed, and RUNS re-scans after each kind of edit (each run
edits again, so every run follows a real edit), with wall and CPU time and the documents analysed and projects compiled.

usage: bench/run.py [--sizes 10 100 1000 5000] [--runs 3] [--results FILE] [--render-only] [--warm FILES] [FOLDER ...]
"""
import argparse
import datetime
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
# Cold scans: the cache is neither read nor written, so every run does the whole work.
MODES = {"full": ["--no-cache"], "--no-code": ["--no-code", "--no-cache"]}
TIMING = re.compile(r"^regionlens: timing: (.+): (\d+) ms$")
COUNT = re.compile(r"^regionlens: count: (.+): (\d+)$")


def log(message):
    print(message, file=sys.stderr, flush=True)


def load_average():
    # uptime's last field is "load average: 1-min, 5-min, 15-min"; the 1-minute figure is the one a run competes with.
    text = subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout
    return float(text.rsplit("load average:", 1)[1].split(",")[0])


def scan_once(cli, target, mode_args, work, environment=None):
    report = work / "report.json"
    times = work / "time.txt"
    load = load_average()
    command = ["/usr/bin/time", "-o", str(times), "-f", "%e %U %S %M", str(cli), "scan", str(target),
               "--format", "json", "--fail-on", "none", "--output", str(report), *mode_args]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "REGIONLENS_TIMINGS": "1", **(environment or {})})
    if done.returncode != 0:
        raise RuntimeError(f"scan failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    wall, user, system, rss_kb = times.read_text().split()[-4:]
    found = json.loads(report.read_text())
    stages = {m.group(1): int(m.group(2)) for m in map(TIMING.match, done.stderr.splitlines()) if m}
    counts = {m.group(1): int(m.group(2)) for m in map(COUNT.match, done.stderr.splitlines()) if m}
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss_mb": int(rss_kb) / 1024, "load": load, "stages": stages,
            "counts": counts, "report": report.read_text(),
            "dependencies": len(found["dependencies"]), "findings": len(found["findings"]),
            "notifications": len(found["notifications"])}


def measure(cli, name, target, runs, work):
    result = {"name": name, "path": str(target), "modes": {}}
    for mode, mode_args in MODES.items():
        measured = []
        for run in range(1, runs + 1):
            measured.append(scan_once(cli, target, mode_args, work))
            last = measured[-1]
            log(f"{name} {mode} run {run}: {last['wall']:.2f} s, {last['rss_mb']:.0f} MB, load {last['load']:.2f}")
        for run in measured:
            del run["report"]
        result["modes"][mode] = measured
    return result


def median_run(measured):
    """The run whose wall time is the median (the lower middle one for an even count), to take its breakdown from."""
    ordered = sorted(measured, key=lambda r: r["wall"])
    return ordered[(len(ordered) - 1) // 2]


def build_cli(out):
    # As the tool package for this machine's runtime identifier is built (the project file makes a platform's build
    # self-contained, one composite ReadyToRun image); the installed tool runs its executable.
    info = subprocess.run(["dotnet", "--info"], capture_output=True, text=True, check=True).stdout
    rid = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.strip().startswith("RID:"))
    log(f"publishing the CLI in Release for {rid}, as its tool package (a few minutes: the composite image)…")
    subprocess.run(["dotnet", "publish", str(REPO / "src" / "RegionLens.Cli"), "-c", "Release", "-r", rid,
                    "--verbosity", "quiet", "--nologo", "-o", str(out)], check=True, stdout=subprocess.DEVNULL)
    return out / ("regionlens.exe" if rid.startswith("win") else "regionlens")


def generate(size, folder):
    subprocess.run([sys.executable, str(REPO / "bench" / "generate-solution.py"), str(folder), "--files", str(size)],
                   check=True, stdout=subprocess.DEVNULL)
    # Restored, as a user's solution is before a full semantic scan; restoring is not part of what is timed.
    subprocess.run(["dotnet", "restore", str(folder / "Synthetic.slnx"), "--verbosity", "quiet", "--nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=pathlib.Path, help="solutions or folders to measure as they are")
    parser.add_argument("--sizes", nargs="*", type=int, default=[10, 100, 1000, 5000],
                        help="C# files of each generated solution (none: only the folders given)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--results", type=pathlib.Path, default=REPO / "bench" / "RESULTS.md")
    parser.add_argument("--render-only", action="store_true",
                        help="measure nothing: write RESULTS.md again from the RESULTS.json beside it (after a change to the tables)")
    parser.add_argument("--warm", type=int, metavar="FILES",
                        help="measure only the scan cache, on a generated solution of FILES C# files, into bench/RESULTS-warm.md")
    args = parser.parse_args()
    if args.warm:
        from warm import measure_warm  # beside this script

        with tempfile.TemporaryDirectory(prefix="regionlens-bench-") as temp:
            work = pathlib.Path(temp)
            cli = build_cli(work / "cli")
            target = generate(args.warm, work / f"synthetic-{args.warm}")
            measure_warm(cli, target, args.warm, args.runs, work, REPO / "bench" / "RESULTS-warm.md", machine(), scan_once, log)
        return
    if args.render_only:
        saved = json.loads(args.results.with_suffix(".json").read_text())
        write(args.results, saved["results"], saved["runs"], saved["machine"])
        return

    about = machine()
    with tempfile.TemporaryDirectory(prefix="regionlens-bench-") as temp:
        work = pathlib.Path(temp)
        cli = build_cli(work / "cli")
        results = []
        for size in args.sizes:
            log(f"generating {size} files…")
            target = generate(size, work / f"synthetic-{size}")
            results.append({**measure(cli, f"synthetic, {size:,} C# files", target, args.runs, work), "size": size})
            # Written after each input, so that a long run that is stopped still leaves what it measured.
            write(args.results, results, args.runs, about)
            shutil.rmtree(target)
        for folder in args.folders:
            results.append(measure(cli, str(folder), folder.resolve(), args.runs, work))
            write(args.results, results, args.runs, about)
    log(f"wrote {args.results}")


def write(markdown, results, runs, about):
    """RESULTS.md, and beside it the measurements it was made from (RESULTS.json), so that it can be rendered again."""
    from results_markdown import render  # beside this script

    markdown.with_suffix(".json").write_text(json.dumps({"runs": runs, "machine": about, "results": results}, indent=1) + "\n")
    markdown.write_text(render(results, runs, about))


def machine():
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", pathlib.Path("/proc/meminfo").read_text()).group(1))
    cpu = re.search(r"model name\s*:\s*(.+)", pathlib.Path("/proc/cpuinfo").read_text())
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    sdk = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {"nproc": nproc, "memory_gib": memory_kb / 1024 / 1024, "cpu": cpu.group(1) if cpu else "unknown",
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit, "sdk": sdk}


if __name__ == "__main__":
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    main()
