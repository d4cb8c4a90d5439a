#!/usr/bin/env bash
# Cold builds of a project that bench/build-scale.sh set up, each on a fresh compiler server, printing the server's
# peak memory (VmHWM), its resident memory by kind after the build, and its memory every half second (sampled every
# 0.1 s), to see where a build's peak comes from and how much it varies for the same code. With REBUILD=1, each cold
# build is followed by a rebuild after one body edit, sampled the same way, with the server's memory before it: what
# the rebuild adds, and what the cold build left. The kinds: RssAnon (the collector's heap and other private memory),
# RssFile (mapped files, the compiler's DLLs among them), RssShmem (here the JIT's code, which the runtime maps twice).
# Not part of `dotnet test`.
# Usage: bench/server-peaks.sh WORK [RUNS=3] [PROJECT=app], WORK being the folder build-scale.sh printed last
# (PROJECT=baseline for its baseline); extra MSBuild arguments for the builds go in EXTRA, e.g.
# EXTRA=-p:ContentGenTaskHost=true.
set -uo pipefail
work=$1
runs=${2:-3}
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER
cd "$work/${3:-app}"
log=$(mktemp)
first=$(ls content/papers/*.md | head -n 1)
cp "$first" "$log.first"

sampled_build() { # $1 = label: one build, the server's memory sampled through it, then its peak and memory by kind
  local label=$1 start series="" pid
  rm -f "$log.done"
  (dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true ${EXTRA:-} > "$log" 2>&1; touch "$log.done") &
  start=$(date +%s.%N)
  while [ ! -f "$log.done" ]; do
    pid=$(pgrep -f VBCSCompiler | head -n 1)
    if [ -n "$pid" ]; then
      series="$series $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $start}"):$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null)"
    fi
    sleep 0.1
  done
  wait
  pid=$(pgrep -f VBCSCompiler | head -n 1)
  echo "$label: server peak $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status") MB;$(awk '/RssAnon|RssFile|RssShmem/ {printf " %s %d MB", $1, $2 / 1024}' "/proc/$pid/status")"
  echo "$series" | tr ' ' '\n' | awk -F: 'NF == 2 { b = int($1 * 2) / 2; if ($2 > m[b]) m[b] = $2; if (!(b in seen)) { seen[b] = 1; order[++n] = b } } END { printf "  MB by time (s):"; for (i = 1; i <= n; i++) printf " %s:%s", order[i], m[order[i]]; print "" }'
}

for r in $(seq "$runs"); do
  dotnet build-server shutdown > /dev/null 2>&1
  rm -rf obj/Debug bin
  cp "$log.first" "$first"
  sampled_build "run $r"
  if [ -n "${REBUILD:-}" ]; then
    sed -i 's/^## Key Findings/One more sentence in this body.\n\n## Key Findings/' "$first"
    echo "run $r: server before the rebuild $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$(pgrep -f VBCSCompiler | head -n 1)/status") MB"
    sampled_build "run $r, rebuild"
  fi
done
cp "$log.first" "$first"
rm -f "$log" "$log.done" "$log.first"
