// The search page's behaviour: reads ?q=, loads the Pagefind index on demand from the built site
// and renders the results, updating as the reader types. When some words match nothing it says so,
// and when nothing matches it offers lessons from the list the page was built with.
import {
  promoteTermMatches,
  queryWords,
  renderResult,
  renderSuggestion,
  statusMessage,
  suggestLessons,
  type LessonHint,
  type Pagefind,
} from '../lib/search';
import { href } from '../lib/base';
import { lessonHref } from '../lib/links';

/** Lessons offered first when nothing matches and no lesson comes closer: the start, and hard cases. */
const FALLBACK = ['what-managing-up-is', 'when-its-hard', 'know-your-boss'].map((slug) => lessonHref(slug));

export function runSearch() {
  const input = document.getElementById('search-query') as HTMLInputElement;
  const header = document.getElementById('site-search') as HTMLInputElement | null;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const lessons = JSON.parse(document.getElementById('search-lessons')?.textContent ?? '[]') as LessonHint[];
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // A runtime URL: the index only exists in the built site, so the bundler must not resolve it.
    const url = href('/pagefind/pagefind.js');
    pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
      // Pagefind's result URLs start from its site folder; under a sub-path they need the base.
      await pf.options({ baseUrl: href('/') });
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  let latest = 0;
  async function search(q: string) {
    const id = ++latest;
    const query = q.trim();
    if (!query) {
      status.textContent = '';
      list.innerHTML = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pf = await load();
      const found = await pf.search(query);
      if (id !== latest || !found) return;
      const n = found.results.length;
      // Pagefind drops words it has never seen, so ask about each word on its own to find them.
      const words = queryWords(query);
      const unmatched =
        n > 0 && words.length > 1
          ? (await Promise.all(words.map(async (w) => ((await pf.search(w))?.results.length ? '' : w)))).filter(Boolean)
          : [];
      const data = promoteTermMatches(await Promise.all(found.results.slice(0, 10).map((r) => r.data())), query);
      if (id !== latest) return;
      status.textContent = statusMessage(query, n, unmatched);
      list.innerHTML =
        n === 0
          ? suggestLessons(query, lessons, FALLBACK).map(renderSuggestion).join('')
          : data.map((r) => renderResult(r, query)).join('');
    } catch {
      status.textContent = 'Search could not load. Reload the page to try again.';
    }
  }

  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  if (header) header.value = q;
  if (q) void search(q);
  else input.focus();
  let timer: ReturnType<typeof setTimeout>;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const params = new URLSearchParams({ q: input.value });
      history.replaceState(null, '', input.value ? `?${params}` : location.pathname);
      void search(input.value);
    }, 250);
  });
}
