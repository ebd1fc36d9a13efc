// The people in the lessons and the words they say, checked across the whole guide: a name always
// means the same person (src/data/cast.yaml lists them all, with the lessons they appear in), and no
// script is reused, so a reader never meets the same wording dressed up as a new example.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const castSchema = z.object({
  people: z
    .array(
      z.object({
        name: z.string().regex(/^\p{Lu}\p{Ll}+$/u, 'one capitalised first name'),
        role: z.string().min(5),
        /** Their boss's name, when a lesson says who it is. */
        reportsTo: z.string().optional(),
        lessons: z.array(z.string()).min(1),
      }),
    )
    .min(1),
  /** Capitalised words in scenarios and scripts that are not people (greetings, places, companies). */
  notPeople: z.array(z.string()),
});
type Cast = z.output<typeof castSchema>;

const cast: Cast = castSchema.parse(parse(readFileSync('src/data/cast.yaml', 'utf8')));

const dir = 'src/content/lessons';
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const blocks = [...body.matchAll(/<(Scenario|Say)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
      kind: m[1]!,
      label: /label="([^"]*)"/.exec(m[0])?.[1] ?? /title="([^"]*)"/.exec(m[0])?.[1] ?? '',
      text: m[2]!,
    }));
    return { slug: f.replace(/\.mdx$/, ''), body, blocks };
  });

/** Words as a reader sees them, with a possessive 's dropped so "Elena's" counts as "Elena". */
const words = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''));

const calendar = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
/** Every word the lessons use in lower case: a capitalised word found here is a sentence opener, not a name. */
const ordinary = new Set(lessons.flatMap((l) => words(l.body)).filter((w) => w === w.toLowerCase()));

/** Capitalised words in scenarios and scripts that are not ordinary words or dates: names, or other proper nouns. */
const properNouns = (text: string) =>
  words(text).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ordinary.has(w.toLowerCase()) && !calendar.has(w));

const appearsIn = (name: string, text: string) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(text);

describe('cast', () => {
  const names = cast.people.map((p) => p.name);

  it('lists each name once', () => {
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('lists every name used in a scenario or script', () => {
    const known = new Set([...names, ...cast.notPeople]);
    const unlisted = lessons.flatMap((l) =>
      l.blocks.flatMap((b) =>
        properNouns(b.text)
          .filter((w) => !known.has(w))
          .map((w) => `${l.slug}: ${w}`),
      ),
    );
    expect([...new Set(unlisted)]).toEqual([]);
  });

  it('gives each person exactly the lessons their name appears in', () => {
    for (const person of cast.people) {
      const where = lessons.filter((l) => appearsIn(person.name, l.body)).map((l) => l.slug);
      expect([...person.lessons].sort(), person.name).toEqual(where.sort());
    }
  });

  it('names only listed people as bosses', () => {
    for (const person of cast.people) if (person.reportsTo) expect(names, person.name).toContain(person.reportsTo);
  });

  it('keeps the list of other proper nouns honest: each is used, none is a person', () => {
    const used = new Set(lessons.flatMap((l) => l.blocks.flatMap((b) => properNouns(b.text))));
    for (const word of cast.notPeople) {
      expect(used.has(word), word).toBe(true);
      expect(names, word).not.toContain(word);
    }
  });
});

describe('scripts', () => {
  const RUN = 8;
  const says = lessons.flatMap((l) =>
    l.blocks
      .filter((b) => b.kind === 'Say')
      .map((b) => {
        const w = words(b.text.toLowerCase().replace(/’/g, "'"));
        const runs = new Set(w.slice(0, Math.max(0, w.length - RUN + 1)).map((_, i) => w.slice(i, i + RUN).join(' ')));
        return { where: `${l.slug} / ${b.label}`, runs };
      }),
  );

  it('every lesson has scripts to compare', () => {
    for (const l of lessons)
      expect(
        l.blocks.some((b) => b.kind === 'Say'),
        l.slug,
      ).toBe(true);
  });

  it(`no two scripts share a run of ${RUN} words`, () => {
    const shared: string[] = [];
    says.forEach((a, i) =>
      says.slice(i + 1).forEach((b) => {
        const run = [...a.runs].find((r) => b.runs.has(r));
        if (run) shared.push(`${a.where} <-> ${b.where}: "${run}"`);
      }),
    );
    expect(shared).toEqual([]);
  });
});
