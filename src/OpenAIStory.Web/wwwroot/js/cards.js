// Preview cards ([data-card] names a <template>): hover, focus or a first tap opens one. The card is a manual popover
// (top layer, never clipped); opening, closing and focus stay here.
import { d, $$, root, host } from "./dom.js";

const canPop = !!HTMLElement.prototype.showPopover;
let pop = null, trig = null, openTimer = 0, closeTimer = 0, suppress = false, pointer = "mouse", openAtDown = false;
let pending = null;
const tabbables = () => $$("a[href], button, input, select, textarea, [tabindex]")
  .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length && !(pop && pop.contains(el)));
const show = (on) => {
  if (!canPop) pop.hidden = !on;
  else if (on) pop.showPopover();
  else if (pop.matches(":popover-open")) pop.hidePopover();
};
const closeCard = () => {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  pending = null;
  if (!trig) return;
  trig.removeAttribute("aria-describedby");
  trig = null;
  if (pop) { show(false); pop.replaceChildren(); }
};
const closeSoon = () => {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(() => {
    const f = d.activeElement;
    if (trig && (f === trig || (pop && pop.contains(f)))) return; // keyboard owns it
    closeCard();
  }, 250);
};
const getPop = () => {
  if (pop) return pop;
  pop = d.createElement("div");
  pop.id = "card-pop";
  pop.className = "card-pop";
  if (canPop) pop.popover = "manual"; else pop.hidden = true;
  host.append(pop);
  pop.addEventListener("mouseenter", () => clearTimeout(closeTimer));
  pop.addEventListener("mouseleave", closeSoon);
  pop.addEventListener("focusout", (e) => {
    const to = e.relatedTarget;
    if (to && to !== trig && !pop.contains(to)) closeCard();
  });
  return pop;
};
const placeCard = () => {
  if (!trig || !pop) return;
  const rs = trig.getClientRects();
  if (!rs.length) return;
  const first = rs[0], last = rs[rs.length - 1], m = 8;
  const vw = root.clientWidth, w = pop.offsetWidth, h = pop.offsetHeight;
  const left = Math.max(m, Math.min(first.left, vw - w - m));
  let top = last.bottom + 6;
  if (top + h > innerHeight - m && first.top - h - 6 >= m) top = first.top - h - 6;
  pop.style.left = Math.round(left + scrollX) + "px";
  pop.style.top = Math.round(top + scrollY) + "px";
};
const openCard = (t) => {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  if (t === trig) return;
  const tpl = d.getElementById(t.dataset.card || "");
  if (!tpl || !tpl.content) { if (t.matches(".claim-ref a")) loadClaims(t); return; }
  closeCard();
  const p = getPop();
  p.replaceChildren(tpl.content.cloneNode(true));
  show(true);
  trig = t;
  t.setAttribute("aria-describedby", p.id);
  placeCard();
};
// A verdict mark's card comes from the ledger: claims.js is loaded with the first mark opened.
const loadClaims = (t) => {
  pending = t;
  import("./claims.js")
    .then((m) => m.loadClaimCards(t.href.split("#")[0]))
    .then(() => { if (pending === t) { pending = null; openCard(t); } }, () => {});
};
const cardOf = (el) => (el && el.closest ? el.closest("[data-card]") : null);

d.addEventListener("pointerover", (e) => {
  if (e.pointerType === "touch") return;
  const t = cardOf(e.target);
  if (!t) return;
  clearTimeout(closeTimer);
  if (t !== trig) {
    clearTimeout(openTimer);
    openTimer = setTimeout(() => openCard(t), 300);
  }
});
d.addEventListener("pointerout", (e) => {
  if (e.pointerType === "touch") return;
  const t = cardOf(e.target);
  if (!t || t.contains(e.relatedTarget)) return;
  clearTimeout(openTimer);
  if (t === trig && !(pop && pop.contains(e.relatedTarget))) closeSoon();
});
d.addEventListener("pointerdown", (e) => {
  pointer = e.pointerType || "mouse";
  const t = cardOf(e.target);
  openAtDown = !!t && t === trig;
  if (trig && t !== trig && !(pop && pop.contains(e.target))) closeCard();
}, true);
d.addEventListener("focusin", (e) => {
  const t = e.target;
  if (t.matches && t.matches("[data-card]")) {
    if (suppress) { suppress = false; return; }
    if (pointer !== "touch" || !t.matches("a")) openCard(t);
  } else if (trig && !(pop && pop.contains(t))) {
    closeCard();
  }
});
window.addEventListener("resize", placeCard);

// Touch: the first tap previews, the second follows the link (or closes a non-link card). True when taken.
export const cardClick = (e, el) => {
  const t = cardOf(el);
  if (!t || pointer !== "touch") return false;
  if (!openAtDown) {
    e.preventDefault();
    openCard(t);
    return true;
  }
  if (!t.matches("a")) { closeCard(); return true; }
  return false;
};

// Escape closes the card (focus back on its trigger); Enter/Space toggle a date's or amount's card; Tab enters the
// card and leaves it after its trigger. True when taken.
export const cardKey = (e) => {
  const t = e.target;
  pointer = "key";
  if (e.key === "Escape") {
    if (!trig) return false;
    const owner = trig, inside = pop && pop.contains(d.activeElement);
    closeCard();
    if (inside) { suppress = true; owner.focus(); }
    e.preventDefault();
    return true;
  }
  if ((e.key === "Enter" || e.key === " ") && t.matches && t.matches("[data-card]:not(a)")) {
    e.preventDefault();
    if (t === trig) closeCard(); else openCard(t);
    return true;
  }
  if (e.key !== "Tab" || !trig || !pop || e.altKey || e.ctrlKey || e.metaKey) return false;
  const inner = $$("a[href], button", pop);
  if (!inner.length) return false;
  if (t === trig && !e.shiftKey) {
    e.preventDefault();
    inner[0].focus();
  } else if (pop.contains(t)) {
    const i = inner.indexOf(t);
    if (e.shiftKey && i === 0) {
      e.preventDefault();
      suppress = d.activeElement !== trig;
      trig.focus();
    } else if (!e.shiftKey && i === inner.length - 1) {
      e.preventDefault();
      const list = tabbables(), owner = trig;
      closeCard();
      const next = list[list.indexOf(owner) + 1];
      if (next) next.focus(); else owner.focus();
    }
  }
  return true;
};
