// OpenAIStory: one clipboard helper for every feature that copies a link (copy-link buttons, quote links).
// Copies with the Clipboard API, else through a hidden textarea; focus returns where it was. Resolves true on success.
window.openAIStoryCopy = async (text) => {
  const d = document;
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
