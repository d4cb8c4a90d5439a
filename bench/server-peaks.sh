#!/usr/bin/env bash
# Cold builds of a project that bench/build-scale.sh set up, each on a fresh compiler server, printing the server's
# peak memory (VmHWM) and its memory every half second (sampled every 0.1 s), to see where a build's peak comes from
# and how much it varies for the same code. Not part of `dotnet test`.
# Usage: bench/server-peaks.sh WORK [RUNS=3] [PROJECT=app], WORK being the folder build-scale.sh printed last; extra
# MSBuild arguments for the builds go in EXTRA, e.g. EXTRA=-p:ContentGenTaskHost=true.
set -uo pipefail
work=$1
runs=${2:-3}
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER
cd "$work/${3:-app}"
log=$(mktemp)
for r in $(seq "$runs"); do
  dotnet build-server shutdown > /dev/null 2>&1
  rm -rf obj/Debug bin
  rm -f "$log.done"
  (dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true ${EXTRA:-} > "$log" 2>&1; touch "$log.done") &
  start=$(date +%s.%N)
  series=""
  while [ ! -f "$log.done" ]; do
    pid=$(pgrep -f VBCSCompiler | head -n 1)
    if [ -n "$pid" ]; then
      series="$series $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $start}"):$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null)"
    fi
    sleep 0.1
  done
  wait
  pid=$(pgrep -f VBCSCompiler | head -n 1)
  echo "run $r: server peak $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status") MB"
  echo "$series" | tr ' ' '\n' | awk -F: 'NF == 2 { b = int($1 * 2) / 2; if ($2 > m[b]) m[b] = $2; if (!(b in seen)) { seen[b] = 1; order[++n] = b } } END { printf "  MB by time (s):"; for (i = 1; i <= n; i++) printf " %s:%s", order[i], m[order[i]]; print "" }'
done
rm -f "$log" "$log.done"
