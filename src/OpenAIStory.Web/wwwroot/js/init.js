// OpenAIStory: runs blocking in <head> before first paint: mark JS on, apply the saved theme.
(function (d) {
  d.classList.remove("no-js");
  d.classList.add("js");
  try {
    var t = localStorage.getItem("theme");
    if (t === "dark" || t === "light") d.setAttribute("data-theme", t);
  } catch (e) { /* storage blocked: follow the system */ }
})(document.documentElement);
