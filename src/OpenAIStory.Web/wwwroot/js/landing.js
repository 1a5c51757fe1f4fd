// Landing on #id (on load and on hash changes): scroll to the target, open it if it is a note, and mark it briefly.
import { d, $, behavior, article, dec, flash, isParagraphId } from "./dom.js";
import { openNote } from "./notes.js";


const notice = (msg) => {
  if (!article) return;
  const p = d.createElement("p");
  p.className = "notice";
  p.setAttribute("role", "status");
  article.prepend(p);
  if (!article.hasAttribute("tabindex")) article.tabIndex = -1;
  article.focus({ preventScroll: true });
  article.scrollIntoView({ block: "start" });
  setTimeout(() => { p.textContent = msg; article.scrollIntoView({ block: "start" }); }, 100);
};
// Opened with a text fragment (#p-…:~:text=…, a quote link): the browser scrolls to the words and highlights
// them, and a script scroll would cancel that; the address bar no longer shows the directive, the navigation entry does.
const nav = (performance.getEntriesByType && performance.getEntriesByType("navigation")[0]) || {};
const textDirective = !!d.fragmentDirective && String(nav.name || "").includes(":~:");
const land = (smooth, first) => {
  const raw = location.hash.slice(1);
  if (!raw) {
    // A section's own page (/s/{slug}) lands on that section: mark it briefly, as a #slug link would.
    const own = $(".section-page section[id] h2");
    if (own) flash(own);
    return;
  }
  const id = dec(raw);
  const el = d.getElementById(id);
  if (!el) {
    // A paragraph id no element has: the text was revised since the link was made.
    if (isParagraphId(id)) notice("你打开的段落链接已失效（原文可能已修订），已为你定位到文章开头。");
    return;
  }
  const isNote = el.classList.contains("note");
  if (isNote) openNote(el);
  if (!(first && textDirective)) el.scrollIntoView({ block: isNote ? "center" : "start", behavior: smooth ? behavior() : "auto" });
  const h = el.matches("section, aside") && $("h2", el);
  flash(h || el);
  if (isNote) el.focus({ preventScroll: true });
};
window.addEventListener("hashchange", () => land(true));
land(false, true);
