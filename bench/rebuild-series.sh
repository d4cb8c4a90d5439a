#!/usr/bin/env bash
# A cold build and a rebuild after one body edit of a project that bench/build-scale.sh set up, each run on a fresh
# compiler server, printing the server's memory before the rebuild, its memory every 0.05 s while the rebuild runs (when
# it changed, "seconds:MB"), its peak, and its resident memory by kind after each build (RssAnon: the collector's heap
# and other private memory; RssFile: mapped files, the compiler's own DLLs among them; RssShmem: here the JIT's code,
# which the runtime maps twice). Shows where a rebuild's peak comes from and how much it varies for the same code.
# Not part of `dotnet test`.
# Usage: bench/rebuild-series.sh WORK [RUNS=3] [PROJECT=app], WORK being the folder build-scale.sh printed last
# (PROJECT=baseline for its baseline project).
set -uo pipefail
work=$1
runs=${2:-3}
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER
cd "$work/${3:-app}"
log=$(mktemp)
first=$(ls content/papers/*.md | head -n 1)
cp "$first" "$log.first"
kinds() { awk '/RssAnon|RssFile|RssShmem/ {printf " %s %d MB", $1, $2 / 1024}' "/proc/$1/status"; }
for r in $(seq "$runs"); do
  dotnet build-server shutdown > /dev/null 2>&1
  rm -rf obj/Debug bin
  cp "$log.first" "$first"
  dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true > "$log" 2>&1 || { tail -20 "$log"; exit 1; }
  pid=$(pgrep -f VBCSCompiler | head -n 1)
  cold="cold: peak $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status") MB,$(kinds "$pid")"
  sed -i 's/^## Key Findings/One more sentence in this body.\n\n## Key Findings/' "$first"
  before=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  rm -f "$log.done"
  (dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true > "$log" 2>&1; touch "$log.done") &
  start=$(date +%s.%N)
  series=""
  last=$before
  while [ ! -f "$log.done" ]; do
    now=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null)
    if [ -n "$now" ] && [ "$now" != "$last" ]; then
      series="$series $(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $start}"):$now"
      last=$now
    fi
    sleep 0.05
  done
  wait
  echo "run $r: $cold"
  echo "run $r: rebuild: $before MB before, peak $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status") MB,$(kinds "$pid"); during it:$series"
done
cp "$log.first" "$first"
dotnet build-server shutdown > /dev/null 2>&1
rm -f "$log" "$log.done" "$log.first"
