// Helpers for flow.mjs: steps with a summary line each, a record (screenshot + accessibility audit)
// of every page visited, login and logout, filling the UI's forms by their visible Chinese labels,
// and a plain HTTP client for the JSON API, used only as an independent witness of what the UI did.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:18480";
export const OUT_DIR = process.env.OUT_DIR ?? "target/browser";
export const PASSWORD = "demo1234";
export const ZONE = "Asia/Shanghai";
mkdirSync(OUT_DIR, { recursive: true });

/** Today and its year where the agency is (the service counts in Asia/Shanghai, not in UTC). */
export const TODAY = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
export const YEAR = Number(TODAY.slice(0, 4));

export class Failure extends Error {}
export function check(condition, message) {
  if (!condition) throw new Failure(message);
}

// ---------------------------------------------------------------------------------------------
// Steps and the record of every page visited
// ---------------------------------------------------------------------------------------------

let stepNumber = 0;
/** Steps passed and failed, for the closing line "N passed, N failed". */
export const tally = { passed: 0, failed: 0 };
let shotNumber = 0;
const violations = [];
export const notes = [];

/** Runs one step of the flow and prints one line for it; a failing step stops the flow. */
export async function step(title, body) {
  const number = ++stepNumber;
  const started = Date.now();
  try {
    const detail = await body();
    console.log(`ok   ${String(number).padStart(2)} ${title}${detail ? ` — ${detail}` : ""} (${seconds(started)})`);
    tally.passed++;
  } catch (e) {
    console.log(`FAIL ${String(number).padStart(2)} ${title} (${seconds(started)})`);
    tally.failed++;
    throw e;
  }
}

export const sideFailures = [];

/**
 * A step that the rest of the flow does not depend on: its failure is printed and fails the run
 * at the end, but the flow goes on, so that one run shows everything that is wrong.
 */
export async function sideStep(title, body) {
  try {
    await step(title, body);
  } catch (e) {
    const message = plain(e);
    console.log(`     ${message.split("\n")[0]}`);
    sideFailures.push(`${title}: ${message}`);
  }
}

/** An error's message without the colours of Playwright's call logs (CI logs are plain text). */
export const plain = (e) => (e instanceof Failure ? e.message : e.stack).replace(/\x1b\[[0-9;]*m/g, "");

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Something a reviewer should hear about that the contract does not require. */
export function note(text) {
  if (!notes.includes(text)) notes.push(text);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Records the page as it is now: a full-page screenshot target/browser/NN-name.png, and an axe-core
 * audit whose serious and critical violations fail the run at its end (all pages are still visited,
 * so that one run reports every page's problems at once).
 */
export async function record(page, name) {
  const file = join(OUT_DIR, `${String(++shotNumber).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  // evaluate rather than a <script> tag: a Content-Security-Policy of the UI must not stop the audit.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  await noteEnglish(page, name);
  const blocking = result.violations.filter((v) => BLOCKING.has(v.impact));
  for (const v of blocking) violations.push({ page: name, url: page.url(), ...v });
  return blocking.length ? `${file} (axe: ${blocking.length} serious/critical)` : file;
}

const englishSeen = new Set();

/**
 * Everything the users see should be in Chinese (issue 6): phrases of three or more English words
 * in the page's main text are reported as notes, once each, with the first page they were seen on.
 */
async function noteEnglish(page, name) {
  const text = await page.locator("main").or(page.locator("body")).first().innerText();
  const phrases = (text.match(/[A-Za-z][A-Za-z'-]*(?:[ ,:]+[A-Za-z][A-Za-z'-]*){2,}/g) ?? []).filter((p) => !englishSeen.has(p));
  phrases.forEach((phrase) => englishSeen.add(phrase));
  if (phrases.length) note(`English text on page ${name}: ${[...new Set(phrases)].map((p) => `"${p}"`).join(", ")}`);
}

export function nextShotPath(name, extension) {
  return join(OUT_DIR, `${String(++shotNumber).padStart(2, "0")}-${name}.${extension}`);
}

/** Prints the accessibility violations collected on the way; true if there were any. */
export function reportViolations() {
  if (!violations.length) {
    console.log("axe-core: no serious or critical violations on any page");
    return false;
  }
  console.log(`\naxe-core: ${violations.length} serious or critical violation(s):`);
  for (const v of violations) {
    console.log(`\n  [${v.impact}] ${v.id} on page ${v.page} (${v.url})\n    ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 5)) {
      console.log(`    at ${node.target.join(" ")}\n       ${node.failureSummary.replaceAll("\n", "\n       ")}`);
    }
    if (v.nodes.length > 5) console.log(`    … and ${v.nodes.length - 5} more element(s)`);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Login, logout and the page frame
// ---------------------------------------------------------------------------------------------

export const ROLE_NAMES = { clerk: "登记员", handler: "承办人", office: "公开办", admin: "管理员" };

export const menu = (page) => page.getByRole("navigation", { name: "主菜单" });
export const logoutControl = (page) =>
  page.getByRole("button", { name: "退出登录" }).or(page.getByRole("link", { name: "退出登录" })).first();

/** Fills the login form with the mouse-free locators (getByLabel) and submits it. */
export async function login(page, username, password = PASSWORD) {
  await page.goto(`${BASE_URL}/ui/login`);
  await labelled(page, "用户名").fill(username);
  await labelled(page, "密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/**
 * Logs in with the keyboard alone, as someone who cannot use a mouse would: Tab until the 用户名
 * field has the focus (none if the page puts it there), type, Tab to 密码, type, Enter. Fails if
 * the tab order does not reach them. Returns how many presses of Tab reached 用户名.
 */
export async function loginByKeyboard(page, username, password = PASSWORD) {
  await page.goto(`${BASE_URL}/ui/login`);
  const user = labelled(page, "用户名");
  const pass = labelled(page, "密码");
  await user.waitFor();
  let tabs = 0;
  while (!(await hasFocus(user))) {
    check(++tabs <= 15, "15 presses of Tab never reached 用户名 on the login page");
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type(username);
  await page.keyboard.press("Tab");
  check(await hasFocus(pass), "Tab from 用户名 does not lead to 密码");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  return tabs;
}

const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

/** After login: the menu, the logout control and the user's name and role in Chinese. */
export async function expectLoggedIn(page, username, role) {
  await menu(page).waitFor();
  await logoutControl(page).waitFor();
  const text = await page.locator("body").innerText();
  check(text.includes(username), `the page does not show the user's name ${username}`);
  check(text.includes(ROLE_NAMES[role]), `the page does not show the role ${ROLE_NAMES[role]}`);
}

/** The menu offers exactly the role's links among those the contract names. */
export async function expectMenu(page, expected) {
  const all = ["登记申请", "待审查申请", "办理队列", "年度统计", "申请列表"];
  for (const name of all) {
    const count = await menu(page).getByRole("link", { name, exact: true }).count();
    if (expected.includes(name)) check(count === 1, `the menu lacks the link ${name}`);
    else check(count === 0, `the menu offers ${name} to a role that should not have it`);
  }
}

export async function openFromMenu(page, name) {
  await menu(page).getByRole("link", { name, exact: true }).click();
  await page.waitForLoadState();
}

/** Logs out, then checks that a protected page sends the browser back to the login page. */
export async function logoutAndExpectLocked(page, protectedUrl) {
  await logoutControl(page).click();
  await labelled(page, "用户名").waitFor();
  await page.goto(protectedUrl);
  await page.waitForURL(/\/ui\/login/);
  await labelled(page, "用户名").waitFor();
}

// ---------------------------------------------------------------------------------------------
// Forms by their labels
// ---------------------------------------------------------------------------------------------

/**
 * The control labelled `label`, as a sighted user reads it: the label's whole text, optionally
 * followed by the required-field mark *. (getByLabel's exact match compares the label's text
 * including an aria-hidden "*", so it cannot be used as it is.)
 */
export function labelled(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`));
}

/** A radio group or fieldset named by its legend or aria-label. */
const group = (scope, label) =>
  scope.getByRole("radiogroup", { name: label, exact: true }).or(scope.getByRole("group", { name: label, exact: true }));

/**
 * Chooses an option of the control labelled `label`, a <select> or a group of radio buttons;
 * `option` is matched as part of the option's text (the UI may say 自然人 or 公民（自然人）).
 */
export async function choose(scope, label, option) {
  const control = labelled(scope, label).or(group(scope, label)).first();
  await control.waitFor();
  if ((await control.evaluate((e) => e.tagName)) === "SELECT") {
    const options = await control.locator("option").allInnerTexts();
    const wanted = options.find((text) => text.includes(option));
    check(wanted, `${label} has no option containing ${option}: ${options.join(" | ")}`);
    await control.selectOption({ label: wanted.trim() });
  } else {
    await control.getByLabel(option).first().check();
  }
}

/** The value of a date field, which the contract says defaults to today. */
export async function expectToday(scope, label) {
  const value = await labelled(scope, label).inputValue();
  check(value === TODAY, `${label} is "${value}", not today (${TODAY})`);
}

/** The visible elements a field's aria-describedby points at, as {id, text}: hints and inline errors. */
export async function describedBy(field) {
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter((target) => target && target.offsetParent !== null)
      .map((target) => ({ id: target.id, text: target.textContent.trim() })));
}

// ---------------------------------------------------------------------------------------------
// The JSON API, as a witness
// ---------------------------------------------------------------------------------------------

/** GET on the JSON API with HTTP Basic; the flow itself never uses it to do anything. */
export async function api(path, username) {
  const response = await fetch(`${BASE_URL}${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${username}:${PASSWORD}`).toString("base64")}`, accept: "application/json" },
  });
  check(response.ok, `GET ${path} as ${username} answered ${response.status}`);
  return response.json();
}

/** The case view of a tracking number, found in the list as `username` sees it. */
export async function caseByTrackingNumber(trackingNumber, username) {
  for (let page = 0; ; page++) {
    const list = await api(`/api/applications?page=${page}&size=200`, username);
    const found = list.items.find((c) => c.trackingNumber === trackingNumber);
    if (found) return api(`/api/applications/${found.id}`, username);
    check((page + 1) * list.size < list.total, `the API knows no case ${trackingNumber}`);
  }
}

/** A date as the UI may print it: 2026-11-29 or 2026年11月29日. */
export function datePattern(iso) {
  const [y, m, d] = iso.split("-");
  return new RegExp(`${y}-${m}-${d}|${y}年0?${Number(m)}月0?${Number(d)}日|${y}/${m}/${d}`);
}
