// Dates as readers see them, one format across the site: "12 March 2026" is unambiguous wherever
// the reader lives (the site is in English; numeric dates are read differently by country).
const LOCALE = 'en-GB';

export const longDate = (d: Date | string) =>
  new Date(d).toLocaleDateString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });

export const dateTime = (d: Date | string) => new Date(d).toLocaleString(LOCALE, { dateStyle: 'long', timeStyle: 'short' });

export const clockTime = (d: Date | string) => new Date(d).toLocaleTimeString(LOCALE, { hour: '2-digit', minute: '2-digit' });
