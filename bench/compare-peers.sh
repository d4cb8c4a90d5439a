#!/usr/bin/env bash
# Compares, on the same N synthetic papers: Hugo (Debian's hugo, building an HTML site), Velite (npm, once) and
# ContentGen (bench/build-scale.sh: a cold `dotnet build`, a rebuild after one body edit, the compiler server's peak
# against a build of the same files without ContentGen). Each of RUNS runs builds Hugo three times and takes the
# median, then builds ContentGen, and prints ContentGen's figures as ratios to that run's Hugo median, because single
# runs vary a lot on a shared machine. Installs Hugo and Velite if missing; VELITE=0 skips Velite.
# Usage: bench/compare-peers.sh [N=10000] [RUNS=1].
set -euo pipefail
n=${1:-10000}
runs=${2:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/contentgen-peers-XXXXXX)
command -v hugo > /dev/null || { apt-get update -qq && apt-get install -y -qq hugo > /dev/null; }
dotnet run -c Release --project "$root/bench/ContentGen.Benchmarks" -- corpus "$n" "$work/site" > /dev/null

# Hugo: a minimal site that renders every paper to HTML.
mkdir -p "$work/site/layouts/_default"
printf 'baseURL = "https://example.org/"\ntitle = "Papers"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$work/site/hugo.toml"
printf '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n' > "$work/site/layouts/_default/single.html"
printf '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' > "$work/site/layouts/_default/list.html"
hugo_build() { # $1 = label, $2 = file of times
  local start end
  rm -rf "$work/site/public"
  start=$(date +%s.%N); hugo --source "$work/site" --quiet > "$work/hugo.log" 2>&1; end=$(date +%s.%N)
  local seconds
  seconds=$(awk "BEGIN {print $end - $start}")
  echo "$seconds" >> "$2"
  printf 'Hugo %-10s %-11s %8.1f s\n' "$(hugo version | awk '{print $2}')" "$1" "$seconds"
}
median() { sort -n "$1" | awk '{t[NR] = $1} END {print NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2}'; }

# Velite: a collection with the papers' schema.
if [ "${VELITE:-1}" != 0 ]; then
mkdir -p "$work/velite" && cd "$work/velite"
npm init -y > /dev/null && npm install --silent velite@0.4.0 > /dev/null
ln -s "$work/site/content" content
cat > velite.config.js <<'JS'
import { defineConfig, s } from 'velite'
export default defineConfig({
  root: 'content',
  collections: {
    papers: {
      name: 'Paper', pattern: 'papers/**/*.md',
      schema: s.object({
        title: s.string(), date: s.isodate(), draft: s.boolean().default(false), authors: s.array(s.string()),
        publication: s.string().optional(), publication_year: s.number().optional(), doi: s.string().optional(),
        arxiv: s.string().optional(), paper_url: s.string().optional(), deception_types: s.array(s.string()),
        research_areas: s.array(s.string()), system_types: s.array(s.string()), tags: s.array(s.string()),
        summary: s.string().optional(), content: s.markdown(),
      }),
    },
  },
})
JS
start=$(date +%s.%N); npx velite build > "$work/velite.log" 2>&1; end=$(date +%s.%N)
printf 'Velite %-20s %8.1f s\n' "0.4.0" "$(awk "BEGIN {print $end - $start}")"

fi

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs"
  for i in 1 2 3; do hugo_build "(run $run.$i)" "$work/hugo-times-$run"; done
  hugo_median=$(median "$work/hugo-times-$run")
  "$root/bench/build-scale.sh" "$n" | tee "$work/contentgen-$run.log"
  awk -v hugo="$hugo_median" -v run="$run" -v corpus_mb="$(awk '/^ContentGen/ {print $(NF-1)}' "$work/contentgen-$run.log" | head -n 1)" '
    /^baseline: cold build/ { base = $(NF-1) }
    /^baseline: rebuild/ { rbase = $(NF-1) }
    /^cold build/ { cold = $3; peak = $(NF-1) }
    /^rebuild after a body edit/ { rebuild = $6; rpeak = $(NF-1) }
    END {
      printf "run %d: Hugo median %.1f s | cold %.1f s = %.2f x Hugo | rebuild %.1f s = %.2f x Hugo | server peak, cold: %d MB, baseline %d MB, above it %d MB = %.1f x corpus | after the rebuild: %d MB, baseline %d MB, above it %d MB = %.1f x corpus\n",
        run, hugo, cold, cold / hugo, rebuild, rebuild / hugo, peak, base, peak - base, (peak - base) / corpus_mb, rpeak, rbase, rpeak - rbase, (rpeak - rbase) / corpus_mb
    }' "$work/contentgen-$run.log" | tee -a "$work/summary"
done
echo "== summary"
cat "$work/summary"
echo "work folder: $work (delete it when done)"
