// Marks the contents rail's link to the section being read (aria-current), loaded by the lesson's
// inline script on the first scroll. Without it the rail is still a working list of links.
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
let frame = 0;
function mark() {
  frame = 0;
  let current = -1;
  links.forEach((a, i) => {
    const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (heading && heading.getBoundingClientRect().top < innerHeight / 3) current = i;
  });
  links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
}
addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
mark();
