"""Renders bench/run.py's measurements as bench/RESULTS.md: the tables, the growth between sizes, the stage breakdown
and the targets of issue 8 part 4."""
import json
import pathlib
import statistics

# Issue 8 part 4, as measured here: the semantic scan and the --no-code scan of 1,600 C# files, peak memory, growth.
TARGET_FILES = 1600
FULL_SECONDS = 7.0
NO_CODE_SECONDS = 1.0
WARM_SECONDS = 1.0
RSS_MB = 1024
GROWTH_5000_OVER_1000 = 3.5


def render(results, runs, machine):
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py`; do not edit by hand. Rerun: `python3 bench/run.py` (add folders to measure them too).",
        "Hostile inputs (50,000 files, a 100 MB file, long and deep JSON) are measured by `bench/hostile.sh` into "
        "[RESULTS-hostile.md](RESULTS-hostile.md); the analyzer package's cost in a build is in [ANALYZER.md](ANALYZER.md).",
        "",
        f"- date: {machine['date']}, commit {machine['commit']}, .NET SDK {machine['sdk']}",
        f"- machine: {machine['nproc']} cores (`nproc`), {machine['memory_gib']:.1f} GiB memory, {machine['cpu']}",
        f"- each row: {runs} run{'s' if runs != 1 else ''} of the Release build for this machine as its tool package is (self-contained, one composite ReadyToRun image), as `regionlens scan PATH --format json`; wall and peak RSS "
        "from `/usr/bin/time -f`; median, min and max of the runs; CPU is user + system seconds, which "
        "other work on the machine inflates less than wall time",
        "- the machine is shared with other builds: `load` is the 1-minute load average (`uptime`) just before each run, "
        "in run order. A load above the 2 cores means the scan shared them, and its times are inflated",
        "- synthetic solutions come from `bench/generate-solution.py` (about 25 C# files per project, one project in five "
        "a service with its appsettings.json, Terraform, CloudFormation and Kubernetes files) and are restored first",
        "",
    ]
    for result in results:
        lines += table(result)
    # Sizes may be measured in any order; growth compares each with the next larger one.
    synthetic = sorted((r for r in results if "size" in r), key=lambda r: r["size"])
    if len(synthetic) > 1:
        lines += growth(synthetic)
    if synthetic:
        lines += breakdown(synthetic)
        lines += targets(synthetic, int(machine["nproc"]))
    return "\n".join(lines) + "\n"


def wall(measured):
    return statistics.median(r["wall"] for r in measured)


def cpu(measured):
    return statistics.median(r["cpu"] for r in measured)


def table(result):
    lines = [f"## {result['name']}", "", "| scan | median wall | min | max | median CPU | peak RSS | load (per run) | found |", "|---|---|---|---|---|---|---|---|"]
    for mode, measured in result["modes"].items():
        walls = [r["wall"] for r in measured]
        first = measured[0]
        loads = ", ".join(f"{r['load']:.1f}" for r in measured)
        lines.append(
            f"| {mode} | {wall(measured):.2f} s | {min(walls):.2f} s | {max(walls):.2f} s "
            f"| {statistics.median(r['cpu'] for r in measured):.2f} s | {max(r['rss_mb'] for r in measured):.0f} MB "
            f"| {loads} "
            f"| {first['dependencies']} dependencies, {first['findings']} findings, {first['notifications']} notifications |")
    return lines + [""]


def growth(synthetic):
    lines = ["## Growth between sizes", "", "Ratio of median wall times (and of peak RSS) from one size to the next.", "",
             "| from → to | files × | full: time × | full: CPU × | full: RSS × | --no-code: time × |", "|---|---|---|---|---|---|"]
    for smaller, larger in zip(synthetic, synthetic[1:]):
        full_small, full_large = smaller["modes"]["full"], larger["modes"]["full"]
        rss = max(r["rss_mb"] for r in full_large) / max(r["rss_mb"] for r in full_small)
        lines.append(
            f"| {smaller['size']:,} → {larger['size']:,} | {larger['size'] / smaller['size']:.1f} "
            f"| {wall(full_large) / wall(full_small):.2f} | {cpu(full_large) / cpu(full_small):.2f} | {rss:.2f} "
            f"| {wall(larger['modes']['--no-code']) / wall(smaller['modes']['--no-code']):.2f} |")
    return lines + [""]


def breakdown(synthetic):
    """Stage times of each size's median full run: where the time goes, to guide the speed work."""
    medians = {r["size"]: median_of_stages(r["modes"]["full"]) for r in synthetic}
    seen = list(dict.fromkeys(stage for run in medians.values() for stage in run))
    # A part ("load projects: …") is recorded before the stage it belongs to ends; list it under that stage.
    stages = [s for whole in seen if ": " not in whole for s in [whole, *(p for p in seen if p.startswith(whole + ": "))]]
    sizes = [r["size"] for r in synthetic]
    lines = ["## Where the time goes (full scan)", "",
             "Wall time per pipeline stage (`REGIONLENS_TIMINGS=1`) of the median run; an indented row is part of the "
             "row above it. The rest of the wall time is the process start and MSBuild location before the scan.", "",
             "| stage | " + " | ".join(f"{s:,} files" for s in sizes) + " |", "|---|" + "---|" * len(sizes)]
    for stage in stages:
        label = ("&nbsp;&nbsp;" + stage.split(": ", 1)[1]) if ": " in stage else stage
        cells = [f"{medians[s][stage] / 1000:.2f} s" if stage in medians[s] else "—" for s in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    totals = [f"{wall(r['modes']['full']):.2f} s" for r in synthetic]
    return lines + ["| wall (median) | " + " | ".join(totals) + " |", ""]


def median_of_stages(measured):
    ordered = sorted(measured, key=lambda r: r["wall"])
    return ordered[(len(ordered) - 1) // 2]["stages"]


def warm_target():
    """The cache's row, from RESULTS-warm.json (bench/run.py --warm): the slowest median re-scan after one edited file."""
    path = pathlib.Path(__file__).with_name("RESULTS-warm.json")
    if not path.exists():
        return f"| warm re-scan after one edited file ≤ {WARM_SECONDS:g} s | not measured (run `bench/run.py --warm 1600`) | — |"
    warm = json.loads(path.read_text())
    edits = [r for r in warm["rows"] if r["scan"][:1] == "("]
    slowest = max(edits, key=lambda r: r["wall"])
    unchanged = next(r for r in warm["rows"] if r["scan"] == "nothing changed")
    return (f"| warm re-scan after one edited file ≤ {WARM_SECONDS:g} s | {slowest['wall']:.2f} s wall, {slowest['cpu']:.2f} s CPU at "
            f"{warm['files']:,} files, the slowest edit ({slowest['scan']}); {unchanged['wall']:.2f} s with nothing changed; "
            f"see [RESULTS-warm.md](RESULTS-warm.md) | {verdict(slowest['wall'] <= WARM_SECONDS)} |")


def targets(synthetic, cores):
    by_size = {r["size"]: r for r in synthetic}
    lines = ["## Targets (issue 8 part 4)", "", "| target | measured | met? |", "|---|---|---|"]
    full, no_code, where = at_target_size(by_size)
    if full is None:
        lines.append(f"| full scan of {TARGET_FILES:,} C# files ≤ {FULL_SECONDS:g} s | not measured at or around {TARGET_FILES:,} files | — |")
        lines.append(f"| `--no-code` scan of the same ≤ {NO_CODE_SECONDS:g} s | not measured | — |")
    else:
        lines.append(f"| full scan of {TARGET_FILES:,} C# files ≤ {FULL_SECONDS:g} s | {full[0]:.2f} s wall, {full[1]:.2f} s CPU {where} "
                     f"| {timed_verdict(full, FULL_SECONDS, cores)} |")
        lines.append(f"| `--no-code` scan of the same ≤ {NO_CODE_SECONDS:g} s | {no_code[0]:.2f} s wall, {no_code[1]:.2f} s CPU {where} "
                     f"| {timed_verdict(no_code, NO_CODE_SECONDS, cores)} |")
    peak_size = max(by_size)
    peak = max(r["rss_mb"] for r in by_size[peak_size]["modes"]["full"])
    lines.append(f"| peak RSS ≤ 1 GB | {peak:.0f} MB at {peak_size:,} files (largest size) | {verdict(peak <= RSS_MB)} |")
    if 1000 in by_size and 5000 in by_size:
        large, small = by_size[5000]["modes"]["full"], by_size[1000]["modes"]["full"]
        ratio, cpu_ratio = wall(large) / wall(small), cpu(large) / cpu(small)
        # The bound: 3.5 times the 1,000-file scan plus the load overhead, taken as the 5,000-file scan's
        # "load projects" stage (reading and parsing every project, which a smaller solution pays less of).
        overhead = median_of_stages(large).get("load projects", 0) / 1000
        bound = GROWTH_5000_OVER_1000 * wall(small) + overhead
        lines.append(f"| time linear in files: full scan of 5,000 files ≤ {GROWTH_5000_OVER_1000:g}× that of 1,000 + load overhead "
                     f"| {wall(large):.2f} s against {GROWTH_5000_OVER_1000:g} × {wall(small):.2f} s + {overhead:.2f} s = {bound:.2f} s "
                     f"({ratio:.2f}× wall, {cpu_ratio:.2f}× CPU) | {verdict(wall(large) <= bound)} |")
    else:
        lines.append(f"| full scan of 5,000 files ≤ {GROWTH_5000_OVER_1000:g}× that of 1,000 | not measured | — |")
    lines.append(warm_target())
    return lines + ["", f"A time target is judged on the median wall time. On a loaded machine the CPU time says more: with {cores} cores a "
                    f"scan cannot take less wall time than CPU / {cores} on an idle machine, so a target below that is out of reach "
                    "until the scan does less work, whatever the load.", ""]


def at_target_size(by_size):
    """The target size's medians when it was measured, else a straight line between the sizes around it."""
    if TARGET_FILES in by_size:
        r = by_size[TARGET_FILES]
        return ((wall(r["modes"]["full"]), cpu(r["modes"]["full"])), (wall(r["modes"]["--no-code"]), cpu(r["modes"]["--no-code"])),
                f"at {TARGET_FILES:,} files")
    below = [s for s in by_size if s < TARGET_FILES]
    above = [s for s in by_size if s > TARGET_FILES]
    if not below or not above:
        return None, None, ""
    low, high = by_size[max(below)], by_size[min(above)]
    share = (TARGET_FILES - low["size"]) / (high["size"] - low["size"])

    def between(mode):
        return tuple(measure(low["modes"][mode]) + share * (measure(high["modes"][mode]) - measure(low["modes"][mode])) for measure in (wall, cpu))

    return between("full"), between("--no-code"), f"(interpolated between {low['size']:,} and {high['size']:,} files)"


def timed_verdict(measured, target, cores):
    wall_seconds, cpu_seconds = measured
    if wall_seconds <= target:
        return "met"
    if cpu_seconds / cores > target:
        return f"**not met** (CPU / {cores} alone is over it)"
    return "**not met** at this load (CPU does not rule it out)"


def verdict(met):
    return "met" if met else "**not met**"
