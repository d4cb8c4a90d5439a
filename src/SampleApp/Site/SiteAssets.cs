namespace SampleApp.Site;

/// <summary>The site's fixed files: the stylesheet and the search script.</summary>
internal static class SiteAssets
{
    /// <summary>
    /// A readable single column that follows the reader's light or dark preference and fits a phone: system fonts,
    /// a 46rem measure, colours as custom properties swapped by <c>prefers-color-scheme</c>.
    /// </summary>
    public const string Stylesheet = """
        :root {
          color-scheme: light dark;
          --bg: #fbfaf7; --fg: #1f2328; --muted: #59616b; --accent: #1a56b3; --accent-soft: #e6edf9;
          --card: #ffffff; --border: #e3e0d8; --mark: #ffe27a; --code-bg: #f2f0ea;
          --measure: 46rem;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #13151a; --fg: #e4e4e1; --muted: #a3a9b2; --accent: #8db6ff; --accent-soft: #1e2a3f;
            --card: #1a1d23; --border: #2c3038; --mark: #6a5710; --code-bg: #1f2329;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
        }
        .wrap { max-width: var(--measure); margin: 0 auto; padding: 0 1.25rem; }
        a { color: var(--accent); text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 2px; }
        a:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

        .site-header { background: var(--card); border-bottom: 1px solid var(--border); }
        .site-header .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding-top: 0.8rem; padding-bottom: 0.8rem; }
        .brand { order: 1; font-weight: 700; color: var(--fg); text-decoration: none; margin-right: auto; }
        nav { order: 3; flex: 1 1 100%; display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; font-size: 0.9rem; }
        nav a { color: var(--muted); text-decoration: none; }
        nav a:hover, nav a[aria-current="page"] { color: var(--fg); }
        nav a[aria-current="page"] { font-weight: 600; }
        .quick-search { order: 2; flex: 0 1 14rem; }

        main.wrap { padding-top: 2rem; padding-bottom: 3rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; letter-spacing: -0.01em; }
        h2, h3 { line-height: 1.3; }
        .kicker { margin: 0; color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; }
        .kicker a { color: inherit; }
        .lede { color: var(--muted); }

        .cards { list-style: none; padding: 0; margin: 1.25rem 0; display: grid; gap: 1rem; }
        .card { background: var(--card); border: 1px solid var(--border); border-radius: 0.7rem; padding: 1rem 1.25rem; }
        .card h2 { font-size: 1.15rem; margin: 0 0 0.3rem; }
        .card h2 a { text-decoration: none; }
        .card h2 a:hover { text-decoration: underline; }
        .byline, .reads { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.4rem; }
        .card .summary, .snippet { margin: 0.3rem 0 0.5rem; }
        .terms { margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
        a.term {
          display: inline-block; padding: 0.05rem 0.6rem; border-radius: 999px; font-size: 0.82rem;
          background: var(--accent-soft); text-decoration: none;
        }
        a.term:hover { text-decoration: underline; }
        .rating { color: #c58a00; letter-spacing: 0.05em; }

        .paper > header, .note > header { margin-bottom: 1.5rem; }
        .authors { margin: 0 0 0.75rem; color: var(--muted); }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.45rem 1.1rem; margin: 1rem 0; font-size: 0.95rem; }
        .meta dt { color: var(--muted); }
        .meta dd { margin: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: baseline; }
        .paper .summary { font-size: 1.12rem; border-left: 3px solid var(--accent); margin: 1.25rem 0 0; padding: 0.1rem 0 0.1rem 1rem; }
        .body h2 { font-size: 1.4rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
        .body h3 { font-size: 1.12rem; margin: 1.6rem 0 0.4rem; }
        .body li { margin: 0.25rem 0; }
        .body blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--border); color: var(--muted); }
        .body img { max-width: 100%; height: auto; }
        .body table { border-collapse: collapse; display: block; overflow-x: auto; }
        .body th, .body td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
        .related, .cite { margin-top: 2.5rem; }
        pre { background: var(--code-bg); padding: 0.9rem 1rem; border-radius: 0.5rem; overflow-x: auto; font-size: 0.85rem; line-height: 1.5; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }

        .term-index { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 0.9rem; }
        .count { color: var(--muted); font-size: 0.85rem; }

        input[type="search"] {
          width: 100%; font: inherit; color: var(--fg); background: var(--bg);
          border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.55rem 0.8rem;
        }
        .quick-search input[type="search"] { padding: 0.3rem 0.7rem; font-size: 0.9rem; }
        .search-form label { display: block; font-weight: 600; margin-bottom: 0.4rem; }
        mark { background: var(--mark); color: inherit; border-radius: 0.15em; padding: 0 0.1em; }

        .site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; padding: 1.25rem 0 2.5rem; }

        @media (max-width: 30rem) {
          body { font-size: 1rem; }
          .quick-search { flex: 1 1 100%; }
          h1 { font-size: 1.55rem; }
          .meta { grid-template-columns: 1fr; gap: 0.1rem; }
          .meta dd { margin-bottom: 0.6rem; }
          .card { padding: 0.9rem 1rem; }
        }

        """;

    /// <summary>
    /// The search page's script. It ranks as the <c>search</c> command does (<see cref="Search.ContentSearch"/>):
    /// every word must occur; a word counts 10 in the title, 5 in the summary, 1 per occurrence in the body (at most
    /// 5), and the whole query as a phrase counts three times more. It builds the results with DOM calls and
    /// <c>textContent</c>, never <c>innerHTML</c>, so no indexed value is read as markup.
    /// </summary>
    public const string SearchScript = """
        // Search for SampleApp's exported site: ranks the documents of search-index.js (window.contentGenSearchIndex)
        // as the `search` command does, and shows a highlighted snippet of each result.
        (function () {
          'use strict';
          var TITLE = 10, SUMMARY = 5, BODY = 1, BODY_HITS = 5, PHRASE = 3, SNIPPET = 180;
          var WORD = /[\p{L}\p{N}]+/gu;
          var box = document.getElementById('search-box');
          var list = document.getElementById('search-results');
          var status = document.getElementById('search-status');
          var docs = (window.contentGenSearchIndex || []).map(function (doc) {
            return {
              doc: doc,
              title: normalise(doc.title),
              summary: normalise(doc.summary),
              body: normalise(doc.text),
              text: doc.text.replace(/\s+/g, ' ').trim()
            };
          });

          function words(query) {
            var found = [];
            (query.toLowerCase().match(WORD) || []).forEach(function (w) { if (found.indexOf(w) < 0) { found.push(w); } });
            return found;
          }

          function normalise(text) {
            return ' ' + ((text || '').toLowerCase().match(WORD) || []).join(' ') + ' ';
          }

          function count(text, word) {
            var n = 0;
            for (var at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) { n++; }
            return n;
          }

          function score(entry, ws, phrase) {
            var total = 0;
            for (var i = 0; i < ws.length; i++) {
              var w = ws[i];
              var inTitle = entry.title.indexOf(w) >= 0, inSummary = entry.summary.indexOf(w) >= 0;
              var inBody = Math.min(count(entry.body, w), BODY_HITS);
              if (!inTitle && !inSummary && inBody === 0) { return -1; }
              total += (inTitle ? TITLE : 0) + (inSummary ? SUMMARY : 0) + inBody * BODY;
            }
            if (ws.length > 1) {
              total += PHRASE * ((entry.title.indexOf(phrase) >= 0 ? TITLE : 0) +
                (entry.summary.indexOf(phrase) >= 0 ? SUMMARY : 0) + (entry.body.indexOf(phrase) >= 0 ? BODY : 0));
            }
            return total;
          }

          function snippet(entry, ws, phrase) {
            var text = entry.text || entry.doc.summary || entry.doc.title;
            var lower = text.toLowerCase();
            var at = lower.indexOf(phrase);
            if (at < 0) {
              at = Infinity;
              ws.forEach(function (w) { var i = lower.indexOf(w); if (i >= 0 && i < at) { at = i; } });
              if (at === Infinity) { at = 0; }
            }
            var start = Math.max(0, at - Math.floor(SNIPPET / 3));
            if (start > 0) { var s = text.indexOf(' ', start); start = s >= 0 && s < at ? s + 1 : start; }
            var end = Math.min(text.length, start + SNIPPET);
            if (end < text.length) { var e = text.lastIndexOf(' ', end); end = e > at ? e : end; }
            return (start > 0 ? '\u2026' : '') + text.slice(start, end) + (end < text.length ? '\u2026' : '');
          }

          function marks(text, ws) {
            var lower = text.toLowerCase(), found = [];
            ws.forEach(function (w) {
              for (var at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) { found.push([at, at + w.length]); }
            });
            found.sort(function (a, b) { return a[0] - b[0]; });
            var merged = [];
            found.forEach(function (m) {
              var last = merged[merged.length - 1];
              if (last && m[0] <= last[1] + 1) { last[1] = Math.max(last[1], m[1]); } else { merged.push(m); }
            });
            return merged;
          }

          function highlighted(parent, text, ws) {
            var position = 0;
            marks(text, ws).forEach(function (m) {
              parent.appendChild(document.createTextNode(text.slice(position, m[0])));
              var mark = document.createElement('mark');
              mark.textContent = text.slice(m[0], m[1]);
              parent.appendChild(mark);
              position = m[1];
            });
            parent.appendChild(document.createTextNode(text.slice(position)));
          }

          function element(name, className, parent) {
            var node = document.createElement(name);
            if (className) { node.className = className; }
            parent.appendChild(node);
            return node;
          }

          function run() {
            var query = box.value;
            var ws = words(query), phrase = ws.join(' ');
            list.textContent = '';
            if (ws.length === 0) {
              status.textContent = 'Type to search ' + docs.length + ' papers and notes.';
              return;
            }
            var results = docs
              .map(function (entry) { return { entry: entry, score: score(entry, ws, phrase) }; })
              .filter(function (r) { return r.score >= 0; })
              .sort(function (a, b) {
                return b.score - a.score || (a.entry.doc.date < b.entry.doc.date ? 1 : a.entry.doc.date > b.entry.doc.date ? -1 : 0) ||
                  a.entry.doc.title.localeCompare(b.entry.doc.title);
              });
            status.textContent = results.length === 0
              ? 'Nothing matches \u201c' + query.trim() + '\u201d.'
              : results.length + (results.length === 1 ? ' result' : ' results') + ' for \u201c' + query.trim() + '\u201d, best first.';
            results.forEach(function (r) {
              var doc = r.entry.doc;
              var item = element('li', 'card result', list);
              var link = element('a', null, element('h2', null, item));
              link.href = doc.url;
              highlighted(link, doc.title, ws);
              element('p', 'byline', item).textContent = (doc.kind === 'note' ? 'Note' : 'Paper') + ' \u00b7 ' + doc.date + ' \u00b7 ' + doc.byline;
              highlighted(element('p', 'snippet', item), snippet(r.entry, ws, phrase), ws);
            });
          }

          box.addEventListener('input', run);
          var initial = new URLSearchParams(window.location.search).get('q');
          if (initial) { box.value = initial; }
          run();
        })();

        """;
}
