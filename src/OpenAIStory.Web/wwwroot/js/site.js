// OpenAIStory: progressive enhancements only; every page reads fine without this file.
// Side notes (wide) / 段后注 (narrow), preview cards, copy-link, hash landing, TOC tracking,
// reading progress, theme toggle. Every feature does nothing if its elements are missing.
(() => {
  "use strict";
  const d = document, root = d.documentElement;
  const $ = (s, c = d) => c.querySelector(s);
  const $$ = (s, c = d) => Array.from(c.querySelectorAll(s));
  const mq = (q) => window.matchMedia(q);
  const reduced = mq("(prefers-reduced-motion: reduce)");
  const wide = mq("(min-width: 64rem)");
  const behavior = () => (reduced.matches ? "auto" : "smooth");
  const inView = (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
  const focusEl = (el) => {
    if (!el) return;
    el.focus({ preventScroll: true });
    if (!inView(el)) el.scrollIntoView({ block: "center", behavior: behavior() });
  };
  const dec = (s) => { try { return decodeURIComponent(s); } catch (e) { return s; } };
  const flash = (el) => {
    if (!el) return;
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
    clearTimeout(el.flashTimer);
    el.flashTimer = setTimeout(() => el.classList.remove("flash"), reduced.matches ? 4000 : 2100);
  };

  const start = () => {
    root.classList.remove("no-js");
    root.classList.add("js"); // init.js normally did this already
    const article = $("article.reading");

    // Polite status line (copy-link). Kept rendered while empty so screen readers track it.
    const host = $("main") || d.body; // keep overlays inside a landmark
    const toast = d.createElement("div");
    toast.className = "toast";
    toast.setAttribute("role", "status");
    host.append(toast);
    let toastTimer;
    const say = (msg) => {
      clearTimeout(toastTimer);
      toast.textContent = "";
      toastTimer = setTimeout(() => {
        toast.textContent = msg;
        toastTimer = setTimeout(() => { toast.textContent = ""; }, 2500);
      }, 60);
    };

    /* ---------- Notes ---------- */
    const noteFor = new Map(), refFor = new Map();
    $$(".note-ref a[href^='#']").forEach((a) => {
      const n = d.getElementById(dec(a.hash.slice(1)));
      if (n && n.classList.contains("note")) {
        noteFor.set(a, n);
        refFor.set(n, a);
        a.setAttribute("aria-controls", n.id);
      }
    });
    const notes = article ? $$(".notes .note", article) : [];
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

    /* ---------- Preview cards ---------- */
    let pop = null, trig = null, openTimer = 0, closeTimer = 0, suppress = false, pointer = "mouse", openAtDown = false;
    const tabbables = () => $$("a[href], button, input, select, textarea, [tabindex]")
      .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length && !(pop && pop.contains(el)));
    let pending = null, claims = null;
    const closeCard = () => {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      pending = null;
      if (!trig) return;
      trig.removeAttribute("aria-describedby");
      trig = null;
      if (pop) { pop.hidden = true; pop.replaceChildren(); }
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
      pop.hidden = true;
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
      p.hidden = false;
      trig = t;
      t.setAttribute("aria-describedby", p.id);
      placeCard();
    };
    // A verdict mark's card is its row of the ledger, fetched once when a mark is first opened (the page stays light;
    // without scripts the mark is a link to the same row).
    const loadClaims = (t) => {
      pending = t;
      const url = t.href.split("#")[0];
      claims = claims || fetch(url, { credentials: "same-origin" })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
        .then((html) => {
          const doc = new DOMParser().parseFromString(html, "text/html"), box = d.createElement("div");
          box.hidden = true;
          $$("tr.claim-row[id]", doc).forEach((row) => {
            const tpl = d.createElement("template"), card = d.createElement("div"), head = d.createElement("p");
            const more = d.createElement("p"), a = d.createElement("a");
            tpl.id = "claim-" + row.id.slice(2);
            card.className = "card claim-card";
            head.className = "card-title";
            head.append(d.importNode($(".verdict-badge", row), true));
            card.append(head);
            [".claim-said", ".note-body", ".note-sources"].forEach((sel) => { const x = $(sel, row); if (x) card.append(d.importNode(x, true)); });
            more.className = "card-more";
            a.href = url + "#" + row.id;
            a.textContent = "在核查总表中查看 →";
            more.append(a);
            card.append(more);
            tpl.content.append(card);
            box.append(tpl);
          });
          host.append(box);
        })
        .catch(() => { claims = null; });
      claims.then(() => { if (pending === t) { pending = null; openCard(t); } });
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
      const t = e.target, inNote = t.closest && t.closest(".note");
      if (inNote && inNote !== t && notes.includes(inNote)) expand(inNote, true); // Tab into a folded note
      if (t.matches && t.matches("[data-card]")) {
        if (suppress) { suppress = false; return; }
        if (pointer !== "touch" || !t.matches("a")) openCard(t);
      } else if (trig && !(pop && pop.contains(t))) {
        closeCard();
      }
    });
    window.addEventListener("resize", placeCard);

    /* ---------- Clicks ---------- */
    const copyText = window.openAIStoryCopy; // js/clipboard.js
    $$("button.copy-link").forEach((b) => { b.hidden = false; if (!b.title) b.title = b.textContent.trim(); });

    d.addEventListener("click", (e) => {
      if (e.defaultPrevented || e.button) return;
      const el = e.target.closest ? e.target : e.target.parentElement;
      if (!el) return;
      const b = el.closest("button.copy-link");
      if (b) {
        const url = location.origin + location.pathname + (b.dataset.href || "");
        copyText(url).then((ok) => say(ok ? "已复制链接" : "复制失败，请长按 ¶ 链接手动复制"));
        return;
      }
      const t = cardOf(el);
      if (t && pointer === "touch") {
        // Touch: the first tap previews, the second follows the link (or closes a non-link card).
        if (!openAtDown) {
          e.preventDefault();
          openCard(t);
          return;
        }
        if (!t.matches("a")) { closeCard(); return; }
      }
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = el.closest("a"), n = a && noteFor.get(a);
      if (n) { e.preventDefault(); activateRef(a, n); return; }
      if (a && a.classList.contains("note-back") && backTo(a.closest(".note"))) { e.preventDefault(); return; }
      if (!wide.matches || a) return;
      const note = el.closest(".note");
      if (notes.includes(note)) expand(note, true);
      else notes.forEach((o) => expand(o, false)); // a click elsewhere folds the open note
    });

    /* ---------- Keys ---------- */
    d.addEventListener("keydown", (e) => {
      const t = e.target;
      pointer = "key";
      if (e.key === "Escape") {
        if (trig) {
          const owner = trig, inside = pop && pop.contains(d.activeElement);
          closeCard();
          if (inside) { suppress = true; owner.focus(); }
          e.preventDefault();
          return;
        }
        const n = t.closest && t.closest(".note");
        if (n && backTo(n)) e.preventDefault();
        return;
      }
      if ((e.key === "Enter" || e.key === " ") && t.matches && t.matches("[data-card]:not(a)")) {
        e.preventDefault(); // dates and amounts: Enter/Space show or hide their card again after Esc
        if (t === trig) closeCard(); else openCard(t);
        return;
      }
      if ((e.key === "Enter" || e.key === " ") && wide.matches && notes.includes(t)) {
        e.preventDefault();
        expand(t, !t.classList.contains("is-open"));
        return;
      }
      if ((e.key === " " || e.key === "Spacebar") && noteFor.has(t)) {
        e.preventDefault();
        activateRef(t, noteFor.get(t));
        return;
      }
      if (e.key === "Tab" && trig && pop && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const inner = $$("a[href], button", pop);
        if (!inner.length) return;
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
      }
    });

    /* ---------- Landing on #id ---------- */
    const notice = (msg) => {
      if (!article) return;
      const p = d.createElement("p");
      p.className = "notice";
      p.setAttribute("role", "status");
      article.prepend(p);
      if (!article.hasAttribute("tabindex")) article.tabIndex = -1;
      article.focus({ preventScroll: true });
      article.scrollIntoView({ block: "start" });
      setTimeout(() => { p.textContent = msg; article.scrollIntoView({ block: "start" }); }, 100);
    };
    // Opened with a text fragment (#p-…:~:text=…, a quote link): the browser scrolls to the words and highlights
    // them, and a script scroll would cancel that; the address bar no longer shows the directive, the navigation entry does.
    const nav = (performance.getEntriesByType && performance.getEntriesByType("navigation")[0]) || {};
    const textDirective = !!d.fragmentDirective && String(nav.name || "").includes(":~:");
    const land = (smooth, first) => {
      const raw = location.hash.slice(1);
      if (!raw) {
        // A section's own page (/s/{slug}) lands on that section: mark it briefly, as a #slug link would.
        const own = $(".section-page section[id] h2");
        if (own) flash(own);
        return;
      }
      const id = dec(raw);
      const el = d.getElementById(id);
      if (!el) {
        if (article && new RegExp(article.dataset.paragraphId || "(?!)", "i").test(id)) notice("你打开的段落链接已失效（原文可能已修订），已为你定位到文章开头。");
        return;
      }
      const isNote = el.classList.contains("note");
      if (isNote) {
        if (!wide.matches) setOpen(el, true);
        else expand(el, true);
      }
      if (!(first && textDirective)) el.scrollIntoView({ block: isNote ? "center" : "start", behavior: smooth ? behavior() : "auto" });
      const h = el.matches("section, aside") && $("h2", el);
      flash(h || el);
      if (isNote) el.focus({ preventScroll: true });
    };
    window.addEventListener("hashchange", () => land(true));
    land(false, true);

    /* ---------- TOC tracking ---------- */
    const tocLinks = new Map();
    $$(".toc a[href^='#']").forEach((a) => {
      const s = d.getElementById(dec(a.hash.slice(1)));
      if (s) tocLinks.set(s, a);
    });
    if (tocLinks.size && window.IntersectionObserver) {
      const targets = [...tocLinks.keys()], seen = new Set();
      const io = new IntersectionObserver((entries) => {
        entries.forEach((en) => (en.isIntersecting ? seen.add(en.target) : seen.delete(en.target)));
        let cur = null;
        targets.forEach((s) => { if (seen.has(s)) cur = s; });
        if (!cur && targets[0].getBoundingClientRect().top < 0) return; // between sections: keep
        tocLinks.forEach((a, s) => (s === cur ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
      }, { rootMargin: "0px 0px -70% 0px" });
      targets.forEach((s) => io.observe(s));
    }

    /* ---------- Reading progress ---------- */
    const bar = $(".reading-progress");
    if (bar && article) {
      bar.hidden = false;
      bar.setAttribute("aria-hidden", "true");
      let ticking = false;
      const update = () => {
        ticking = false;
        const r = article.getBoundingClientRect(), total = r.height - innerHeight;
        const p = total > 0 ? Math.min(1, Math.max(0, -r.top / total)) : 1;
        bar.style.transform = "scaleX(" + p.toFixed(4) + ")";
      };
      const tick = () => { if (!ticking) { ticking = true; requestAnimationFrame(update); } };
      window.addEventListener("scroll", tick, { passive: true });
      window.addEventListener("resize", tick);
      update();
    }

    /* ---------- Theme ---------- */
    const toggle = $(".theme-toggle");
    if (toggle) {
      const sysDark = mq("(prefers-color-scheme: dark)");
      const current = () => root.getAttribute("data-theme") || (sysDark.matches ? "dark" : "light");
      const sync = () => toggle.setAttribute("aria-pressed", current() === "dark");
      toggle.hidden = false;
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
    root.classList.add("js-ready"); // tells init.js's safety net that enhancement succeeded
  };

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start);
  else start();
})();
