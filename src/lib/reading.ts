// Word counts and reading times from a lesson's MDX source, so no one types them by hand.

/** Words of prose in an MDX body: frontmatter, component tags and Markdown syntax removed. */
export function countWords(mdx: string): number {
  const body = mdx
    .replace(/^---[\s\S]*?\n---\s*\n/, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|-]+/g, ' ');
  return body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Minutes to read at a relaxed 220 words a minute, never less than one. */
export const readingMinutes = (words: number) => Math.max(1, Math.round(words / 220));
