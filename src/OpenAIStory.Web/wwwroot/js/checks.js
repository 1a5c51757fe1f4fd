// The fact-check ledger: a verdict filter over the table. Without this module the whole table shows.
import { $, $$, targetOf } from "./dom.js";

const form = $(".verdict-filter");
const rows = $$("tr.claim-row");
const status = $(".filter-status");
if (form && rows.length) {
  const apply = (verdict) => {
    let shown = 0;
    rows.forEach((row) => {
      const on = !verdict || row.dataset.verdict === verdict;
      row.hidden = !on;
      if (on) shown++;
    });
    const label = form.querySelector(`input[value="${verdict}"]`)?.parentElement?.textContent.trim().replace(/（\d+）$/, "") || "全部";
    if (status) status.textContent = verdict ? `显示“${label}”${shown} 条，共 ${rows.length} 条` : `显示全部 ${rows.length} 条`;
  };
  form.addEventListener("change", (e) => { if (e.target.name === "verdict") apply(e.target.value); });
  // A link to a row (/checks#c-…) always shows that row, whatever the filter.
  const reveal = () => {
    const row = targetOf(location.hash);
    if (row && row.hidden) { form.querySelector('input[value=""]').checked = true; apply(""); row.scrollIntoView(); }
  };
  window.addEventListener("hashchange", reveal);
}
