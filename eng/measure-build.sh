#!/usr/bin/env bash
# What the analyzers cost a build (docs/performance.md): generates two projects of $FILES files with the benchmarks'
# generator (plain C#; and plain C# with manifests and hazards, against the stand-ins), builds each without analyzers,
# with KubeAnalyzers and with Meziantou.Analyzer, $RUNS times in alternation, and prints the medians and ratios; then
# builds with -p:ReportAnalyzer=true and prints each analyzer's own execution time.
#
#   eng/measure-build.sh                      # FILES=2000 RUNS=5
#   FILES=500 RUNS=3 eng/measure-build.sh     # a quicker look
#
# Every build is `dotnet build --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false` after one
# restore: --no-incremental compiles every time, and without the compiler server each build runs a new csc process, so
# no build inherits a warm JIT, loaded analyzers or caches from the build before it (of another variant), and the
# analyzers' load and JIT time is counted, as in a CI build. USE_SHARED_COMPILATION=true measures with the server instead
# (shut down first, then shared by all three variants alike).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

FILES=${FILES:-2000}
RUNS=${RUNS:-5}
REPORT_RUNS=${REPORT_RUNS:-3}
MEZIANTOU_VERSION=${MEZIANTOU_VERSION:-3.0.321}
USE_SHARED_COMPILATION=${USE_SHARED_COMPILATION:-false}
work=${WORK:-$(mktemp -d /tmp/measure-build.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

echo "== machine"
echo "cores: $(nproc); cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; SDK $(dotnet --version)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work folder: $work"

echo "== building the analyzers and the generator (Release)"
dotnet build src/KubeAnalyzers.CodeFixes -c Release -nologo -v:q >/dev/null
dotnet build tests/KubeAnalyzers.Benchmarks -c Release -nologo -v:q >/dev/null
analyzers="$repo/src/KubeAnalyzers.CodeFixes/bin/Release/netstandard2.0"
generator="$repo/tests/KubeAnalyzers.Benchmarks/bin/Release/net10.0/KubeAnalyzers.Benchmarks.dll"

# The three variants of one project: every analyzer and generator the SDK adds is removed (the .NET analyzers and the
# targeting pack's source generators), then only the variant's analyzers are put back. Meziantou.Analyzer is restored
# for every variant so that one restore serves all three.
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

# calc EXPRESSION: arithmetic with awk (bc is not on every machine).
calc() { awk "BEGIN { x = $1; printf \"%.4f\", x }"; }

# build PROJECT VARIANT LOG [extra MSBuild arguments]: prints the wall-clock seconds of `dotnet build`.
build() {
  local project=$1 variant=$2 log=$3
  shift 3
  local start end
  start=$(date +%s.%N)
  if ! dotnet build "$work/$project" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation="$USE_SHARED_COMPILATION" \
    -p:Variant="$variant" -nologo -clp:PerformanceSummary "$@" >"$log" 2>&1; then
    echo "build of $project ($variant) failed; see $log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  calc "$end - $start"
}

# The Csc task's own time in a build log (milliseconds), from the performance summary.
csc_ms() { sed -nE 's/^ +([0-9]+) ms +Csc +[0-9]+ calls.*/\1/p' "$1" | tail -1; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -A wall csc
variants=(none kube meziantou)
echo "== $RUNS builds of each project and variant, alternating (wall-clock s / Csc task s)"
for run in $(seq 1 "$RUNS"); do
  for project in plain hazards; do
    # Rotate the order each run, so that no variant always follows the same one.
    for i in 0 1 2; do
      variant=${variants[$(((i + run) % 3))]}
      log="$work/$project-$variant-$run.log"
      seconds=$(build "$project" "$variant" "$log")
      wall[$project-$variant]+="$seconds "
      csc[$project-$variant]+="$(calc "$(csc_ms "$log") / 1000") "
      printf '  run %d  %-8s %-10s %7.2f s  (Csc %6.2f s)\n' "$run" "$project" "$variant" "$seconds" "$(calc "$(csc_ms "$log") / 1000")"
    done
  done
done

# Each analyzer's own time, from the compiler's -p:ReportAnalyzer=true report (printed at detailed verbosity).
declare -A analyzer_time
echo "== $REPORT_RUNS builds with -p:ReportAnalyzer=true per project and variant"
for run in $(seq 1 "$REPORT_RUNS"); do
  for project in plain hazards; do
    for variant in kube meziantou; do
      log="$work/$project-$variant-report-$run.log"
      build "$project" "$variant" "$log" -p:ReportAnalyzer=true -v:d >/dev/null
      seconds=$(sed -nE 's/.*Total analyzer execution time: ([0-9.]+) seconds.*/\1/p' "$log" | tail -1)
      analyzer_time[$project-$variant]+="$seconds "
      printf '  run %d  %-8s %-10s analyzer execution time %s s\n' "$run" "$project" "$variant" "$seconds"
    done
  done
done

echo "== per-analyzer report of the last hazards build with KubeAnalyzers"
sed -nE '/Total analyzer execution time/,/All analyzers|concurrent execution/p' "$work/hazards-kube-report-$REPORT_RUNS.log" | sed -E 's/^ +//' | cut -c1-120

echo "== medians ($FILES files; $RUNS builds each; compiler server: $USE_SHARED_COMPILATION)"
printf '%-8s %-10s %10s %10s %12s %14s\n' project variant "build s" "Csc s" "analyzers s" "vs none build"
for project in plain hazards; do
  base=$(echo "${wall[$project-none]}" | tr ' ' '\n' | grep . | median)
  for variant in "${variants[@]}"; do
    w=$(echo "${wall[$project-$variant]}" | tr ' ' '\n' | grep . | median)
    c=$(echo "${csc[$project-$variant]}" | tr ' ' '\n' | grep . | median)
    a=-
    if [ "$variant" != none ]; then
      a=$(echo "${analyzer_time[$project-$variant]}" | tr ' ' '\n' | grep . | median)
    fi
    printf '%-8s %-10s %10.2f %10.2f %12s %+13.1f%%\n' "$project" "$variant" "$w" "$c" "$a" "$(calc "($w - $base) * 100 / $base")"
  done
done

echo "== ratios"
for project in plain hazards; do
  base=$(echo "${wall[$project-none]}" | tr ' ' '\n' | grep . | median)
  kube=$(echo "${analyzer_time[$project-kube]}" | tr ' ' '\n' | grep . | median)
  mez=$(echo "${analyzer_time[$project-meziantou]}" | tr ' ' '\n' | grep . | median)
  printf '%-8s KubeAnalyzers analyzer time / build without analyzers: %.2f%%; / Meziantou.Analyzer analyzer time: %.3f\n' \
    "$project" "$(calc "$kube * 100 / $base")" "$(calc "$mez > 0 ? $kube / $mez : 0")"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
