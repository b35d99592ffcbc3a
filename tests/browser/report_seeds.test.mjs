// The report of the five seed articles plus a hostile article, in headless Chromium: the
// OpenAI–Amazon deal with its five sources, the language filter, and inert hostile text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, WORK, polyfact, freshDir, launch, openPage, visibleFn } from "./common.mjs";

const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = '"><img src=x onerror="window.__pwned=2">';
// Entity-encoded in the HTML, so that ingest decodes them into plain text.
const enc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const HOSTILE = `<!DOCTYPE html><html><head><title>Hostile ${enc(SCRIPT)} title</title></head><body><article>
<h1>Hostile ${enc(SCRIPT)} title</h1>
<p>Amsterdam, 4 November 2025 – Nvidia ${enc(SCRIPT)} authorized a new share buyback of $15 billion ${enc(IMG)} on Tuesday.</p>
</article></body></html>`;

let browser, dir, report;

before(async () => {
  const root = freshDir("seeds");
  const inputs = path.join(root, "hostile");
  fs.mkdirSync(inputs);
  fs.writeFileSync(path.join(inputs, "hostile_article.html"), HOSTILE);
  dir = path.join(root, "out");
  const extra = (process.env.POLYFACT_REPORT_RUN_ARGS || "--no-ner").split(" ").filter(Boolean);
  polyfact(["run", path.join(ROOT, "../shared/corpus/seeds"), inputs, "--out", dir, "--quiet",
    "--today", "2026-01-01", "--report", "--export", "parquet", ...extra]);
  report = path.join(dir, "report.html");
  assert.ok(fs.existsSync(report), "polyfact run --report wrote report.html");
  assert.ok(fs.existsSync(path.join(dir, "claims_sources.parquet")), "--export parquet wrote the table");
  browser = await launch();
});

after(async () => browser && (await browser.close()));

test("deal.value 38 billion USD between OpenAI and Amazon, with sources from all five articles", async () => {
  const { page, errors } = await openPage(browser, report);
  const deal = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('article.claim[data-p="deal.value"]')].filter((c) => {
      const subject = c.closest("section").id;
      const object = (c.querySelector(".obj") || {}).textContent || "";
      return (subject === "s-openai" && /amazon|aws/i.test(object)) || (/^s-(amazon|aws)$/.test(subject) && /openai/i.test(object));
    });
    return cards.map((c) => ({
      value: c.querySelector(".val").textContent,
      docs: [...c.querySelectorAll(".src .docid")].map((d) => d.textContent),
      langs: [...c.querySelectorAll(".src .lang")].map((d) => d.textContent),
      marks: [...c.querySelectorAll(".src mark")].map((m) => m.textContent),
    }));
  });
  assert.equal(deal.length, 1, JSON.stringify(deal));
  assert.equal(deal[0].value, "38 billion USD");
  const seeds = fs.readdirSync(path.join(ROOT, "../shared/corpus/seeds")).map((f) => f.replace(/\.[^.]+$/, ""));
  for (const s of seeds) assert.ok(deal[0].docs.some((d) => d.includes(s)), `source from ${s}: ${deal[0].docs}`);
  assert.deepEqual([...new Set(deal[0].langs)].sort(), ["de", "en", "ja", "nl"]);
  assert.ok(deal[0].marks.length >= 5 && deal[0].marks.every((m) => m.length > 0), "value highlighted in every quote");
  assert.deepEqual(errors, [], "no console error, CSP violation or network request");
  await page.close();
});

test("a language filter hides the other languages", async () => {
  const { page } = await openPage(browser, report);
  await page.click('#f-lang label:has(input[value="ja"])');
  const state = await page.evaluate((fn) => {
    const visible = eval(fn);
    const srcs = [...document.querySelectorAll(".src")];
    const cards = [...document.querySelectorAll("article.claim")];
    return {
      shownSrcLangs: [...new Set(srcs.filter(visible).map((s) => s.querySelector(".lang").textContent))],
      hiddenSrcs: srcs.filter((s) => !visible(s)).length,
      shownCardsWithoutJa: cards.filter(visible).filter((c) => !c.dataset.l.split(" ").includes("ja")).length,
      shownCards: cards.filter(visible).length,
      count: document.getElementById("count").textContent,
    };
  }, visibleFn);
  assert.deepEqual(state.shownSrcLangs, ["ja"], JSON.stringify(state));
  assert.ok(state.hiddenSrcs > 0 && state.shownCards > 0);
  assert.equal(state.shownCardsWithoutJa, 0);
  // Unchecking restores everything.
  await page.click('#f-lang label:has(input[value="ja"])');
  const all = await page.evaluate((fn) => [...document.querySelectorAll(".src")].every(eval(fn)), visibleFn);
  assert.ok(all);
  await page.close();
});

test("hostile article text shows as text and runs nothing", async () => {
  const { page, errors } = await openPage(browser, report, { width: 1280, height: 1000 });
  const r = await page.evaluate(() => ({
    pwned: typeof window.__pwned,
    text: document.body.textContent,
    imgs: document.querySelectorAll("img").length,
    scripts: document.querySelectorAll("script:not([type='application/json'])").length,
  }));
  assert.equal(r.pwned, "undefined");
  assert.equal(r.imgs, 0);
  assert.equal(r.scripts, 1, "only the report's own script");
  assert.ok(r.text.includes(SCRIPT), "the script tag is shown as text");
  assert.ok(r.text.includes(IMG), "the img tag is shown as text");
  assert.deepEqual(errors, []);
  const shot = path.join(WORK, "report.png");
  await page.screenshot({ path: shot });
  if (process.env.POLYFACT_UPDATE_DOCS) {
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    fs.copyFileSync(shot, path.join(ROOT, "docs", "report.png"));
  }
  await page.close();
});

test("without JavaScript every claim is on the page and the controls stay hidden", async () => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto("file://" + report, { waitUntil: "load" });
  const cards = await page.locator("article.claim").count();
  const deal = await page.locator('article.claim[data-p="deal.value"] .val', { hasText: "38 billion USD" }).count();
  const formHidden = await page.locator("#controls").isHidden();
  const claims = fs.readFileSync(path.join(dir, "claims.jsonl"), "utf8").trim().split("\n").length;
  assert.equal(cards, claims);
  assert.ok(deal >= 1);
  assert.ok(formHidden);
  await page.close();
});
