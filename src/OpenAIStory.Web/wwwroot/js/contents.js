// Where the reader is: the table of contents marks the section in view, a bar at the top the share read.
import { $, $$, article, targetOf } from "./dom.js";

const tocLinks = new Map();
$$(".toc a[href^='#']").forEach((a) => {
  const s = targetOf(a.hash);
  if (s) tocLinks.set(s, a);
});
if (tocLinks.size && window.IntersectionObserver) {
  const targets = [...tocLinks.keys()], seen = new Set();
  const io = new IntersectionObserver((entries) => {
    entries.forEach((en) => (en.isIntersecting ? seen.add(en.target) : seen.delete(en.target)));
    let cur = null;
    targets.forEach((s) => { if (seen.has(s)) cur = s; });
    if (!cur && targets[0].getBoundingClientRect().top < 0) return; // between sections: keep
    tocLinks.forEach((a, s) => (s === cur ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
  }, { rootMargin: "0px 0px -70% 0px" });
  targets.forEach((s) => io.observe(s));
}

const bar = $(".reading-progress");
if (bar && article) {
  bar.hidden = false;
  bar.setAttribute("aria-hidden", "true");
  let ticking = false;
  const update = () => {
    ticking = false;
    const r = article.getBoundingClientRect(), total = r.height - innerHeight;
    const p = total > 0 ? Math.min(1, Math.max(0, -r.top / total)) : 1;
    bar.style.transform = "scaleX(" + p.toFixed(4) + ")";
  };
  const tick = () => { if (!ticking) { ticking = true; requestAnimationFrame(update); } };
  window.addEventListener("scroll", tick, { passive: true });
  window.addEventListener("resize", tick);
  update();
}
