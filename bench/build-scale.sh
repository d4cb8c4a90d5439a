#!/usr/bin/env bash
# Builds a consumer of N synthetic papers with `dotnet build`, as users build: the compiler server on. Prints the
# wall time and the peak memory of the compiler server for a cold build, then for a rebuild after editing one body,
# and first the same two builds of the baseline: the same project with the same AdditionalFiles and, instead of
# ContentGen, a generator that only reads each file's text (bench/TextReader), with the compiler features ContentGen's
# targets turn on, so its server also keeps the previous build's state. Its peaks are what the compiler holds of the
# files and of itself, which are not ContentGen's: each ContentGen peak is compared with the baseline's peak after the
# same build. Then runs the app, which prints how long the first access to Papers.All and the first read of a body took.
# Usage: bench/build-scale.sh [N=10000] [MSBuild arguments for both builds, e.g. -p:ContentGenPaperProperties=false].
# REBUILDS=K (default 1) adds K - 1 rebuilds, each after another edit of the same body, to both, and prints the
# server's memory after each (VmRSS) beside its peak: what it holds between builds as an editing session goes on.
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
cat > Program.cs <<'CS'
var watch = System.Diagnostics.Stopwatch.StartNew();
var count = App.Papers.All.Count;
var all = watch.Elapsed.TotalMilliseconds;
var html = App.Papers.All[count / 2].Html;
var body = watch.Elapsed.TotalMilliseconds - all;
System.Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} papers; first Papers.All {all:0.0} ms; then first body ({html.Length} chars) {body:0.00} ms"));
CS
dotnet restore > "$work/restore.log"
corpus_bytes=$(find content/papers -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')

measure() { # $1 = label; then the build's arguments. With NOW set, the server's memory after the build too.
  local label=$1 start end pid peak now
  shift
  start=$(date +%s.%N)
  dotnet build --no-restore -v:q -nologo -p:UseSharedCompilation=true "$@" > "$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
  end=$(date +%s.%N)
  pid=$(pgrep -f VBCSCompiler | head -n 1 || true)
  peak=$( [ -n "$pid" ] && awk '/VmHWM/ {print $2}' "/proc/$pid/status" || echo 0)
  now=$( [ -n "$pid" ] && awk '/VmRSS/ {print $2}' "/proc/$pid/status" || echo 0)
  printf '%-28s %8.1f s   compiler server peak %6d MB%s\n' "$label" "$(awk "BEGIN {print $end - $start}")" "$((peak / 1024))" \
    "${NOW:+, now $((now / 1024)) MB}"
}

again() { # $1 = label prefix, $2 = build number; then the build's arguments: one more edit of the first body, a rebuild
  local label=$1 number=$2
  shift 2
  sed -i "s/^## Key Findings/Sentence $number of this session.\n\n## Key Findings/" "$first"
  NOW=1 measure "$label build $number, another edit" "$@"
}

# The baseline: the same files as AdditionalFiles of a project without ContentGen, whose only generator reads their
# texts, on a fresh compiler server.
dotnet build "$root/bench/TextReader" -c Release -o "$work/textreader" > "$work/textreader.log"
mkdir -p "$work/baseline" && ln -s "$work/app/content" "$work/baseline/content"
cat > "$work/baseline/Baseline.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <PropertyGroup><Features>\$(Features);enable-generator-cache</Features></PropertyGroup>
  <ItemGroup><AdditionalFiles Include="content/**/*.md" /><Analyzer Include="$work/textreader/ContentGen.Bench.TextReader.dll" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine("baseline");' > "$work/baseline/Main.cs"
(cd "$work/baseline" && dotnet restore > "$work/baseline-restore.log")
dotnet build-server shutdown > /dev/null 2>&1 || true
echo "ContentGen $version, $n papers, corpus $((corpus_bytes / 1024 / 1024)) MB${*:+, build arguments: $*}"
for first in content/papers/*.md; do break; done
cp "$first" "$work/first.md"
(cd "$work/baseline" && measure "baseline: cold build")
sed -i 's/^## Key Findings/One more sentence in this body.\n\n## Key Findings/' "$first"
(cd "$work/baseline" && measure "baseline: rebuild after the edit")
for k in $(seq 3 $((${REBUILDS:-1} + 1))); do (cd "$work/baseline" && again "baseline:" "$k"); done
cp "$work/first.md" "$first"
dotnet build-server shutdown > /dev/null 2>&1 || true
measure "cold build" "$@"
sed -i 's/^## Key Findings/One more sentence in this body.\n\n## Key Findings/' "$first"
measure "rebuild after a body edit" "$@"
for k in $(seq 3 $((${REBUILDS:-1} + 1))); do again "ContentGen:" "$k" "$@"; done
dotnet run --no-build
dotnet build-server shutdown > /dev/null 2>&1 || true
echo "work folder: $work (delete it when done)"
