// What every feature shares: queries, media queries, focus and the flash that marks a target.
export const d = document, root = d.documentElement;
root.classList.remove("no-js");
root.classList.add("js"); // init.js normally did this already
export const $ = (s, c = d) => c.querySelector(s);
export const $$ = (s, c = d) => Array.from(c.querySelectorAll(s));
export const mq = (q) => window.matchMedia(q);
export const reduced = mq("(prefers-reduced-motion: reduce)");
// Wide: side notes in the margin; narrow: 段后注 under their paragraph.
export const wide = mq("(min-width: 64rem)");
export const behavior = () => (reduced.matches ? "auto" : "smooth");
export const article = $("article.reading");
export const host = $("main") || d.body; // keep overlays inside a landmark
export const dec = (s) => { try { return decodeURIComponent(s); } catch (e) { return s; } };
// The element a fragment (#id, percent-encoded or not) names, or null.
export const targetOf = (hash) => (hash && hash.length > 1 ? d.getElementById(dec(hash.slice(1))) : null);
// True for an id of the reading's paragraphs: the reading says what they look like (data-paragraph-id, from the
// server's Anchors), so no script assumes a format.
const paragraphIds = article && article.dataset.paragraphId ? new RegExp(article.dataset.paragraphId, "i") : null;
export const isParagraphId = (id) => !!paragraphIds && paragraphIds.test(id);
const inView = (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
export const focusEl = (el) => {
  if (!el) return;
  el.focus({ preventScroll: true });
  if (!inView(el)) el.scrollIntoView({ block: "center", behavior: behavior() });
};
export const flash = (el) => {
  if (!el) return;
  el.classList.remove("flash");
  void el.offsetWidth; // restart the animation
  el.classList.add("flash");
  clearTimeout(el.flashTimer);
  el.flashTimer = setTimeout(() => el.classList.remove("flash"), reduced.matches ? 4000 : 2100);
};
