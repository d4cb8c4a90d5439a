#!/usr/bin/env bash
# Compares, in one run on the same N synthetic papers: Hugo (Debian's hugo, building an HTML site), Velite (npm) and
# ContentGen (bench/build-scale.sh, as configured by default and with ContentGenPaperProperties=false). Hugo runs
# three times first and once more at the end, and the median of the four is printed, because single runs vary a lot
# on a shared machine. Installs Hugo and Velite if missing. Usage: bench/compare-peers.sh [N=10000].
set -euo pipefail
n=${1:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/contentgen-peers-XXXXXX)
command -v hugo > /dev/null || { apt-get update -qq && apt-get install -y -qq hugo > /dev/null; }
dotnet run -c Release --project "$root/bench/ContentGen.Benchmarks" -- corpus "$n" "$work/site" > /dev/null

# Hugo: a minimal site that renders every paper to HTML.
mkdir -p "$work/site/layouts/_default"
printf 'baseURL = "https://example.org/"\ntitle = "Papers"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$work/site/hugo.toml"
printf '<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n' > "$work/site/layouts/_default/single.html"
printf '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n' > "$work/site/layouts/_default/list.html"
hugo_build() { # $1 = label
  local start end
  rm -rf "$work/site/public"
  start=$(date +%s.%N); hugo --source "$work/site" --quiet > "$work/hugo.log" 2>&1; end=$(date +%s.%N)
  local seconds
  seconds=$(awk "BEGIN {print $end - $start}")
  echo "$seconds" >> "$work/hugo-times"
  printf 'Hugo %-10s %-11s %8.1f s\n' "$(hugo version | awk '{print $2}')" "$1" "$seconds"
}
for run in 1 2 3; do hugo_build "(run $run)"; done

# Velite: a collection with the papers' schema.
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

"$root/bench/build-scale.sh" "$n"
"$root/bench/build-scale.sh" "$n" -p:ContentGenPaperProperties=false
hugo_build "(at the end)"
printf 'Hugo median of the %d runs  %8.1f s\n' "$(wc -l < "$work/hugo-times")" "$(sort -n "$work/hugo-times" | awk '{t[NR] = $1} END {print NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2}')"
echo "work folder: $work (delete it when done)"
