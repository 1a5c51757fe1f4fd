// Sharing: copy-link buttons copy their paragraph's or section's address (data-href); quote links (quote.js, loaded
// with the first selection of words) copy a link to selected words. One clipboard helper, one status line for both.
import { d, $$, host } from "./dom.js";

// Copies with the Clipboard API, else through a hidden textarea (focus returns). Resolves true on success.
export const copyText = async (text) => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (err) {
    const back = d.activeElement, ta = d.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.className = "visually-hidden";
    d.body.append(ta);
    ta.select();
    let ok = false;
    try { ok = d.execCommand("copy"); } catch (e2) { ok = false; }
    ta.remove();
    if (back && back.focus) back.focus({ preventScroll: true });
    return ok;
  }
};

// The status line is kept rendered while empty so screen readers track it.
const toast = d.createElement("div");
toast.className = "toast";
toast.setAttribute("role", "status");
host.append(toast);
let toastTimer;
// Says msg after a beat (so a repeated message is announced again) and clears it after `hold` ms.
export const say = (msg, hold = 2500) => {
  clearTimeout(toastTimer);
  toast.textContent = "";
  toastTimer = setTimeout(() => {
    toast.textContent = msg;
    toastTimer = setTimeout(() => { toast.textContent = ""; }, hold);
  }, 60);
};

$$("button.copy-link").forEach((b) => { if (!b.title) b.title = b.textContent.trim(); });

// The address of this page with a fragment (#p-…, #p-…:~:text=…): what the copy and quote links copy.
export const linkHere = (fragment) => location.origin + location.pathname + fragment;

// A click in a copy-link button copies its link. True when taken.
export const copyLinkClick = (el) => {
  const b = el.closest("button.copy-link");
  if (!b) return false;
  copyText(linkHere(b.dataset.href || ""))
    .then((ok) => say(ok ? "已复制链接" : "复制失败，请长按 ¶ 链接手动复制"));
  return true;
};

let quote = null;
d.addEventListener("selectionchange", () => {
  const sel = d.getSelection();
  if (!quote && (!sel || sel.isCollapsed)) return;
  quote = quote || import("./quote.js");
  quote.then((m) => m.selectionChanged(), () => {});
});
