// The search page's behaviour: reads ?q=, loads the Pagefind index on demand from the built site and
// shows the lesson sections that answer the question, updating as the reader types. Each word and
// synonym of the question is its own Pagefind search (see src/lib/search.ts); when nothing answers,
// it says so and offers lessons from the list the page was built with.
import {
  hitsFromResult,
  rankSections,
  renderSection,
  renderSuggestion,
  statusMessage,
  suggestLessons,
  type LessonHint,
  type Pagefind,
  type SectionHit,
} from '../lib/search';
import { href } from '../lib/base';
import { lessonHref } from '../lib/links';
import { markStems, pagefindQuery, parseQuery } from '../lib/search-query';
import type { SearchSynonyms } from '../schemas/search-synonyms';

/** Lessons offered first when nothing matches and no lesson comes closer: the start, and hard cases. */
const FALLBACK = ['what-managing-up-is', 'when-its-hard', 'know-your-boss'].map((slug) => lessonHref(slug));

/** Data the page wrote at build time, from its own checked content. */
const json = <T>(id: string, empty: T): T =>
  (JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T | null) ?? empty;

export function runSearch() {
  const input = document.getElementById('search-query') as HTMLInputElement;
  const header = document.getElementById('site-search') as HTMLInputElement | null;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const lessons = json<LessonHint[]>('search-lessons', []);
  const lists = json<SearchSynonyms>('search-synonyms', { stop: [], weak: [], synonyms: {} });
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    // A runtime URL: the index only exists in the built site, so the bundler must not resolve it.
    const url = href('/pagefind/pagefind.js');
    pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
      // Pagefind's result URLs start from its site folder; under a sub-path they need the base. The index
      // is small, so searching on the page costs little and saves fetching Pagefind's worker.
      await pf.options({ baseUrl: href('/'), noWorker: true });
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  // Without its worker, Pagefind hands back one shared object per page and overwrites its sections on the
  // next read, so every search runs in turn and reads each result before the next one starts.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
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
      const concepts = parseQuery(query, lists);
      const hits = await inTurn(async () => {
        const found: SectionHit[] = [];
        for (const [i, concept] of concepts.entries()) {
          for (const alternative of concept.alternatives) {
            if (id !== latest) return found;
            const results = (await pf.search(pagefindQuery(alternative)))?.results ?? [];
            const synonym = alternative !== concept.term;
            for (const r of results) found.push(...hitsFromResult(i, alternative, await r.data(), synonym));
          }
        }
        return found;
      });
      if (id !== latest) return;
      const ranking = rankSections(concepts, hits);
      status.textContent = statusMessage(query, ranking);
      // The words the guide never uses are what a near miss (a typo of "salary") can be matched on.
      const closest = (ranking.unknown.length ? ranking.unknown : concepts.map((c) => c.term)).join(' ');
      list.innerHTML = ranking.answered
        ? ranking.results.map((r) => renderSection(r, markStems(concepts, lists))).join('')
        : suggestLessons(closest, lessons, FALLBACK).map(renderSuggestion).join('');
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
