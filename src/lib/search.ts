// Turns Pagefind results into result-list HTML. Pure, so it is unit-tested; the page script that
// queries the index lives in src/scripts/search-page.ts.

export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSub[];
}
export interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderResult(r: PagefindData): string {
  const subs = (r.sub_results ?? []).filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 4);
  return `<li>
    <a class="result-title" href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a>
    <p>${r.excerpt}</p>
    ${subs.length ? `<ul class="subs">${subs.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a><p>${s.excerpt}</p></li>`).join('')}</ul>` : ''}
  </li>`;
}
