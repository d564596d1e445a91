#!/usr/bin/env bash
# Times one `regionlens scan` on a generated solution: bench/scan-synthetic.sh [FILES]. bench/run.py measures every
# size, both scan modes and several runs; this is the quick look.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$repo/bench/generate-solution.py" "$work/Synthetic" --files "${1:-1000}"
dotnet restore "$work/Synthetic/Synthetic.slnx" --verbosity quiet
dotnet build "$repo/src/RegionLens.Cli" -c Release --verbosity quiet -o "$work/cli"
/usr/bin/time -f "scan: %e s wall, %M KB peak RSS" \
  dotnet "$work/cli/regionlens.dll" scan "$work/Synthetic" --format json --fail-on none --no-cache > "$work/report.json"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r['dependencies']), 'dependencies,', len(r['findings']), 'findings,', len(r['notifications']), 'notifications')" "$work/report.json"
