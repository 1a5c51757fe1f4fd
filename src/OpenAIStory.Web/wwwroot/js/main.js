// OpenAIStory's entry module: progressive enhancements only; every page reads fine without scripts. Each feature
// module sets itself up when imported (in this order); clicks and keys several answer are dispatched here, in order.
import { d, root } from "./dom.js";
import { noteClick, noteKey } from "./notes.js";
import { cardClick, cardKey } from "./cards.js";
import { copyLinkClick } from "./sharing.js";
import "./landing.js";
import "./contents.js";
import "./theme.js";

d.addEventListener("click", (e) => {
  if (e.defaultPrevented || e.button) return;
  const el = e.target.closest ? e.target : e.target.parentElement;
  if (!el || copyLinkClick(el) || cardClick(e, el) || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  noteClick(e, el);
});
d.addEventListener("keydown", (e) => cardKey(e) || noteKey(e));

root.classList.add("js-ready"); // tells init.js's safety net that enhancement succeeded
