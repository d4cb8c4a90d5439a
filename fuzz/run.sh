#!/usr/bin/env bash
# Fuzz DocumentParser.Parse, the contentgen.yaml reader (FUZZ_TARGET=config) or the BibTeX reader (FUZZ_TARGET=bib)
# with AFL++ through SharpFuzz.
#
#   fuzz/run.sh [EXECUTIONS]                      (default 1000000)
#   FUZZ_TARGET=config fuzz/run.sh [EXECUTIONS]   the config reader (ConfigReader.Read)
#   FUZZ_TARGET=bib fuzz/run.sh [EXECUTIONS]      the BibTeX reader (BibReader.Read)
#   FUZZ_TARGET=condensed fuzz/run.sh [EXECUTIONS]  the build step's condensed files (CondensedDocument)
#
# From a fresh clone, as root, on Debian with the .NET SDK: installs AFL++ (apt) and the sharpfuzz tool
# (into fuzz/.tools), publishes fuzz/ContentGen.Fuzz in Release, instruments the generator, YamlDotNet,
# Markdig and Tomlyn, seeds a corpus (papers: the repository's papers and test data; config: fuzz/config-seeds), runs one
# afl-fuzz instance for EXECUTIONS executions, prints what it did and copies every crashing or hanging input into
# tests/ContentGen.Tests/TestData/FuzzRegressions/ (crash-<n>.md, hang-<n>.md; config: ConfigFuzzRegressions/,
# crash-<n>.yaml, hang-<n>.yaml).
#
# With FUZZ_TARGET=bib: only the generator is instrumented, the seeds are fuzz/seeds/bib/*.bib and every .bib under
# tests/ContentGen.Tests/TestData/, the dictionary is fuzz/bibtex.dict, the working folder fuzz/.work/bib, and what it
# finds goes to tests/ContentGen.Tests/TestData/FuzzRegressions/bib/ (crash-<n>.bib, hang-<n>.bib).
#
# With FUZZ_TARGET=condensed: each input is read as a condensed file (the parse may only call it damaged) and, as a
# paper, condensed and parsed again (the same document and diagnostics as the Markdown's); the seeds are the papers'
# seeds and the same papers condensed, the working folder fuzz/.work/condensed, findings go to
# tests/ContentGen.Tests/TestData/FuzzRegressions/condensed/. The paper target runs the second check on every input too.
#
# Environment (all optional):
#   FUZZ_TARGET         paper (default), config, bib or condensed
#   FUZZ_TIMEOUT_MS     per-execution time-out in ms; slower is a hang (default 2000)
#   FUZZ_MAX_SECONDS    also stop after this many seconds (afl-fuzz -V; default: no limit)
#   FUZZ_WORK           working folder: build, corpus, findings, log (default fuzz/.work, config: fuzz/.work/config)
#
# Exit code: 0 when the run found nothing, 1 when it found crashes or hangs, other values on failure.
set -euo pipefail

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$FUZZ_DIR/.." && pwd)"
EXECS="${1:-1000000}"
TIMEOUT_MS="${FUZZ_TIMEOUT_MS:-2000}"
MAX_SECONDS="${FUZZ_MAX_SECONDS:-}"
TARGET="${FUZZ_TARGET:-paper}"
case "$TARGET" in
  paper)  DEFAULT_WORK="$FUZZ_DIR/.work";        DICT="$FUZZ_DIR/contentgen.dict"; REGRESSION_DIR="FuzzRegressions";       EXT="md"
          INSTRUMENT=(ContentGen.Generator.dll YamlDotNet.dll Markdig.dll Tomlyn.dll) ;;
  config) DEFAULT_WORK="$FUZZ_DIR/.work/config"; DICT="$FUZZ_DIR/config.dict";     REGRESSION_DIR="ConfigFuzzRegressions"; EXT="yaml"
          INSTRUMENT=(ContentGen.Generator.dll YamlDotNet.dll) ;;
  bib)    DEFAULT_WORK="$FUZZ_DIR/.work/bib";    DICT="$FUZZ_DIR/bibtex.dict";     REGRESSION_DIR="FuzzRegressions/bib";   EXT="bib"
          INSTRUMENT=(ContentGen.Generator.dll) ;;
  condensed) DEFAULT_WORK="$FUZZ_DIR/.work/condensed"; DICT="$FUZZ_DIR/contentgen.dict"; REGRESSION_DIR="FuzzRegressions/condensed"; EXT="md"
          INSTRUMENT=(ContentGen.Generator.dll YamlDotNet.dll Tomlyn.dll) ;;
  *) echo "FUZZ_TARGET is paper, config, bib or condensed, not '$TARGET'" >&2; exit 2 ;;
esac
WORK="${FUZZ_WORK:-$DEFAULT_WORK}"
TOOLS="$FUZZ_DIR/.tools"
PROJECT="$FUZZ_DIR/ContentGen.Fuzz/ContentGen.Fuzz.csproj"
BIN="$WORK/bin"                                   # published and instrumented: what afl-fuzz runs
PLAIN_BIN="$FUZZ_DIR/ContentGen.Fuzz/bin/Release/net10.0"   # the same build, not instrumented: for replay
CORPUS="$WORK/corpus"
FINDINGS="$WORK/findings"
REGRESSIONS="$REPO/tests/ContentGen.Tests/TestData/$REGRESSION_DIR"
SHARPFUZZ_VERSION="2.3.0"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

case "$EXECS" in
  '' | *[!0-9]*) echo "usage: $0 [EXECUTIONS]   (a positive whole number, got '$EXECS')" >&2; exit 2 ;;
esac

step() { printf '\n==> %s\n' "$*"; }

# --- 1. Tools --------------------------------------------------------------------------------------------
step "AFL++"
if ! command -v afl-fuzz > /dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "afl-fuzz is missing and this is not root: install the Debian package afl++ first" >&2
    exit 2
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y afl++
fi
afl-fuzz -h 2>&1 | head -n 1 || true

step "sharpfuzz $SHARPFUZZ_VERSION"
if [ ! -x "$TOOLS/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version "$SHARPFUZZ_VERSION" --tool-path "$TOOLS"
fi

# --- 2. Build and instrument -----------------------------------------------------------------------------
step "Build (Release) into $BIN"
rm -rf "$BIN"
dotnet publish "$PROJECT" -c Release -o "$BIN" -nologo -v quiet

step "Instrument"
# Only the code under test: instrumenting Roslyn or the runtime would slow every execution for no coverage.
for dll in "${INSTRUMENT[@]}"; do
  echo "sharpfuzz $dll"
  "$TOOLS/sharpfuzz" "$BIN/$dll"
done

# --- 3. Seed corpus --------------------------------------------------------------------------------------
step "Seed corpus in $CORPUS"
rm -rf "$CORPUS"
mkdir -p "$CORPUS"
n=0
if [ "$TARGET" = config ]; then
  # Small files that cover the format: the issue's example, the papers entry, every type, block style, errors.
  for seed in "$FUZZ_DIR"/config-seeds/*.yaml; do
    n=$((n + 1))
    cp "$seed" "$CORPUS/seed-$(printf '%03d' "$n")-$(basename "$seed")"
  done
else
  while IFS= read -r -d '' seed; do
    n=$((n + 1))
    # Small seeds fuzz faster: a paper's first 3 KB hold its whole front matter and the first body sections.
    head -c 3072 "$seed" > "$CORPUS/seed-$(printf '%03d' "$n")-$(basename "$seed")"
  done < <(if [ "$TARGET" = bib ]; then
             find "$FUZZ_DIR/seeds/bib" "$REPO/tests/ContentGen.Tests/TestData" \
               -path "$REGRESSIONS" -prune -o -type f -name '*.bib' -print0 | sort -z
           else
             find "$REPO/content/papers" "$REPO/tests/ContentGen.Tests/TestData" \
               -path "$REPO/tests/ContentGen.Tests/TestData/FuzzRegressions" -prune -o -type f -name '*.md' -print0 | sort -z
           fi)
fi
if [ "$TARGET" = condensed ]; then
  # The same papers as the compiler is given them in a build, so the mutations start from the reader's format.
  dotnet "$PLAIN_BIN/ContentGen.Fuzz.dll" --condense "$CORPUS" "$CORPUS"/seed-*
  n=$(find "$CORPUS" -type f | wc -l)
fi
echo "$n seed files"

# --- 4. Fuzz ---------------------------------------------------------------------------------------------
step "afl-fuzz ($TARGET): $EXECS executions, time-out ${TIMEOUT_MS} ms${MAX_SECONDS:+, at most $MAX_SECONDS s}"
rm -rf "$FINDINGS"
export AFL_SKIP_BIN_CHECK=1                  # the target is 'dotnet', not an AFL-compiled binary
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_AFFINITY=1                     # a shared 2-core machine: let the scheduler place the CLR's threads
export AFL_NO_UI=1                           # plain status lines, fit for a log
export AFL_FAST_CAL=1
extra=()
[ -n "$MAX_SECONDS" ] && extra+=(-V "$MAX_SECONDS")
started=$(date +%s)
status=0
# No @@: SharpFuzz reads each input from standard input, in a persistent loop (Fuzzer.OutOfProcess.Run).
afl-fuzz -i "$CORPUS" -o "$FINDINGS" -m none -t "$TIMEOUT_MS" -E "$EXECS" -x "$DICT" \
  "${extra[@]}" -- dotnet "$BIN/ContentGen.Fuzz.dll" --target "$TARGET" 2>&1 | tee "$WORK/afl.log" || status=$?
wall=$(( $(date +%s) - started ))

STATS="$FINDINGS/default/fuzzer_stats"
if [ ! -f "$STATS" ]; then
  echo "afl-fuzz did not start (exit $status); see $WORK/afl.log" >&2
  exit 3
fi
stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$STATS"; }

# --- 5. Findings -----------------------------------------------------------------------------------------
copied=()
copy_findings() {   # $1 = crashes | hangs, $2 = file prefix
  local file hash existing dup i
  for file in "$FINDINGS/default/$1"/id:*; do
    [ -e "$file" ] || continue
    hash=$(sha256sum < "$file" | cut -d' ' -f1)
    dup=""
    mkdir -p "$REGRESSIONS"
    for existing in "$REGRESSIONS"/*; do
      [ -f "$existing" ] && [ "$(sha256sum < "$existing" | cut -d' ' -f1)" = "$hash" ] && dup="$existing" && break
    done
    if [ -n "$dup" ]; then
      echo "already kept: $(basename "$file") = $(basename "$dup")"
      continue
    fi
    i=1
    while [ -e "$REGRESSIONS/$2-$i.$EXT" ]; do i=$((i + 1)); done
    cp "$file" "$REGRESSIONS/$2-$i.$EXT"
    copied+=("$REGRESSIONS/$2-$i.$EXT")
    echo "kept $(basename "$file") as $2-$i.$EXT"
  done
}
step "Findings"
copy_findings crashes crash
copy_findings hangs hang
if [ "${#copied[@]}" -gt 0 ]; then
  echo "Replaying them on the uninstrumented build (the exception Parse swallowed, with its stack):"
  for file in "${copied[@]}"; do
    timeout 60 dotnet "$PLAIN_BIN/ContentGen.Fuzz.dll" --target "$TARGET" --replay "$file" || true
  done
fi

crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
step "Summary ($TARGET)"
echo "executions:      $(stat execs_done) (asked for $EXECS)"
echo "exec rate:       $(stat execs_per_sec) /s (afl-fuzz, over its run time of $(stat run_time) s)"
echo "crashes:         $crashes"
echo "hangs:           $hangs"
echo "corpus (queue):  $(stat corpus_count) inputs"
echo "coverage:        $(stat bitmap_cvg)"
echo "stability:       $(stat stability)"
echo "wall time:       ${wall} s (fuzzing only)"
echo "afl-fuzz exit:   $status"
echo "findings:        $FINDINGS/default"

if [ "${crashes:-0}" -gt 0 ] || [ "${hangs:-0}" -gt 0 ]; then
  exit 1
fi
exit 0
