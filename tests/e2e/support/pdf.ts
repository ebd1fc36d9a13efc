// Reads the PDFs Chromium produces: its objects are uncompressed dictionaries, and each page's
// drawing commands sit in Flate-compressed content streams.
import { constants, inflateSync } from 'node:zlib';

export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Each page's drawing commands, decompressed and joined, in reading order. */
export function pdfPageContents(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; streamAt: number; streamEnd: number }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const start = m.index! + m[0].indexOf('obj') + 3;
    const body = m[2]!;
    const s = /stream\r?\n/.exec(body);
    objects.set(m[1]!, {
      dict: s ? body.slice(0, s.index) : body,
      streamAt: s ? start + s.index + s[0].length : -1,
      streamEnd: s ? start + body.lastIndexOf('endstream') : -1,
    });
  }
  const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((r) => r[1]!);
  const stream = (id: string) => {
    const o = objects.get(id)!;
    let data = pdf.subarray(o.streamAt, o.streamEnd);
    if (/\/FlateDecode/.test(o.dict)) data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
    return data.toString('latin1');
  };
  // Pages in reading order: the page tree from the catalog's /Pages, its /Kids in order.
  const pages = (id: string): string[] => {
    const { dict } = objects.get(id)!;
    return /\/Type\s*\/Pages\b/.test(dict) ? refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)![1]!).flatMap(pages) : [id];
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict))!;
  const root = /\/Pages\s+(\d+) 0 R/.exec(catalog.dict)![1]!;
  return pages(root).map((id) => {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(objects.get(id)!.dict)?.[1] ?? '';
    return refs(contents).map(stream).join('\n');
  });
}

/**
 * How many text-drawing operators (Tj, TJ) each page carries, in reading order: a measure of how
 * much text a page shows that needs no font decoding. Text made invisible draws nothing, so two
 * prints of the same layout, one with only some text visible, tell which text lands on which page.
 */
export const pdfTextRunsPerPage = (pdf: Buffer): number[] =>
  pdfPageContents(pdf).map((page) => (page.match(/\bT[jJ]\b/g) ?? []).length);

/** Thin, wide filled rectangles (ruled writing lines) painted in the given fill colour ("r g b"). */
export function pdfRules(pdf: Buffer, colour: string): number {
  let n = 0;
  for (const page of pdfPageContents(pdf)) {
    let fill = '';
    for (const m of page.matchAll(/([\d.]+ [\d.]+ [\d.]+) rg\b|([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+) re\s+f\b/g)) {
      if (m[1]) fill = m[1];
      else if (fill === colour && Number(m[5]) <= 1.5 && Number(m[4]) >= 200) n++;
    }
  }
  return n;
}
