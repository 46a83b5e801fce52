#!/usr/bin/env bash
# What the compiler does for KubeAnalyzers beyond what -p:ReportAnalyzer=true charges to it (docs/performance.md, "What the
# compiler does for an operation analyzer"). Generates the hazards project of eng/measure-build.sh, captures its compiler
# command line twice (every analyzer removed; the SDK's default analyzers and generators kept), then runs the compiler
# itself ($RUNS times each, rotating order, no MSBuild) with:
#   bare none        no analyzer at all
#   bare start       eng/RegistrationProbe registering a compilation start action only (the floor of any analyzer)
#   bare operations  eng/RegistrationProbe registering KubeAnalyzers' operation and operation block actions, doing nothing
#   bare kube        KubeAnalyzers
#   sdk  none        the SDK's default analyzers (.NET analyzers at the default analysis level) and generators
#   sdk  kube        the same and KubeAnalyzers
# and prints the medians of the wall-clock and CPU time of each compiler run, of the analyzer time it reports in all, and
# of the part of it charged to KubeAnalyzers.
#
#   eng/measure-registrations.sh                  # FILES=2000 RUNS=4
#   FILES=200 RUNS=1 eng/measure-registrations.sh # a check that the script works
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

FILES=${FILES:-2000}
RUNS=${RUNS:-4}
work=${WORK:-$(mktemp -d /tmp/measure-registrations.XXXXXX)}
source eng/measure-common.sh
print_machine "$work"

echo "== building the analyzers, the probe and the generator (Release)"
dotnet build src/KubeAnalyzers.CodeFixes -c Release -nologo -v:q >/dev/null
dotnet build eng/RegistrationProbe -c Release -nologo -v:q >/dev/null
dotnet build tests/KubeAnalyzers.Benchmarks -c Release -nologo -v:q >/dev/null
analyzers="$repo/src/KubeAnalyzers.CodeFixes/bin/Release/netstandard2.0"
probe="$repo/eng/RegistrationProbe/bin/Release/netstandard2.0/RegistrationProbe.dll"
generator="$repo/tests/KubeAnalyzers.Benchmarks/bin/Release/net10.0/KubeAnalyzers.Benchmarks.dll"

project="$work/hazards"
dotnet "$generator" generate "$project" "$FILES" hazards records
cat >"$project/Analyzers.targets" <<'EOF'
<Project>
  <Target Name="RemoveAnalyzers" BeforeTargets="CoreCompile" Condition="'$(RemoveAnalyzers)' == 'true'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" />
    </ItemGroup>
  </Target>
</Project>
EOF
dotnet restore "$project" -nologo -v:q

# The compiler's command line of one build, as a response file that writes its output under $work/out.
# Run from the project folder: its paths are relative to it.
mkdir -p "$work/out/ref"
capture() {
  local name=$1 remove=$2 log="$work/$1-capture.log" csc
  dotnet build "$project" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false \
    -p:RemoveAnalyzers="$remove" -nologo -v:d >"$log" 2>&1
  csc=$(grep -m1 -E '^ +/.*/Roslyn/bincore/csc ' "$log" | sed -E 's/^ +//')
  echo "${csc%% *}" >"$work/csc-path"
  echo "${csc#* }" | sed -E "s#/out:[^ ]*#/out:$work/out/Generated.dll#; s#/refout:[^ ]*#/refout:$work/out/ref/Generated.dll#" >"$work/$name.rsp"
}
capture bare true
capture sdk false
csc=$(cat "$work/csc-path")
printf 'is_global = true\nkubeanalyzers_probe = operations\n' >"$work/operations.globalconfig"
echo "sdk analyzers: $(grep -o '/analyzer:[^ ]*' "$work/sdk.rsp" | sed 's#.*/##' | tr '\n' ' ')"

declare -A results
variants=(bare:none bare:start bare:operations bare:kube sdk:none sdk:kube)
echo "== $RUNS compiler runs of each variant, in rotating order"
printf '  %-3s %-5s %-11s %8s %8s %11s %8s %6s\n' run line variant "wall s" "CPU s" "analyzers s" "kube s" K8S
for run in $(seq 1 "$RUNS"); do
  for i in $(seq 0 $((${#variants[@]} - 1))); do
    entry=${variants[$(((i + run) % ${#variants[@]}))]}
    line=${entry%%:*} variant=${entry##*:}
    extra=()
    case $variant in
      start) extra=("/analyzer:$probe") ;;
      operations) extra=("/analyzer:$probe" "/analyzerconfig:$work/operations.globalconfig") ;;
      kube) extra=("/analyzer:$analyzers/KubeAnalyzers.dll" "/analyzer:$analyzers/KubeAnalyzers.CodeFixes.dll") ;;
    esac
    log="$work/$line-$variant-$run.log"
    TIMEFORMAT="%R %U %S"
    if ! times=$({ time (cd "$project" && "$csc" "@$work/$line.rsp" /reportanalyzer "${extra[@]}" >"$log" 2>&1); } 2>&1); then
      echo "compiler run $line $variant failed; see $log" >&2
      exit 1
    fi
    read -r real user sys <<<"$times"
    cpu=$(calc "$user + $sys")
    analyzer=$(analyzer_seconds "$log")
    kube=$(sed -nE 's/^ +([0-9.]+) +[0-9]+ +KubeAnalyzers,.*/\1/p' "$log" | head -1 | grep . || echo 0)
    k8s=$(grep -c 'warning K8S' "$log" || true)
    if [ "$variant" = operations ] && ! grep -q 'warning PROBE0001' "$log"; then
      echo "the probe registered no operation action in $log" >&2
      exit 1
    fi
    results[$entry:wall]+="$real " results[$entry:cpu]+="$cpu " results[$entry:analyzers]+="$analyzer " results[$entry:kube]+="$kube "
    printf '  %-3s %-5s %-11s %8.2f %8.2f %11.3f %8.3f %6s\n' "$run" "$line" "$variant" "$real" "$cpu" "$analyzer" "$kube" "$k8s"
  done
done
echo "probe, last run: $(grep -m1 -o 'Probe: [^[]*' "$work/bare-operations-$RUNS.log")"

runs_of() { echo "${results[$1]}" | tr ' ' '\n' | grep . | median; }
echo "== medians ($FILES files; $RUNS compiler runs each)"
printf '%-5s %-11s %8s %8s %11s %8s %14s\n' line variant "wall s" "CPU s" "analyzers s" "kube s" "wall vs none"
for entry in "${variants[@]}"; do
  line=${entry%%:*}
  wall=$(runs_of "$entry:wall") none=$(runs_of "$line:none:wall")
  printf '%-5s %-11s %8.2f %8.2f %11.3f %8.3f %+13.1f%%\n' "$line" "${entry##*:}" "$wall" "$(runs_of "$entry:cpu")" \
    "$(runs_of "$entry:analyzers")" "$(runs_of "$entry:kube")" "$(calc "($wall - $none) * 100 / $none")"
done
