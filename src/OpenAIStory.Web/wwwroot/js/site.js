// OpenAIStory: progressive enhancements only; every page reads fine without this file.
(() => {
  "use strict";
  const flash = (el) => {
    if (!el) return;
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  };
  const onHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) flash(document.getElementById(id));
  };
  window.addEventListener("hashchange", onHash);
  document.addEventListener("DOMContentLoaded", onHash);
})();
