// Shared helpers of the report's browser tests: paths, running polyfact, launching Debian's
// Chromium through playwright-core (no browser download).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.resolve(ROOT, process.env.POLYFACT_BIN || "target/release/polyfact");
export const WORK = path.join(ROOT, "target", "report-test");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export function polyfact(args, opts = {}) {
  return execFileSync(BIN, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });
}

export function freshDir(name) {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

// Opens a page that records console errors (a CSP violation is one) and page errors.
export async function openPage(browser, file, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (!r.url().startsWith("file://")) errors.push("network request: " + r.url());
  });
  const t0 = Date.now();
  await page.goto("file://" + file, { waitUntil: "load" });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const loadMs = Date.now() - t0;
  return { page, errors, loadMs };
}

// In-page: is the element rendered (not hidden by itself or an ancestor)?
export const visibleFn = `(el) => {
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    if (e.hidden || getComputedStyle(e).display === "none") return false;
  }
  return true;
}`;

export function cpuModel() {
  const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
  return line ? line.split(":")[1].trim() : "unknown CPU";
}
