#!/usr/bin/env bash
# A long fuzzing campaign of one RegionLens reader under AFL++ (bench/FUZZ.md). Not part of .ci/run: the test suite
# runs the short smoke of every target instead (`dotnet run --project fuzz/RegionLens.Fuzz -- smoke`).
#
#   bench/fuzz.sh <target> [max-execs] [max-seconds]      e.g. bench/fuzz.sh terraform 1000000 1800
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz instrumenter
# (dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$FUZZ_WORK/tools").
# Everything it writes goes under $FUZZ_WORK (default /tmp/regionlens-fuzz), outside the repository: the published
# and instrumented assemblies (publish/), and afl-fuzz's output per target (out/<target>/, with fuzzer_stats,
# crashes/ and hangs/). A crash it finds is replayed with
#   dotnet "$FUZZ_WORK/publish/RegionLens.Fuzz.dll" run <target> "$FUZZ_WORK/out/<target>/default/crashes/id:..."
# and, once fixed, kept in fuzz/regressions/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: bench/fuzz.sh <target> [max-execs] [max-seconds]}
max_execs=${2:-1000000}
max_seconds=${3:-1800}
work=${FUZZ_WORK:-/tmp/regionlens-fuzz}
publish=${FUZZ_PUBLISH:-$work/publish}
sharpfuzz=${SHARPFUZZ:-$work/tools/sharpfuzz}

if [ ! -x "$sharpfuzz" ] && ! command -v sharpfuzz >/dev/null; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi
[ -x "$sharpfuzz" ] || sharpfuzz=$(command -v sharpfuzz)
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }

# Publish and instrument once; a later campaign reuses the instrumented assemblies (delete $publish to rebuild).
if [ ! -f "$publish/.instrumented" ]; then
  rm -rf "$publish"
  dotnet publish fuzz/RegionLens.Fuzz/RegionLens.Fuzz.csproj -c Release -o "$publish" -p:TreatWarningsAsErrors=true >/dev/null
  # Our readers, and YamlDotNet, which parses every YAML file before our code sees it. System.Text.Json and
  # System.Xml are framework assemblies, which SharpFuzz cannot instrument: they are exercised, but not measured.
  for dll in RegionLens.Core.dll RegionLens.Scanner.dll YamlDotNet.dll; do
    "$sharpfuzz" "$publish/$dll"
  done
  touch "$publish/.instrumented"
fi

out="$work/out/$target"
corpus="fuzz/corpus/$target"
[ -d "$corpus" ] || { echo "no seed corpus $corpus" >&2; exit 2; }
mkdir -p "$out"
# afl-fuzz wants seeds no larger than its limit and one folder; the saved regressions are seeds too.
seeds="$work/seeds/$target"
rm -rf "$seeds" && mkdir -p "$seeds"
cp "$corpus"/* "$seeds"/
[ -d "fuzz/regressions/$target" ] && cp "fuzz/regressions/$target"/* "$seeds"/ 2>/dev/null || true

# The machine is shared: lowest priority, no CPU binding, and no complaints about the CPU governor or core pattern.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_AUTORESUME=1 DOTNET_TieredPGO=0
# -t: one input may run 2 s before it is a hang (the smoke bound); -E/-V: stop at max_execs or max_seconds.
# On a loaded machine the dry run has once seen an empty coverage map ("No instrumentation detected") on a target that
# starts fine the next time: up to three tries.
for try in 1 2 3; do
  nice -n 19 afl-fuzz -i "$seeds" -o "$out" -t 2000 -m none -E "$max_execs" -V "$max_seconds" \
    -- dotnet "$publish/RegionLens.Fuzz.dll" afl "$target" >"$out/afl.log" 2>&1 || true
  grep -q "No instrumentation detected" "$out/afl.log" || break
  echo "try $try: afl-fuzz saw no instrumentation in the dry run; again" >&2
done

stats="$out/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability)\b' "$stats"
else
  echo "afl-fuzz wrote no fuzzer_stats; see $out/afl.log" >&2
  tail -20 "$out/afl.log" >&2
  exit 1
fi
