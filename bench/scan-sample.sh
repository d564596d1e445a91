#!/usr/bin/env bash
# Times `regionlens scan` on a restored copy of samples/OutageShaped: wall seconds and peak RSS per run.
# Usage: scan-sample.sh [RUNS] [SCAN OPTIONS...], e.g. `scan-sample.sh 3 --trust-build` for the MSBuild loader.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$repo/samples/OutageShaped" "$work/"
dotnet restore "$work/OutageShaped" --verbosity quiet
dotnet build "$repo/src/RegionLens.Cli" -c Release --verbosity quiet -o "$work/cli"

for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %M KB peak RSS" \
    dotnet "$work/cli/regionlens.dll" scan "$work/OutageShaped" --format json --fail-on none --no-cache "$@" > /dev/null
done
