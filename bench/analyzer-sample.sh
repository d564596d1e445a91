#!/usr/bin/env bash
# The analyzers' cost in a real build: builds a copy of samples/OutageShaped twice from clean, with and without
# RegionLens.Analyzers, with -p:ReportAnalyzer=true, and prints each project's analyzer times and the build times.
# Usage: bench/analyzer-sample.sh [RUNS]   (the copy and the logs go to a temporary folder; the repository is not written)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/RegionLens.Analyzers" -c Release -nologo -v:q >/dev/null
out="$repo/src/RegionLens.Analyzers/bin/Release/netstandard2.0"

cp -r "$repo/samples/OutageShaped" "$work/sample"
cd "$work/sample"
dotnet restore -v:q >/dev/null

# What the package's build props do, with the analyzer assemblies taken from the Release build.
with_analyzers() {
  cat > Directory.Build.targets <<TARGETS
<Project>
  <ItemGroup>
    <Analyzer Include="$out/RegionLens.Analyzers.dll;$out/RegionLens.Core.dll" />
    <AdditionalFiles Include="\$(MSBuildProjectDirectory)/appsettings*.json" />
  </ItemGroup>
</Project>
TARGETS
}

# cold: every project's compiler is a new process (no compiler server), so each loads and compiles (JIT) the
# analyzers anew; warm: the compiler server of an ordinary build, measured after one build that warms it up.
build() { # MODE LOG
  local shared=false; [ "$1" = warm ] && shared=true
  dotnet build OutageShaped.slnx --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=$shared \
    -p:ReportAnalyzer=true -v:d -nologo > "$2" 2>&1
}

for run in $(seq "$runs"); do
  for compiler in cold warm; do
    for mode in without with; do
      rm -f Directory.Build.targets
      [ "$mode" = with ] && with_analyzers
      log="$work/$compiler-$mode-$run.log"
      [ "$compiler" = warm ] && build warm "$log"
      build "$compiler" "$log"
      echo "== $compiler compiler, $mode RegionLens.Analyzers, run $run: $(grep -E '^Time Elapsed' "$log")"
      grep -E 'Total analyzer execution time|^ +[0-9.]+ +[0-9]+ +RegionLens\.Analyzers\.RegionLensAnalyzer' "$log" \
        | sed -E 's/^ +/  /' || true
      grep -E ': warning RL[0-9]{4}' "$log" | sed -E 's#^ *[^ ]*/sample/([^ ]+\.cs\()#\1#; s# \[[^]]*\]$##' | sort -u || true
    done
  done
done
