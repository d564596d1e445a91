"""The scan cache's measurement for bench/run.py --warm: re-scans of a generated solution after edits of each kind.

Each edit is applied afresh before every run (a different value each time), so that every timed scan follows a real
edit and the cache holds the previous run's state, as it would while someone works. Every warm report is checked,
byte for byte, against a scan of the same tree with --no-cache."""
import pathlib
import re
import json
import statistics

REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"]


def _replace(path, pattern, replacement):
    text = path.read_text()
    edited, count = re.subn(pattern, replacement, text, count=1)
    if count != 1:
        raise RuntimeError(f"{path}: {pattern} not found")
    path.write_text(edited)


def edits(root):
    """Name → function(run number) that edits the tree; the library and service picked are the first of each."""
    src = pathlib.Path(root) / "src"
    library = sorted(p for p in src.iterdir() if p.name.startswith("Lib"))[0]
    service = sorted(p for p in src.iterdir() if p.name.startswith("Svc"))[0]
    return {
        "nothing changed": lambda n: None,
        "(a) one-line body edit in a library file": lambda n: _replace(
            library / "Service001.cs", r"var total = \d+;", f"var total = {n};"),
        "(b) body edit in a service file (Program.cs)": lambda n: _replace(
            service / "Program.cs", r"in \{region\}[^\"]*\"", f"in {{region}} (edit {n})\""),
        "(c) endpoint changed in appsettings.json": lambda n: _replace(
            service / "appsettings.json", r"https://pricing[^/]*\.example\.net/", f"https://pricing-{n}.internal.example.net/"),
        "(c') region changed in C#: a private constant of a library file": lambda n: _replace(
            library / "Service000.cs", r'HomeRegion = "[^"]+"', f'HomeRegion = "{REGIONS[n % len(REGIONS)]}"'),
    }


def measure_warm(cli, target, files, runs, work, results_file, about, scan_once, log):
    cache = {"REGIONLENS_CACHE_DIR": str(work / "cache")}
    rows = []
    cold = scan_once(cli, target, [], work, cache)
    log(f"cold scan filling the cache: {cold['wall']:.2f} s, load {cold['load']:.2f}")
    rows.append(("cold scan, empty cache", [cold]))
    for name, edit in edits(target).items():
        measured = []
        for run in range(1, runs + 1):
            edit(run)
            warm = scan_once(cli, target, [], work, cache)
            fresh = scan_once(cli, target, ["--no-cache"], work)
            if warm["report"] != fresh["report"]:
                raise RuntimeError(f"{name}, run {run}: the warm report differs from a scan without the cache")
            measured.append(warm)
            log(f"{name} run {run}: {warm['wall']:.2f} s wall, {warm['cpu']:.2f} s CPU, load {warm['load']:.2f}, {warm['counts']}")
        rows.append((name, measured))
    results_file.write_text(render(rows, files, runs, about))
    # The medians as data, for the targets table of RESULTS.md (results_markdown.py reads them).
    summary = [{"scan": name, "wall": statistics.median(r["wall"] for r in measured), "cpu": statistics.median(r["cpu"] for r in measured),
                "load": [r["load"] for r in measured]} for name, measured in rows]
    results_file.with_suffix(".json").write_text(json.dumps({"files": files, "about": about, "rows": summary}, indent=2) + "\n")
    log(f"wrote {results_file}")


def render(rows, files, runs, about):
    lines = [
        "# Scan cache: warm re-scans",
        "",
        f"Written by `bench/run.py --warm {files}`; do not edit by hand.",
        "",
        f"- date: {about['date']}, commit {about['commit']}, .NET SDK {about['sdk']}; {about['nproc']} cores, {about['cpu']}",
        f"- a generated solution of {files:,} C# files, restored; the Release build for this machine as its tool package is (self-contained, one composite ReadyToRun image), as `regionlens scan PATH --format json`",
        f"- each row after the first: {runs} re-scans, each after a new edit of its kind; median wall and CPU (user + system) "
        "seconds, `load` the 1-minute load average before each run; every report equals a `--no-cache` scan of the same tree",
        "",
        "| scan | wall s (median) | CPU s (median) | documents analysed | projects compiled | load |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, measured in rows:
        wall = statistics.median(r["wall"] for r in measured)
        cpu = statistics.median(r["cpu"] for r in measured)
        analysed = "/".join(str(r["counts"].get("documents analysed", "-")) for r in measured)
        compiled = "/".join(str(r["counts"].get("projects compiled", 0)) for r in measured)
        load = ", ".join(f"{r['load']:.2f}" for r in measured)
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {analysed} | {compiled} | {load} |")
    lines.append("")
    stages = sorted(rows[1][1], key=lambda r: r["wall"])[(len(rows[1][1]) - 1) // 2]["stages"]
    lines += ["Stages of the median unchanged re-scan (ms): " + ", ".join(f"{k} {v}" for k, v in stages.items()), ""]
    return "\n".join(lines)
