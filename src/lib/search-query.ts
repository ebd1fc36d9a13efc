// Reads a question in a reader's words ("how do I ask for a raise") as the few ideas it is about,
// each with the words the lessons use for it: stop words dropped, words reduced to a stem, and the
// kept list of reader synonyms (src/data/search-synonyms.yaml) applied. Pure, so it is unit-tested.
import type { SearchSynonyms } from '../schemas/search-synonyms';

/** One idea of a question: what the reader typed, and every word or phrase that finds it. */
export interface Concept {
  /** The reader's word or phrase, lower-case, as typed. */
  term: string;
  /** True for words nearly every lesson uses ("boss", "work"): not enough on their own. */
  weak: boolean;
  /** What to search for: the reader's term first, then the guide's words for it. */
  alternatives: string[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lower-case words of a text, apostrophes unified and kept inside words ("boss's"). */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}\p{N}]+(?:[':-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * A light English stem, enough to tell that "ignores", "ignored" and "ignoring" are one word, or
 * "salaries" and "salary". Pagefind stems the index its own way; this only matches the reader's
 * words to the synonym list and to the words it highlights.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3) return w;
  w = w.replace(/ies$/, 'y').replace(/sses$/, 'ss');
  if (/[^su]s$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ation', 'ions', 'ion', 'ment', 'ness', 'ing', 'ed', 'er', 'ly', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "stopped" → "stopp" → "stop"
  return w.length > 3 && /([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w;
}

const stems = (text: string) => wordsOf(text).map(stem);

/**
 * The ideas of a question. Phrases in the synonym list ("passed over", "laid off") are read first,
 * so their small words survive; then stop words go; each remaining word or phrase brings the
 * guide's words for it. A question made only of stop words keeps its words, so it still searches.
 */
export function parseQuery(query: string, lists: SearchSynonyms): Concept[] {
  const words = wordsOf(query);
  const stop = new Set(lists.stop);
  const weak = new Set(lists.weak.map(stem));
  const keys = Object.entries(lists.synonyms)
    .map(([key, alts]) => ({ key, keyStems: stems(key), alts }))
    .sort((a, b) => b.keyStems.length - a.keyStems.length);
  const concepts: Concept[] = [];
  const add = (term: string, alts: string[]) => {
    const found = concepts.find((c) => c.term === term);
    const all = [...new Set([term, ...alts])];
    if (found) found.alternatives = [...new Set([...found.alternatives, ...all])];
    // A phrase from the list is specific, even when each of its words is not.
    else concepts.push({ term, weak: !term.includes(' ') && weak.has(stem(term)), alternatives: all });
  };
  for (let i = 0; i < words.length;) {
    const phrase = keys.find(
      (k) => k.keyStems.length > 1 && k.keyStems.every((s, j) => words[i + j] !== undefined && stem(words[i + j]!) === s),
    );
    if (phrase) {
      add(words.slice(i, i + phrase.keyStems.length).join(' '), phrase.alts);
      i += phrase.keyStems.length;
      continue;
    }
    const w = words[i]!;
    i++;
    if (stop.has(w)) continue;
    const key = keys.find((k) => k.keyStems.length === 1 && k.keyStems[0] === stem(w));
    add(w, key?.alts ?? []);
  }
  if (concepts.length === 0) for (const w of new Set(words)) add(w, []);
  return concepts;
}

/** The query a concept's alternative sends to Pagefind: a phrase in quotes, so it matches as a phrase. */
export const pagefindQuery = (alternative: string) => (wordsOf(alternative).length > 1 ? `"${alternative}"` : alternative);

/**
 * The stems to highlight for a question: every searched word, never a stop word. From a phrase ("let
 * go", "too much work") only its telling words: marking every "go" or "work" in an excerpt is noise.
 */
export function markStems(concepts: Concept[], lists: SearchSynonyms): string[] {
  const stop = new Set(lists.stop);
  const weak = new Set(lists.weak.map(stem));
  const telling = (alternative: string) => {
    const words = wordsOf(alternative);
    const kept = words.filter((w) => !stop.has(w)).map(stem);
    return words.length > 1 ? kept.filter((w) => !weak.has(w)) : kept;
  };
  return [...new Set(concepts.flatMap((c) => c.alternatives.flatMap(telling)))];
}

/** Escapes a plain text and marks the words whose stem is one of `marks`. */
export function markText(text: string, marks: string[]): string {
  const set = new Set(marks);
  return text
    .split(/([\p{L}\p{N}]+(?:['’:-][\p{L}\p{N}]+)*)/u)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const w = wordsOf(part)[0];
      const hit = w !== undefined && (set.has(stem(w)) || w.split('-').some((p) => set.has(stem(p))));
      return hit ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}
