// Helpers for the one-document print edition, where all the lessons share one page: each lesson's
// heading ids get a prefix (so ids stay unique and in-lesson links keep working) and its headings
// move one level down under the lesson's own title.

export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}--${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}--${id}"`);
}

export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-5])(\s|>)/g,
    (_, slash: string, level: string, after: string) => `<${slash}h${Number(level) + 1}${after}`,
  );
}
