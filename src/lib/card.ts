// The drawing of a link-preview card, as the element tree satori lays out (src/pages/cards/ renders
// it to PNG). Pure data, so what a card says is tested without drawing it. Sized for the small
// preview chat apps show (about 300 px wide): the title is set large and the rest kept to two lines.
import { CARD } from './share';

/** The site's colours the card uses, read from src/styles/tokens.css. */
export interface CardColours {
  bg: string;
  bgSoft: string;
  text: string;
  textSoft: string;
  accent: string;
}

/** The font family name the card's text is set in (the font file is given to satori with it). */
export const CARD_FONT = 'Source Serif 4';

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string; [key: string]: unknown };
}

const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children'], extra = {}): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** Long titles step down in size so they stay within three lines. */
export const titleSize = (title: string) => (title.length <= 28 ? 88 : title.length <= 48 ? 76 : 64);

/**
 * @param o.eyebrow the short line above the title ("Lesson 3 of 8 · 7 min read", "Toolkit")
 * @param o.title the page's title, the largest text
 * @param o.footer the site's name and what it is, at the bottom
 * @param o.mark the site's mark (favicon) as a data: URL
 */
export function cardTree(o: {
  eyebrow: string;
  title: string;
  site: string;
  tagline: string;
  mark: string;
  colours: CardColours;
}): Node {
  const c = o.colours;
  return el(
    'div',
    {
      width: CARD.width,
      height: CARD.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: c.bg,
      borderTop: `24px solid ${c.accent}`,
      padding: '56px 80px 64px',
      fontFamily: CARD_FONT,
      color: c.text,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 36, fontWeight: 600, color: c.accent, marginBottom: 24 }, o.eyebrow),
        el('div', { fontSize: titleSize(o.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, o.title),
      ]),
      el('div', { display: 'flex', alignItems: 'center', borderTop: `3px solid ${c.bgSoft}`, paddingTop: 32 }, [
        el('img', { width: 64, height: 64, marginRight: 24 }, undefined, { src: o.mark, width: 64, height: 64 }),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { fontSize: 36, fontWeight: 700 }, o.site),
          el('div', { fontSize: 26, color: c.textSoft }, o.tagline),
        ]),
      ]),
    ],
  );
}
