// 10,000 generated claims: the report is written, loads in under 2 s and a filter applies in
// under 200 ms in headless Chromium. Prints the numbers with the CPU model.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, polyfact, freshDir, launch, openPage, cpuModel } from "./common.mjs";

const N = Number(process.env.REPORT_BENCH_CLAIMS || 10000);
const LOAD_BUDGET_MS = 2000;
const FILTER_BUDGET_MS = 200;
let browser, report, writeMs;

before(async () => {
  const dir = freshDir("bench");
  execFileSync("python3", [path.join(ROOT, "scripts/gen_report_corpus.py"), dir, "--claims", String(N)], { stdio: "ignore" });
  report = path.join(dir, "report.html");
  const t0 = Date.now();
  polyfact(["report", dir, "--out", report]);
  writeMs = Date.now() - t0;
  browser = await launch();
});

after(async () => browser && (await browser.close()));

// Applies a change in the page and measures until style, layout and the next frame are done.
async function timed(page, action) {
  return page.evaluate(
    ([action]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        eval(action);
        void document.body.offsetHeight;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      }),
    [action],
  );
}

test(`${N} claims: load and filter within budget`, async () => {
  const mb = fs.statSync(report).size / 1e6;
  // Best of two loads: the first also pays for starting the renderer.
  const loads = [];
  let page;
  for (let i = 0; i < 2; i++) {
    if (page) await page.close();
    const o = await openPage(browser, report);
    page = o.page;
    loads.push(o.loadMs);
    assert.deepEqual(o.errors, []);
  }
  const total = await page.evaluate(() => document.getElementById("count").textContent);
  assert.equal(total, `${N} of ${N} claims shown`);
  // Scrolling to the end shows the next page of claims.
  const firstPage = await page.evaluate(() => document.querySelectorAll("article.claim").length);
  assert.ok(firstPage > 0 && firstPage < N);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction((n) => document.querySelectorAll("article.claim").length > n, firstPage);
  await page.evaluate(() => window.scrollTo(0, 0));
  const sortBy = (v) => `(s => { s.value = "${v}"; s.dispatchEvent(new Event("change", { bubbles: true })); })(document.getElementById("sort"))`;
  const sorts = {};
  for (const v of ["sources", "confidence", "subject"]) sorts[v] = await timed(page, sortBy(v));
  const filters = {
    language: `document.querySelector('#f-lang input[value="ja"]').click()`,
    language_off: `document.querySelector('#f-lang input[value="ja"]').click()`,
    predicate: `(s => { s.value = "deal.value"; s.dispatchEvent(new Event("change", { bubbles: true })); })(document.getElementById("f-pred"))`,
    entity: `(i => { i.value = "lu"; i.dispatchEvent(new Event("input", { bubbles: true })); })(document.getElementById("f-ent"))`,
    status: `document.querySelector('#f-status input[value="conflicting"]').click()`,
  };
  const times = {};
  for (const [name, action] of Object.entries(filters)) times[name] = await timed(page, action);
  const shown = await page.evaluate(() => document.getElementById("count").textContent);
  const load = Math.min(...loads);
  const filter = Math.max(...Object.values(times));
  const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", ");
  console.log(
    `report bench: ${N} claims, ${mb.toFixed(1)} MB HTML, written in ${writeMs} ms; ` +
      `load ${load} ms (runs: ${loads.join(", ")} ms); filters: ${fmt(times)}; sorts (all claims): ${fmt(sorts)}; ` +
      `${shown} after all filters; CPU: ${cpuModel()}`,
  );
  assert.ok(load < LOAD_BUDGET_MS, `load ${load} ms`);
  assert.ok(filter < FILTER_BUDGET_MS, `slowest filter ${filter} ms`);
  await page.close();
});
