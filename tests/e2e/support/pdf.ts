// Reads the PDFs Chromium produces: its objects are uncompressed dictionaries, and each page's
// drawing commands sit in Flate-compressed content streams.
import { constants, inflateSync } from 'node:zlib';

export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/**
 * How many text-drawing operators (Tj, TJ) each page carries, in reading order: a measure of how
 * much text a page shows that needs no font decoding. Text made invisible draws nothing, so two
 * prints of the same layout, one with only some text visible, tell which text lands on which page.
 */
export function pdfTextRunsPerPage(pdf: Buffer): number[] {
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
  const runsIn = (id: string) => {
    const o = objects.get(id)!;
    let data = pdf.subarray(o.streamAt, o.streamEnd);
    if (/\/FlateDecode/.test(o.dict)) data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
    return (data.toString('latin1').match(/\bT[jJ]\b/g) ?? []).length;
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
    return refs(contents).reduce((n, ref) => n + runsIn(ref), 0);
  });
}
