// A verdict mark's card is its row of the fact-check ledger, fetched once when a mark is first opened (the page stays
// light; without scripts the mark is a link to the same row). Each row becomes a <template id="claim-…">.
import { d, $, $$, host } from "./dom.js";

let claims = null;

// Resolves once the ledger at url has become card templates (again after a failed fetch).
export const loadClaimCards = (url) => {
  claims = claims || fetch(url, { credentials: "same-origin" })
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
    .then((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html"), box = d.createElement("div");
      box.hidden = true;
      $$("tr.claim-row[data-card-id]", doc).forEach((row) => {
        const tpl = d.createElement("template"), card = d.createElement("div"), head = d.createElement("p");
        const more = d.createElement("p"), a = d.createElement("a");
        tpl.id = row.dataset.cardId;
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
  return claims;
};
