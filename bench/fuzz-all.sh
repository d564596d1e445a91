#!/usr/bin/env bash
# Every fuzz target in turn under bench/fuzz.sh, at most $FUZZ_JOBS (default 2) afl-fuzz at once, each until it has
# run max-execs inputs or max-seconds, whichever first. Prints each target's fuzzer_stats summary as it ends.
#
#   bench/fuzz-all.sh [max-execs] [max-seconds] [target...]      e.g. bench/fuzz-all.sh 1000000 1800
set -euo pipefail
cd "$(dirname "$0")/.."
max_execs=${1:-1000000}
max_seconds=${2:-1800}
shift $(( $# >= 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(dotnet run --project fuzz/RegionLens.Fuzz -c Release -- list | awk '{ print $1 }')
fi
# Publish and instrument once, before the parallel runs share the assemblies.
bench/fuzz.sh "${targets[0]}" 1 60 >/dev/null
printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
  'bench/fuzz.sh "$1" "$2" "$3" > "${FUZZ_WORK:-/tmp/regionlens-fuzz}/summary-$1.txt" 2>&1; echo "== $1"; cat "${FUZZ_WORK:-/tmp/regionlens-fuzz}/summary-$1.txt"' _ {} "$max_execs" "$max_seconds"
