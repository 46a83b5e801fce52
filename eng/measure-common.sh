# Shared by eng/measure-build.sh and eng/measure-registrations.sh (sourced, not run): the environment of every build,
# the machine header, and the arithmetic the reports use.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

# print_machine WORK: what the figures were measured on.
print_machine() {
  echo "== machine"
  echo "cores: $(nproc); cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; SDK $(dotnet --version)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "work folder: $1"
}

# calc EXPRESSION: arithmetic with awk (bc is not on every machine).
calc() { awk "BEGIN { x = $1; printf \"%.4f\", x }"; }

# median: of the numbers on standard input, one per line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# analyzer_seconds LOG: the analyzers' total execution time a compiler run with /reportanalyzer printed (0 without analyzers).
analyzer_seconds() { sed -nE 's/.*Total analyzer execution time: ([0-9.]+) seconds.*/\1/p' "$1" | tail -1 | grep . || echo 0; }
