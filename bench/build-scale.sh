#!/usr/bin/env bash
# Builds a consumer of N synthetic papers with `dotnet build`, as users build: the compiler server on. Prints the
# wall time and the peak memory of the compiler server for a cold build, then for a rebuild after editing one body.
# Usage: bench/build-scale.sh [N=10000] [MSBuild arguments for both builds, e.g. -p:ContentGenPaperProperties=false].
# Not part of `dotnet test`.
set -euo pipefail
n=${1:-10000}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/contentgen-scale-XXXXXX)
version="0.1.0-scale.$(date +%s)"
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# As users build: with the compiler server (some machines, CI among them, turn it off in the environment).
unset UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER

dotnet pack "$root/src/Generator" -c Release -o "$work/feed" "-p:ContentGenVersion=$version" > "$work/pack.log"
dotnet run -c Release --project "$root/bench/ContentGen.Benchmarks" -- corpus "$n" "$work/app"
cd "$work/app"
cat > nuget.config <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
cat > App.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="ContentGen" Version="$version" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine(App.Papers.All.Count + " papers; first body " + App.Papers.All[0].Html.Length + " chars");' > Program.cs
dotnet restore > "$work/restore.log"
corpus_bytes=$(cat content/papers/*.md | wc -c)

measure() { # $1 = label
  local label=$1 start end pid peak
  shift
  start=$(date +%s.%N)
  dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true "$@" > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
  end=$(date +%s.%N)
  pid=$(pgrep -f VBCSCompiler | head -n 1 || true)
  peak=$( [ -n "$pid" ] && awk '/VmHWM/ {print $2}' "/proc/$pid/status" || echo 0)
  printf '%-28s %8.1f s   compiler server peak %6d MB\n' "$label" "$(awk "BEGIN {print $end - $start}")" "$((peak / 1024))"
}

dotnet build-server shutdown > /dev/null 2>&1 || true
echo "ContentGen $version, $n papers, corpus $((corpus_bytes / 1024 / 1024)) MB${*:+, build arguments: $*}"
measure "cold build" "$@"
for first in content/papers/*.md; do break; done
sed -i 's/^## Key Findings/One more sentence in this body.\n\n## Key Findings/' "$first"
measure "rebuild after a body edit" "$@"
dotnet run --no-build
dotnet build-server shutdown > /dev/null 2>&1 || true
echo "work folder: $work (delete it when done)"
