// The light/dark toggle: remembers a choice that differs from the system's (init.js applies it before first paint).
import { $, mq, root } from "./dom.js";

const toggle = $(".theme-toggle");
if (toggle) {
  const sysDark = mq("(prefers-color-scheme: dark)");
  const current = () => root.getAttribute("data-theme") || (sysDark.matches ? "dark" : "light");
  const sync = () => toggle.setAttribute("aria-pressed", current() === "dark");
  sync();
  toggle.addEventListener("click", () => {
    const next = current() === "dark" ? "light" : "dark";
    const sys = sysDark.matches ? "dark" : "light";
    try {
      if (next === sys) localStorage.removeItem("theme"); else localStorage.setItem("theme", next);
    } catch (err) { /* not remembered */ }
    if (next === sys) root.removeAttribute("data-theme"); else root.setAttribute("data-theme", next);
    sync();
  });
  if (sysDark.addEventListener) sysDark.addEventListener("change", sync);
}
