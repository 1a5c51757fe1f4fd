// Quote links: select words in a paragraph and a button offers its address with a text fragment (#p-…:~:text=…), so
// the browser scrolls to the words and highlights them (without text fragments it lands on the paragraph).
import { d, isParagraphId } from "./dom.js";
import { copyText, say, linkHere } from "./sharing.js";

const paragraphOf = (node) => {
  const el = node && (node.nodeType === 1 ? node : node.parentElement);
  const p = el ? el.closest("article p[id]") : null;
  return p && isParagraphId(p.id) ? p : null;
};
// The text directive's own syntax characters (- , &) must be escaped inside its terms.
const term = (s) => encodeURIComponent(s).replace(/-/g, "%2D");
const directive = (text) => {
  const chars = [...text];
  if (chars.length <= 48) return term(text);
  // Long selections: the first and last words (textStart,textEnd), so the link stays short and survives small edits.
  return term(chars.slice(0, 16).join("").trim()) + "," + term(chars.slice(-16).join("").trim());
};

let button = null, link = "", phrase = "", frame = 0;

// Browsers match a text fragment only at word boundaries (for Chinese, by dictionary), so a selection that starts or
// ends inside a word would find nothing: widen it to whole words, as Intl.Segmenter sees them.
const segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
const wholeWords = (p, range) => {
  const text = range.toString();
  if (!segmenter) return text;
  const before = d.createRange(), after = d.createRange();
  before.setStart(p, 0);
  before.setEnd(range.startContainer, range.startOffset);
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(p, p.childNodes.length);
  const head = before.toString(), all = head + text + after.toString();
  let start = head.length, end = head.length + text.length;
  for (const seg of segmenter.segment(all)) {
    const segEnd = seg.index + seg.segment.length;
    if (seg.index < start && segEnd > start) start = seg.index;
    if (seg.index < end && segEnd > end) end = segEnd;
  }
  return all.slice(start, end);
};

const hide = () => { if (button) button.hidden = true; };

const create = () => {
  button = d.createElement("button");
  button.type = "button";
  button.className = "quote-link";
  button.textContent = "复制引用链接";
  button.hidden = true;
  // Keep the selection: a press on the button must not clear it.
  button.addEventListener("mousedown", (e) => e.preventDefault());
  button.addEventListener("click", async () => {
    const short = [...phrase].length > 18 ? [...phrase].slice(0, 17).join("") + "…" : phrase;
    const ok = await copyText(link);
    say(ok ? `已复制引用链接：“${short}”` : "复制失败，请手动复制地址栏中的链接", 3000);
    if (ok) hide();
  });
  button.addEventListener("keydown", (e) => {
    if (e.key === "Escape") { hide(); const p = paragraphOf(button); if (p) { p.tabIndex = -1; p.focus(); } }
  });
};

const update = () => {
  frame = 0;
  const sel = d.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) { if (!button || d.activeElement !== button) hide(); return; }
  const p = paragraphOf(sel.anchorNode);
  if (!p || p !== paragraphOf(sel.focusNode) || (button && button.contains(sel.anchorNode))) { hide(); return; }
  const text = wholeWords(p, sel.getRangeAt(0)).replace(/\s+/g, " ").trim();
  if (!text) { hide(); return; }
  if (!button) create();
  phrase = text;
  link = linkHere("#" + p.id + ":~:text=" + directive(text));
  // Inside the paragraph, after its own controls: Tab from the selection reaches it.
  if (button.parentNode !== p) p.append(button);
  button.hidden = false;
  // Below the selection's last line (touch browsers put their own menu above it), inside the paragraph's width.
  const rects = sel.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1] || sel.getRangeAt(0).getBoundingClientRect();
  const origin = (button.offsetParent || d.body).getBoundingClientRect();
  const box = p.getBoundingClientRect();
  const left = Math.max(box.left, Math.min(last.right - button.offsetWidth / 2, box.right - button.offsetWidth));
  button.style.top = `${last.bottom - origin.top + 6}px`;
  button.style.left = `${left - origin.left}px`;
};

export const selectionChanged = () => { if (!frame) frame = requestAnimationFrame(update); };
