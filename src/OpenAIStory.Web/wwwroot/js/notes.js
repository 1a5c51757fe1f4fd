// Side notes: in the margin on wide screens (one opens in full), 段后注 under their paragraph on narrow ones.
import { d, root, $, $$, wide, behavior, article, targetOf, focusEl, flash } from "./dom.js";

const noteFor = new Map(), refFor = new Map();
$$(".note-ref a[href^='#']").forEach((a) => {
  const n = targetOf(a.hash);
  if (n && n.classList.contains("note")) {
    noteFor.set(a, n);
    refFor.set(n, a);
    a.setAttribute("aria-controls", n.id);
  }
});
export const notes = article ? $$(".notes .note", article) : [];
notes.forEach((n) => { if (!n.hasAttribute("tabindex")) n.tabIndex = -1; });
// Landmarks need distinct names: "本段注释" ×N → "本段注释 3–4".
const groups = article ? $$("aside.notes[aria-label]", article) : [];
groups.forEach((g) => {
  const label = g.getAttribute("aria-label");
  if (groups.filter((o) => o.getAttribute("aria-label") === label).length < 2) return;
  const nums = $$(".note-num", g).map((x) => x.textContent.trim()).filter(Boolean);
  if (nums.length) g.setAttribute("aria-label", label + " " + nums[0] + (nums.length > 1 ? "–" + nums[nums.length - 1] : ""));
});

const setOpen = (n, open) => {
  n.classList.toggle("is-open", open);
  const g = n.closest(".notes");
  if (g) g.classList.toggle("has-open", !!$(".note.is-open", g));
  const a = refFor.get(n);
  if (a && !wide.matches) a.setAttribute("aria-expanded", open);
};

// Centre line of the text line that holds a reference (line boxes are uniform: sup has line-height 0).
const lineMid = (a) => {
  const sup = a.closest(".note-ref") || a;
  const block = (sup.parentElement && sup.parentElement.closest("p, figcaption, h2, h3, li, blockquote")) || sup.parentElement || sup;
  const cs = getComputedStyle(block);
  const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.8;
  const top = block.getBoundingClientRect().top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth);
  const r = sup.getClientRects()[0] || sup.getBoundingClientRect();
  const line = Math.max(0, Math.floor(((r.top + r.bottom) / 2 - top) / lh));
  return top + line * lh + lh / 2;
};

const place = () => {
  if (!article || !notes.length) return;
  article.style.minHeight = "";
  if (!wide.matches) {
    notes.forEach((n) => { n.style.top = ""; });
    article.classList.remove("notes-placed");
    return;
  }
  const base = article.getBoundingClientRect().top;
  const gap = parseFloat(getComputedStyle(root).fontSize) * 0.75;
  let prev = -Infinity;
  for (const n of notes) {
    const a = refFor.get(n);
    let want;
    if (a && a.getClientRects().length) {
      want = lineMid(a) - base - (parseFloat(getComputedStyle(n).lineHeight) || 24) / 2;
    } else {
      const g = n.closest(".notes");
      const before = g && g.previousElementSibling;
      want = (before ? before.getBoundingClientRect().top : g.getBoundingClientRect().top) - base;
    }
    const top = Math.round(Math.max(want, prev + gap));
    n.style.top = top + "px";
    prev = top + n.offsetHeight;
  }
  if (prev > article.offsetHeight) article.style.minHeight = Math.ceil(prev) + "px";
  article.classList.add("notes-placed");
};
let placeFrame = 0;
const schedule = () => { cancelAnimationFrame(placeFrame); placeFrame = requestAnimationFrame(place); };
// Wide: notes are compact previews; one at a time opens in full and the others make room below it.
const expand = (n, open) => {
  if (!wide.matches || n.classList.contains("is-open") === open) return;
  if (open) notes.forEach((o) => { if (o !== n && o.classList.contains("is-open")) setOpen(o, false); });
  setOpen(n, open);
  n.scrollTop = 0;
  place();
};

const setMode = () => {
  notes.forEach((n) => setOpen(n, false));
  refFor.forEach((a, n) => {
    if (wide.matches) a.removeAttribute("aria-expanded");
    else a.setAttribute("aria-expanded", n.classList.contains("is-open"));
  });
  place();
};
setMode();
if (wide.addEventListener) wide.addEventListener("change", setMode);
window.addEventListener("resize", schedule);
window.addEventListener("load", schedule);
if (d.fonts && d.fonts.ready) d.fonts.ready.then(schedule);
if (article && window.ResizeObserver) new ResizeObserver(schedule).observe(article);

// Opens a note in full (a link landed on it).
export const openNote = (n) => { if (wide.matches) expand(n, true); else setOpen(n, true); };

const activateRef = (a, n) => {
  if (wide.matches) {
    expand(n, true);
    flash(n);
    focusEl(n);
    return;
  }
  const open = !n.classList.contains("is-open");
  setOpen(n, open);
  if (open) {
    n.focus({ preventScroll: true });
    const r = n.getBoundingClientRect();
    if (r.bottom > innerHeight) n.scrollIntoView({ block: "nearest", behavior: behavior() });
  } else {
    a.focus({ preventScroll: true });
  }
};
const backTo = (n) => {
  const a = refFor.get(n);
  if (!a) return false;
  if (wide.matches) expand(n, false); else setOpen(n, false);
  focusEl(a);
  flash(a.closest(".note-ref"));
  return true;
};

// Pairing highlight between a reference and its side note.
const hot = (e, on) => {
  if (!wide.matches || !e.target.closest) return;
  const t = e.target.closest(".note-ref a, .note");
  const o = t && (noteFor.get(t) || refFor.get(t));
  if (o) { t.classList.toggle("is-hot", on); o.classList.toggle("is-hot", on); }
};
d.addEventListener("mouseover", (e) => hot(e, true));
d.addEventListener("mouseout", (e) => hot(e, false));
d.addEventListener("focusin", (e) => {
  const t = e.target, inNote = t.closest && t.closest(".note");
  if (inNote && inNote !== t && notes.includes(inNote)) expand(inNote, true); // Tab into a folded note
});

// A plain click: a reference opens its note, a back link returns; a click elsewhere folds the open note.
export const noteClick = (e, el) => {
  const a = el.closest("a"), n = a && noteFor.get(a);
  if (n) { e.preventDefault(); activateRef(a, n); return; }
  if (a && a.classList.contains("note-back") && backTo(a.closest(".note"))) { e.preventDefault(); return; }
  if (!wide.matches || a) return;
  const note = el.closest(".note");
  if (notes.includes(note)) expand(note, true);
  else notes.forEach((o) => expand(o, false));
};

// Escape in a note returns to its reference; Enter/Space open or fold a wide note; Space on a reference opens it.
export const noteKey = (e) => {
  const t = e.target;
  if (e.key === "Escape") {
    const n = t.closest && t.closest(".note");
    if (n && backTo(n)) e.preventDefault();
  } else if ((e.key === "Enter" || e.key === " ") && wide.matches && notes.includes(t)) {
    e.preventDefault();
    expand(t, !t.classList.contains("is-open"));
  } else if ((e.key === " " || e.key === "Spacebar") && noteFor.has(t)) {
    e.preventDefault();
    activateRef(t, noteFor.get(t));
  }
};
