#!/usr/bin/env bash
# Hostile inputs at scale (issue 9 part 6): each case is generated in a temporary folder and scanned once by the
# Release CLI under /usr/bin/time; wall time, peak RSS and what the scan reported go to bench/RESULTS-hostile.md.
# Usage: bench/hostile.sh [SMALL_FILES]   (default 50000)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
small_files="${1:-50000}"
results="$repo/bench/RESULTS-hostile.md"

dotnet build "$repo/src/RegionLens.Cli" -c Release --verbosity quiet -o "$work/cli" > /dev/null

# Writes one case's tree; every case also holds one healthy Terraform file whose region must be found.
generate() {
  python3 - "$1" "$2" "$small_files" <<'PY'
import json, os, sys
case, root, small = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(root)
def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
write("healthy/main.tf", 'provider "aws" {\n  region = "eu-west-1"\n}\n')
if case == "small-files":
    kinds = [("main.tf", 'variable "n" {\n  default = "x"\n}\n'), ("values.yaml", "replicas: 1\n"),
             ("stack.json", "{}\n"), (".env", "LOG_LEVEL=info\n"), ("notes.md", "# notes\n")]
    for i in range(small):
        name, text = kinds[i % len(kinds)]
        write(f"f{i // 100:04d}/{i % 100:03d}-{name}" if not name.startswith(".") else f"f{i // 100:04d}/{i % 100:03d}/{name}", text)
elif case == "100mb-file":
    with open(os.path.join(root, "healthy", "huge.tf.json"), "w") as f:
        line = '{"a": "' + "x" * 1000 + '"},\n'
        f.write('{"locals": [\n')
        for _ in range(100 * 1024):
            f.write(line)
        f.write('{}]}\n')
elif case == "10000-line-json":
    entries = {f"Key{i}": f"https://svc{i}.us-east-1.example.com" for i in range(10000)}
    write("Api/appsettings.json", "{\n" + ",\n".join(f'  "{k}": "{v}"' for k, v in entries.items()) + "\n}\n")
elif case == "one-long-line":
    # Just under the 5 MB limit (read) and 10 MB (skipped), each on one line.
    write("Api/appsettings.json", json.dumps({"Blob": "x" * (5 * 1024 * 1024 - 100)}))
    write("Big/appsettings.json", json.dumps({"Blob": "x" * (10 * 1024 * 1024)}))
PY
}

{
  echo "# Hostile inputs at scale"
  echo
  echo "Written by \`bench/hostile.sh\` on $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo "Each case is one \`regionlens scan --format json\` of a generated tree; every tree holds one healthy Terraform file"
  echo "whose region must be found."
  echo
  echo "| case | wall | peak RSS | exit | healthy region found | notifications |"
  echo "|---|---|---|---|---|---|"
} > "$results.tmp"

for case in small-files 100mb-file 10000-line-json one-long-line; do
  rm -rf "$work/tree"
  generate "$case" "$work/tree"
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time" \
    dotnet "$work/cli/regionlens.dll" scan "$work/tree" --format json --fail-on none --no-cache > "$work/report.json" 2> "$work/stderr"
  code=$?
  set -e
  read -r wall rss < "$work/time"
  summary="$(python3 - "$work/report.json" <<'PY'
import collections, json, sys
try:
    report = json.load(open(sys.argv[1]))
except Exception as e:
    print("no report |", type(e).__name__); sys.exit()
found = any("eu-west-1" in json.dumps(d) for d in report.get("dependencies", []))
notes = collections.Counter(n["message"].split(":")[0] + ": " + n["message"].split(":")[1].strip()[:60] if ":" in n["message"] else n["message"][:60]
                            for n in report.get("notifications", []))
print(("yes" if found else "**no**"), "|", "; ".join(f"{c} × {m}" for m, c in notes.most_common(4)) or "none")
PY
)"
  echo "| $case | ${wall} s | $((rss / 1024)) MB | $code | $summary |" >> "$results.tmp"
  echo "$case: ${wall} s, $((rss / 1024)) MB, exit $code"
done

mv "$results.tmp" "$results"
