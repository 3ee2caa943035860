// Suite "browser": click-to-content as the user sees it, in Debian's Chromium driven by
// Playwright against the benchmark's production server at 100,000 customers. The server suites
// time one HTTP request; this one times what a click costs in the browser: the request, the
// React Server Components payload or the whole document, parsing, hydration and paint.
//
//   BENCH_PORT=3201 npm run bench -- --suite browser
//
// Each interaction is timed in this process from the moment Playwright is asked to click to the
// moment the page shows the expected URL and content (a CDP round trip, about 1 ms, is included),
// and in the page itself from the click event to the animation frame that first has the content
// ("in the page": no Playwright actionability checks, no CDP round trips; decision 041). What a
// user does before the click (choosing the status, scrolling to the pager) is done before either
// clock starts. Not a test: nothing fails on a slow figure.
import { chromium, type Page } from "@playwright/test";
import { ms, nowMs, summarize, type Summary } from "./stats";
import type { Suite, SuiteContext } from "./suites";

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Untimed rounds first (route code, V8, the HTTP cache), then the timed ones. */
const WARMUP_ROUNDS = 3;
const TIMED_ROUNDS = 15;
const TARGET_CLICK_MS = 150;
const TARGET_FIRST_LOAD_MS = 300;
const CUSTOMER_ID = 164;
/** The customer page's tabs that exist on this branch, found from the page itself. */
const TAB_NAV = 'nav[aria-label="Customer sections"] a';

type Interaction = { key: string; label: string; target: number; samples: number[]; inPage: number[]; fullLoads: number };

type BenchWindow = { __benchDocument?: boolean; __benchClickAt?: number; __benchReadyAt?: number };

/** Every document records the time of its last click (capture phase, before the app sees it). */
function recordClicks(): void {
  addEventListener("click", (event) => ((window as unknown as BenchWindow).__benchClickAt = event.timeStamp), true);
}

/** The click-to-content time measured in the page, or NaN (a new document lost the click). */
async function inPageMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return w.__benchClickAt !== undefined && w.__benchReadyAt !== undefined ? w.__benchReadyAt - w.__benchClickAt : Number.NaN;
  });
}

/** Marks the current document, so a click that loaded a whole new document (a link clicked before
 * hydration, or a plain `<a>`) can be told from a client navigation afterwards. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __benchDocument?: boolean }).__benchDocument = true));
}

async function wasFullLoad(page: Page): Promise<boolean> {
  return page.evaluate(() => !(window as unknown as { __benchDocument?: boolean }).__benchDocument);
}

/** Waits until the URL satisfies `url` and `ready` holds in the page (the new document's, after a
 * full navigation), and returns the time since `started`. */
async function settled(page: Page, started: number, url: (href: URL) => boolean, ready: Ready): Promise<number> {
  await page.waitForURL(url, { waitUntil: "commit", timeout: 30_000 });
  await page.waitForFunction(isReady, ready, { timeout: 30_000, polling: "raf" });
  return nowMs() - started;
}

/** What "content in the page" means for each interaction. Checked by a function, not a string:
 * Playwright polls a string with eval, which the console's CSP refuses. */
type Ready =
  | { kind: "list"; rowsMatch?: string }
  | { kind: "heading"; text: string }
  | { kind: "tab"; nav: string; href: string };

function isReady(ready: Ready): boolean {
  // Runs in an animation frame (polling "raf"): the frame that first has the content records its time.
  (window as unknown as BenchWindow).__benchReadyAt = performance.now();
  if (document.readyState === "loading") return false;
  if (ready.kind === "heading") return document.querySelector("h1")?.textContent?.includes(ready.text) ?? false;
  if (ready.kind === "tab") {
    // The tab's own content, not its loading state (a tab folder's loading.tsx marks itself aria-busy).
    return (
      document.querySelector(`${ready.nav}[aria-current="page"]`)?.getAttribute("href") === ready.href &&
      (document.querySelector("main")?.textContent?.length ?? 0) > 0 &&
      !document.querySelector('main [aria-busy="true"]')
    );
  }
  const rows = [...document.querySelectorAll("tbody tr")];
  return rows.length > 0 && (!ready.rowsMatch || rows.every((tr) => new RegExp(ready.rowsMatch!, "i").test(tr.textContent ?? "")));
}

const LIST_READY: Ready = { kind: "list" };
/** React has hydrated the element (it carries its props): a click on it is handled by the app,
 * not replayed after hydration or followed as a plain link. */
function hydrated(selector: string): boolean {
  const element = document.querySelector(selector);
  return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps"));
}
/** A page is clicked once it is interactive, as a person's first click would be (they need more
 * than the few milliseconds between the load event and hydration to aim); the time from the
 * start of a full load until then is reported on its own row. */
async function interactive(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(hydrated, selector, { timeout: 30_000, polling: "raf" });
}
const headingIs = (text: string): Ready => ({ kind: "heading", text });

async function openList(page: Page, baseUrl: string, query = ""): Promise<void> {
  await page.goto(`${baseUrl}/customers${query}`, { waitUntil: "load" });
  await page.waitForFunction(isReady, LIST_READY, { polling: "raf" });
  await interactive(page, LIST_LINK);
}

const LIST_LINK = 'tbody tr a[href^="/customers/"]';

/** One round of every interaction; pushes a sample per interaction when `record` is set. */
async function round(page: Page, baseUrl: string, results: Map<string, Interaction>, record: boolean): Promise<void> {
  const push = (key: string, value: number) => record && results.get(key)!.samples.push(value);
  const pushInPage = async (key: string) => {
    const value = await inPageMs(page);
    if (record && Number.isFinite(value)) results.get(key)!.inPage.push(value);
  };
  // Counts the clicks that loaded a new document instead of navigating on the client.
  const countFullLoad = async (key: string) => {
    if (record && (await wasFullLoad(page))) results.get(key)!.fullLoads++;
  };

  // Full first load of the list (a new document, warm HTTP cache for the static assets).
  let started = nowMs();
  await page.goto(`${baseUrl}/customers`, { waitUntil: "load" });
  await page.waitForFunction(isReady, LIST_READY, { polling: "raf" });
  push("first-load", nowMs() - started);
  await interactive(page, LIST_LINK);
  push("first-load-interactive", nowMs() - started);

  // List -> customer page.
  const first = page.locator("tbody tr").first().locator('a[href^="/customers/"]').first();
  const href = (await first.getAttribute("href"))!;
  const name = (await first.textContent())!.trim();
  await markDocument(page);
  started = nowMs();
  await first.click();
  push("list-to-customer", await settled(page, started, (u) => u.pathname === href, headingIs(name)));
  await pushInPage("list-to-customer");
  await countFullLoad("list-to-customer");

  // Back to the list: the same rows, at the same place.
  await markDocument(page);
  started = nowMs();
  await page.goBack({ waitUntil: "commit" });
  push("back", await settled(page, started, (u) => u.pathname === "/customers", LIST_READY));
  await countFullLoad("back");

  // The customer page's tabs, each from the one before.
  started = nowMs();
  await page.goto(`${baseUrl}/customers/${CUSTOMER_ID}`, { waitUntil: "load" });
  await interactive(page, TAB_NAV);
  push("customer-interactive", nowMs() - started);
  const tabs = await page.locator(TAB_NAV).evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href")!, label: a.textContent!.trim() })));
  for (const tab of tabs.slice(1)) {
    await markDocument(page);
    started = nowMs();
    await page.locator(TAB_NAV, { hasText: tab.label }).first().click();
    const ready: Ready = { kind: "tab", nav: TAB_NAV, href: tab.href };
    const key = `tab-${tab.label.toLowerCase().replace(/\s+/g, "-")}`;
    if (!results.has(key)) results.set(key, { key, label: `customer page -> ${tab.label} tab`, target: TARGET_CLICK_MS, samples: [], inPage: [], fullLoads: 0 });
    push(key, await settled(page, started, (u) => u.pathname === tab.href, ready));
    await pushInPage(key);
    await countFullLoad(key);
  }

  // A filter change: status "paying" through the filter bar.
  // The choice is made before the clock starts: the wait the user feels begins at the button.
  await openList(page, baseUrl);
  await markDocument(page);
  await page.selectOption("#filter-status", "paying");
  const filterButton = page.getByRole("button", { name: "Filter", exact: true });
  await filterButton.scrollIntoViewIfNeeded();
  started = nowMs();
  await filterButton.click();
  push(
    "filter",
    await settled(page, started, (u) => u.searchParams.get("status") === "paying", { kind: "list", rowsMatch: "paying" }),
  );
  await pushInPage("filter");
  await countFullLoad("filter");

  // A sort change: the Name header.
  await openList(page, baseUrl);
  await markDocument(page);
  const sortLink = page.locator("thead").getByRole("link", { name: /^Name/ });
  await sortLink.scrollIntoViewIfNeeded();
  started = nowMs();
  await sortLink.click();
  push("sort", await settled(page, started, (u) => u.searchParams.get("sort") === "name", LIST_READY));
  await pushInPage("sort");
  await countFullLoad("sort");

  // The next page.
  // The pager is below the rows: the user scrolls to it before clicking.
  await openList(page, baseUrl);
  await markDocument(page);
  const next = page.getByRole("link", { name: /Next/ }).first();
  await next.scrollIntoViewIfNeeded();
  started = nowMs();
  await next.click();
  push("next-page", await settled(page, started, (u) => u.searchParams.get("page") === "2", LIST_READY));
  await pushInPage("next-page");
  await countFullLoad("next-page");
}

async function run({ baseUrl, jar }: SuiteContext): Promise<string> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const results = new Map<string, Interaction>();
  const add = (key: string, label: string, target = TARGET_CLICK_MS) => results.set(key, { key, label, target, samples: [], inPage: [], fullLoads: 0 });
  add("first-load", "full first load of /customers", TARGET_FIRST_LOAD_MS);
  add("first-load-interactive", "full first load of /customers until interactive (hydrated)", TARGET_FIRST_LOAD_MS);
  add("list-to-customer", "list -> customer page");
  add("back", "customer page -> Back to the list");
  add("filter", "filter change (status: paying)");
  add("sort", "sort change (Name)");
  add("next-page", "next page");
  add("customer-interactive", "full load of a customer page until interactive (hydrated)", TARGET_FIRST_LOAD_MS);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const host = new URL(baseUrl).hostname;
    await context.addCookies(
      jar
        .header()
        .split("; ")
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), domain: host, path: "/" })),
    );
    await context.addInitScript(recordClicks);
    const page = await context.newPage();
    for (let i = 0; i < WARMUP_ROUNDS; i++) await round(page, baseUrl, results, false);
    for (let i = 0; i < TIMED_ROUNDS; i++) await round(page, baseUrl, results, true);
  } finally {
    await browser.close();
  }

  const rows = [...results.values()].filter((r) => r.samples.length > 0).map((r) => ({ ...r, summary: summarize(r.samples) }));
  for (const row of rows) console.log(`${row.label}: median ${ms(row.summary.p50)} ms, p95 ${ms(row.summary.p95)} ms${row.inPage.length ? `, in the page ${ms(summarize(row.inPage).p50)} ms` : ""}, ${row.fullLoads} of ${row.samples.length} loaded a new document`);
  return report(rows);
}

function report(rows: Array<Interaction & { summary: Summary }>): string {
  const out: string[] = [];
  out.push(`### Click to content in Chromium (suite browser), ${new Date().toISOString()}`);
  out.push("");
  out.push(
    `Debian's Chromium (headless, Playwright), 1280x900, signed in as support, 100,003 customers, production build. ${WARMUP_ROUNDS} untimed rounds, then ${TIMED_ROUNDS} timed rounds of every interaction; each sample runs from the click to the expected URL with its content in the page (a tab's loading state does not count); "in the page" is the same click timed inside the page, from the click event to the first animation frame with the content. What the user does before a click (choosing the status, scrolling to the pager) happens before either clock starts. Each click is made once the page is interactive (React has hydrated the link); "new documents" counts the clicks that loaded a whole new document instead of navigating on the client.`,
  );
  out.push("");
  out.push("| interaction | median ms | p95 ms | min / max ms | in the page: median (p95) ms | new documents | target |");
  out.push("| --- | ---: | ---: | ---: | ---: | ---: | :---: |");
  for (const row of rows) {
    const { summary: s } = row;
    const documents = row.key === "first-load" || row.key.endsWith("-interactive") ? "all" : `${row.fullLoads} of ${s.n}`;
    const inPage = row.inPage.length ? summarize(row.inPage) : null;
    out.push(`| ${row.label} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.min)} / ${ms(s.max)} | ${inPage ? `${ms(inPage.p50)} (${ms(inPage.p95)})` : ""} | ${documents} | ${s.p50 <= row.target ? "yes" : "**no**"} (${row.target} ms) |`);
  }
  return out.join("\n");
}

export const browserSuite: Suite = { name: "browser", run };
