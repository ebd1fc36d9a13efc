// The pages with a tool island (issue 26 §2), shared by the tool-page measurements.
export const TOOL_PAGES = [
  '/checklist/',
  '/toolkit/boss-manual/',
  '/toolkit/one-on-one/',
  '/toolkit/bad-news/',
  '/assessment/',
  '/worksheet/',
  '/toolkit/skip-level/',
  '/my-data/',
  '/plan/',
];
