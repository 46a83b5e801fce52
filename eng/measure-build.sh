#!/usr/bin/env bash
# What the analyzers cost a build (docs/performance.md): generates two projects of $FILES files with the benchmarks'
# generator (plain C#; and plain C# with manifests and hazards, against the stand-ins), builds the plain one without
# analyzers and with KubeAnalyzers, the other also with KubeAnalyzers' IL-only assembly (what hosts other than linux-x64
# run) and with Meziantou.Analyzer, $RUNS times in rotating order, each build with
# -p:ReportAnalyzer=true; prints the medians of the wall-clock, CPU, Csc task and analyzer times, and the targets' ratios.
#
#   eng/measure-build.sh                      # FILES=2000 RUNS=5
#   FILES=500 RUNS=3 eng/measure-build.sh     # a quicker look
#
# Every build is `dotnet build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false` after one
# restore: --no-incremental compiles every time, and without the compiler server each build runs a new csc process, so
# no build inherits a warm JIT, loaded analyzers or caches from the build before it (of another variant), and the
# analyzers' load and JIT time is counted, as in a CI build. USE_SHARED_COMPILATION=true measures with the server instead
# (shut down first, then shared by all variants alike).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

FILES=${FILES:-2000}
RUNS=${RUNS:-5}
MEZIANTOU_VERSION=${MEZIANTOU_VERSION:-3.0.321}
USE_SHARED_COMPILATION=${USE_SHARED_COMPILATION:-false}
work=${WORK:-$(mktemp -d /tmp/measure-build.XXXXXX)}
source eng/measure-common.sh
print_machine "$work"

echo "== building the analyzers and the generator (Release)"
dotnet build src/KubeAnalyzers.CodeFixes -c Release -nologo -v:q >/dev/null
dotnet build tests/KubeAnalyzers.Benchmarks -c Release -nologo -v:q >/dev/null
analyzers="$repo/src/KubeAnalyzers.CodeFixes/bin/Release/netstandard2.0"
# The analyzer assembly as the C# compiler wrote it, before its ReadyToRun compilation (src/KubeAnalyzers/KubeAnalyzers.csproj):
# what every host other than a .NET runtime on linux-x64 runs.
il_analyzer="$repo/src/KubeAnalyzers/obj/Release/netstandard2.0/KubeAnalyzers.dll"
generator="$repo/tests/KubeAnalyzers.Benchmarks/bin/Release/net10.0/KubeAnalyzers.Benchmarks.dll"

# The variants of one project: every analyzer and generator the SDK adds is removed (the .NET analyzers and the
# targeting pack's source generators), then only the variant's analyzers are put back. Meziantou.Analyzer is restored
# for every variant so that one restore serves all of them.
write_targets() {
  cat >"$1/Analyzers.targets" <<EOF
<Project>
  <ItemGroup>
    <PackageReference Include="Meziantou.Analyzer" Version="$MEZIANTOU_VERSION" PrivateAssets="all" />
  </ItemGroup>
  <Target Name="SelectAnalyzers" BeforeTargets="CoreCompile">
    <ItemGroup>
      <_KeptAnalyzer Include="@(Analyzer)" Condition="'\$(Variant)' == 'meziantou' and '%(Analyzer.NuGetPackageId)' == 'Meziantou.Analyzer'" />
      <Analyzer Remove="@(Analyzer)" />
      <Analyzer Include="@(_KeptAnalyzer)" />
      <Analyzer Include="$analyzers/KubeAnalyzers.dll;$analyzers/KubeAnalyzers.CodeFixes.dll" Condition="'\$(Variant)' == 'kube'" />
      <Analyzer Include="$il_analyzer;$analyzers/KubeAnalyzers.CodeFixes.dll" Condition="'\$(Variant)' == 'kube-il'" />
    </ItemGroup>
  </Target>
</Project>
EOF
}

for project in plain hazards; do
  dotnet "$generator" generate "$work/$project" "$FILES" "$project" records
  write_targets "$work/$project"
  dotnet restore "$work/$project" -nologo -v:q
done

if [ "$USE_SHARED_COMPILATION" = true ]; then
  dotnet build-server shutdown >/dev/null
fi

# build PROJECT VARIANT LOG: one build; prints "wall-seconds cpu-seconds" (CPU: user + system of dotnet and csc).
# Every build reports its analyzers' own time (-p:ReportAnalyzer=true, printed at detailed verbosity), the build
# without analyzers too, so that all variants pay the same logging.
build() {
  local project=$1 variant=$2 log=$3 times
  local TIMEFORMAT="%R %U %S"
  if ! times=$({ time dotnet build "$work/$project" --no-restore --no-incremental -nodeReuse:false \
    -p:UseSharedCompilation="$USE_SHARED_COMPILATION" -p:Variant="$variant" -p:ReportAnalyzer=true \
    -nologo -v:d -clp:PerformanceSummary >"$log" 2>&1; } 2>&1); then
    echo "build of $project ($variant) failed; see $log" >&2
    exit 1
  fi
  read -r real user sys <<<"$times"
  echo "$real $(calc "$user + $sys")"
}

# The Csc task's own seconds, from a build log.
csc_seconds() { calc "$(sed -nE 's/^ +([0-9]+) ms +Csc +[0-9]+ calls.*/\1/p' "$1" | tail -1) / 1000"; }

declare -A results
runs_of() { echo "${results[$1]}" | tr ' ' '\n' | grep . | median; }
builds=(plain:none plain:kube hazards:none hazards:kube hazards:kube-il hazards:meziantou)
echo "== $RUNS builds of each project and variant, in rotating order"
printf '  %-3s %-8s %-10s %8s %8s %8s %11s %6s\n' run project variant "wall s" "CPU s" "Csc s" "analyzers s" load
for run in $(seq 1 "$RUNS"); do
  # Rotate the order each run, so that no variant always follows the same one.
  for i in $(seq 0 $((${#builds[@]} - 1))); do
    entry=${builds[$(((i + run) % ${#builds[@]}))]}
    project=${entry%%:*} variant=${entry##*:}
    log="$work/$project-$variant-$run.log"
    read -r wall cpu <<<"$(build "$project" "$variant" "$log")"
    csc=$(csc_seconds "$log")
    analyzers=$(analyzer_seconds "$log")
    results[$entry:wall]+="$wall " results[$entry:cpu]+="$cpu " results[$entry:csc]+="$csc " results[$entry:analyzers]+="$analyzers "
    results[$entry:share]+="$(calc "$analyzers * 100 / $csc") "
    printf '  %-3s %-8s %-10s %8.2f %8.2f %8.2f %11.3f %6s\n' "$run" "$project" "$variant" "$wall" "$cpu" "$csc" "$analyzers" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done

echo "== per-analyzer report of the last hazards build with KubeAnalyzers"
sed -nE '/Total analyzer execution time/,/concurrent execution/p' "$work/hazards-kube-$RUNS.log" | sed -E 's/^ +//' | cut -c1-120

echo "== medians ($FILES files each; $RUNS builds each; compiler server: $USE_SHARED_COMPILATION)"
printf '%-8s %-10s %8s %8s %8s %11s %16s %14s\n' project variant "wall s" "CPU s" "Csc s" "analyzers s" "analyzers/Csc" "wall vs none"
for entry in "${builds[@]}"; do
  project=${entry%%:*} variant=${entry##*:}
  none=$(runs_of "$project:none:wall")
  wall=$(runs_of "$entry:wall")
  printf '%-8s %-10s %8.2f %8.2f %8.2f %11.3f %15.2f%% %+13.1f%%\n' "$project" "$variant" "$wall" "$(runs_of "$entry:cpu")" \
    "$(runs_of "$entry:csc")" "$(runs_of "$entry:analyzers")" "$(runs_of "$entry:share")" "$(calc "($wall - $none) * 100 / $none")"
done

echo "== targets"
for project in plain hazards; do
  printf '%-8s KubeAnalyzers analyzer time / build without analyzers (wall): %.2f%%\n' "$project" \
    "$(calc "$(runs_of "$project:kube:analyzers") * 100 / $(runs_of "$project:none:wall")")"
done
printf 'hazards  KubeAnalyzers analyzer time / Meziantou.Analyzer analyzer time: %.3f\n' \
  "$(calc "$(runs_of hazards:kube:analyzers) / $(runs_of hazards:meziantou:analyzers)")"
printf 'hazards  the same, IL only (hosts other than linux-x64): %.2f%% of the build without analyzers; %.3f of Meziantou.Analyzer\n' \
  "$(calc "$(runs_of hazards:kube-il:analyzers) * 100 / $(runs_of hazards:none:wall)")" \
  "$(calc "$(runs_of hazards:kube-il:analyzers) / $(runs_of hazards:meziantou:analyzers)")"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
