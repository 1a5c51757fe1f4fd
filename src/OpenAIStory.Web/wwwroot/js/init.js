// OpenAIStory: a classic script, run blocking in <head> before first paint: mark JS on, apply the saved theme.
// Safety net: if main.js never finished (blocked, 404, error), fall back to the no-JS layout on load.
(function (w, d) {
  d.classList.remove("no-js");
  d.classList.add("js");
  try {
    var t = w.localStorage.getItem("theme");
    if (t === "dark" || t === "light") d.setAttribute("data-theme", t);
  } catch (e) { /* storage blocked: follow the system */ }
  w.addEventListener("load", function () {
    if (!d.classList.contains("js-ready")) { d.classList.remove("js"); d.classList.add("no-js"); }
  });
})(window, document.documentElement);
