// Marks the contents rail's link to the section being read (aria-current), loaded by the lesson's
// inline script on the first scroll. Without it the rail is still a working list of links. Which
// section that is: src/lib/contents-rail.ts.
import { currentSection } from '../lib/contents-rail';

const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
let frame = 0;
function mark() {
  frame = 0;
  const root = document.documentElement;
  const current = currentSection({
    tops: headings.map((h) => h?.getBoundingClientRect().top ?? Infinity),
    viewportHeight: innerHeight,
    atBottom: scrollY + innerHeight >= root.scrollHeight - 2,
    chosen: links.findIndex((a) => a.hash === location.hash),
  });
  links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
}
addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
mark();
