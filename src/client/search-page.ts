// The search page's behaviour: reads ?q=, loads the Pagefind index on demand from the built site and
// shows the lesson sections that answer the question, updating as the reader types. Each word and
// synonym of the question is its own Pagefind search (see src/lib/search.ts); when nothing answers,
// it says so and offers lessons from the list the page was built with.
import {
  hitsFromResult,
  pagesToRead,
  rankSections,
  renderSection,
  renderSuggestion,
  statusMessage,
  suggestLessons,
  type HeadingRanges,
  type LessonHint,
  type PageMatch,
  type Pagefind,
  type PagefindResult,
  type SectionHit,
} from '../lib/search';
import { href } from '../lib/base';
import { lessonHref } from '../lib/links';
import { markStems, pagefindQuery, parseQuery, type Concept } from '../lib/search-query';
import type { SearchSynonyms } from '../schemas/search-synonyms';

/** Lessons offered first when nothing matches and no lesson comes closer: the start, and hard cases. */
const FALLBACK = ['what-managing-up-is', 'when-its-hard', 'know-your-boss'].map((slug) => lessonHref(slug));

/** Pages whose text (Pagefind's fragments) a question reads before showing results; "More results" reads the rest. */
const FIRST_PAGES = 4;
/** Sections shown for a question; "More results" shows up to twice as many. */
const RESULTS = 6;

/** One Pagefind search: a word or synonym of one concept of the question, and the pages it found. */
interface Search {
  concept: number;
  alternative: string;
  synonym: boolean;
  results: PagefindResult[];
}

/** Data the page wrote at build time, from its own checked content. */
const json = <T>(id: string, empty: T): T =>
  (JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T | null) ?? empty;

export function runSearch() {
  const input = document.getElementById('search-query') as HTMLInputElement;
  const header = document.getElementById('site-search') as HTMLInputElement | null;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const lessons = json<LessonHint[]>('search-lessons', []);
  const lists = json<SearchSynonyms>('search-synonyms', { stop: [], weak: [], synonyms: {} });
  const headings = json<HeadingRanges>('search-headings', {});
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
  /** The question on screen, with what is known of it, for "More results". */
  let shown: { query: string; concepts: Concept[]; searches: Search[]; read: Set<string>; hits: SectionHit[] } | undefined;

  /** Reads (fetches the fragment of) `pages` for every search that found them, adding their sections' hits. */
  const readPages = (searches: Search[], pages: string[], hits: SectionHit[]) =>
    inTurn(async () => {
      const wanted = new Set(pages);
      for (const s of searches) {
        // One search's results are distinct pages, so reading them together shares nothing. Their hits go
        // in in the index's order, not as each fetch lands: equal scores then rank the same way every time,
        // online or from the offline cache.
        const pages = s.results.filter((r) => wanted.has(r.id));
        const data = await Promise.all(pages.map((r) => r.data()));
        for (const d of data) hits.push(...hitsFromResult(s.concept, s.alternative, d, s.synonym));
      }
    });

  /** Ranks and shows what is read so far; offers "More results" while unread pages might add to it. */
  function show(limit: number) {
    if (!shown) return;
    const { query, concepts, searches, read, hits } = shown;
    const ranking = rankSections(concepts, hits, limit);
    status.textContent = statusMessage(query, ranking);
    // The words the guide never uses are what a near miss (a typo of "salary") can be matched on.
    const closest = (ranking.unknown.length ? ranking.unknown : concepts.map((c) => c.term)).join(' ');
    list.innerHTML = ranking.answered
      ? ranking.results.map((r) => renderSection(r, markStems(concepts, lists))).join('')
      : suggestLessons(closest, lessons, FALLBACK).map(renderSuggestion).join('');
    const unread = new Set(searches.flatMap((s) => s.results.map((r) => r.id)).filter((p) => !read.has(p)));
    more.hidden = !ranking.answered || unread.size === 0;
  }

  async function search(q: string) {
    const id = ++latest;
    const query = q.trim();
    shown = undefined;
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      list.innerHTML = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pf = await load();
      const concepts = parseQuery(query, lists);
      // Every word and synonym's pages, from the index alone; no fragment is fetched yet.
      const searches = await inTurn(async () => {
        const found: Search[] = [];
        for (const [i, concept] of concepts.entries())
          for (const alternative of concept.alternatives) {
            if (id !== latest) return found;
            const results = (await pf.search(pagefindQuery(alternative)))?.results ?? [];
            found.push({ concept: i, alternative, synonym: alternative !== concept.term, results });
          }
        return found;
      });
      if (id !== latest) return;
      const matches: PageMatch[] = searches.flatMap((s) =>
        s.results.map((r) => ({
          concept: s.concept,
          alternative: s.alternative,
          page: r.id,
          score: r.score,
          synonym: s.synonym,
          words: r.words,
        })),
      );
      // The few best pages' fragments, then any a required word still needs: only what can rank.
      const read = new Set<string>();
      const hits: SectionHit[] = [];
      for (let next = pagesToRead(concepts, matches, read, hits, FIRST_PAGES, headings); next.length;) {
        for (const p of next) read.add(p);
        await readPages(searches, next, hits);
        if (id !== latest) return;
        next = pagesToRead(concepts, matches, read, hits, FIRST_PAGES, headings);
      }
      shown = { query, concepts, searches, read, hits };
      show(RESULTS);
    } catch {
      status.textContent = 'Search could not load. Reload the page to try again.';
    }
  }

  // "More results": the rest of the pages the question found, ranked with the first ones.
  more.addEventListener('click', () => {
    const current = shown;
    if (!current) return;
    const before = list.children.length;
    const rest = [...new Set(current.searches.flatMap((s) => s.results.map((r) => r.id)))].filter((p) => !current.read.has(p));
    for (const p of rest) current.read.add(p);
    more.disabled = true;
    void readPages(current.searches, rest, current.hits)
      .then(() => {
        if (shown !== current) return;
        show(RESULTS * 2);
        // Focus the first result the reader had not seen (the button is gone), else the first result.
        (list.children[before] ?? list.children[0])?.querySelector<HTMLElement>('a')?.focus();
      })
      .catch(() => {
        status.textContent = 'More results could not load. Reload the page to try again.';
      })
      .finally(() => {
        more.disabled = false;
      });
  });

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
