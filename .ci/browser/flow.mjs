// The whole path of one application through the web UI, as its three users walk it, in headless
// Chromium at an office screen's size: a clerk registers and accepts it, a handler grants it, the
// office finds it counted in the year's statistics and downloads them. Only what a person sees and
// does is used (labels and roles of the labels contract, /tmp/prompts/issue6.md); the JSON API is
// read alongside as a witness that the UI really did what it shows.
// Run by .ci/browser/run, which starts the service; BASE_URL and OUT_DIR come from it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import {
  BASE_URL, OUT_DIR, TODAY, YEAR, ZONE, Failure, api, caseByTrackingNumber, check, choose, datePattern,
  describedBy, expectLoggedIn, expectMenu, expectToday, labelled, login, loginByKeyboard, logoutAndExpectLocked,
  nextShotPath, note, notes, openFromMenu, plain, record, reportViolations, sideFailures, sideStep, step, tally,
} from "./lib.mjs";
import { readXlsx } from "./xlsx.mjs";

// Debian's Chromium: Playwright's own browser download is neither wanted nor possible here. Without
// the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
// --lang makes the browser's own widgets (the date picker's 年/月/日) Chinese, as in the office.
const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"];

const APPLICANT = {
  type: "自然人",
  name: "张三",
  idNumber: "11010519491231002X", // the standard example of a valid resident ID number
  phone: "13800138000",
  channel: "当面",
  delivery: "纸质",
  description: `本县2026年度集体土地征收补偿标准的文件（浏览器测试 ${Date.now()}）`,
};

/** 45 days before today: with 20 working days to answer, long overdue. */
const LATE_RECEIPT = new Date(Date.parse(`${TODAY}T12:00:00Z`) - 45 * 86_400_000).toISOString().slice(0, 10);

/** What the run found out along the way and later steps need. */
const run = {};

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
  const problems = [];
  let page;
  let failed = false;
  try {
    // Three people at three desks, and an applicant on a phone and at home: each gets a browser
    // profile of their own (no shared cookies), at the screen's size.
    const desk = { width: 1366, height: 768 };
    const phone = { width: 360, height: 740 };
    for (const [person, viewport] of [[applicantApplies, phone], [clerkConfirms, desk], [clerk, desk],
      [handler, desk], [office, desk], [applicantFollows, desk], [applicantFollows, phone]]) {
      const context = await browser.newContext({
        viewport, locale: "zh-CN", timezoneId: ZONE, acceptDownloads: true,
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      context.on("page", (opened) => watch(opened, problems)); // also the tab 打印版 opens
      page = await context.newPage();
      await person(page);
      await context.close();
    }
  } catch (e) {
    failed = true;
    console.log(`\n${plain(e)}`);
    await page.screenshot({ path: join(OUT_DIR, "failure.png"), fullPage: true }).catch(() => {});
    console.log(`page at failure: ${page.url()} (screenshot ${join(OUT_DIR, "failure.png")})`);
  } finally {
    await browser.close();
  }
  if (sideFailures.length) failed = true;
  const violationsFound = reportViolations();
  if (violationsFound) failed = true;
  for (const failure of sideFailures) console.log(`failed step: ${failure}`);
  for (const problem of problems) console.log(`page problem: ${problem}`);
  if (problems.length) failed = true;
  for (const text of notes) console.log(`note: ${text}`);
  // Besides the steps, two checks over all pages: no page problems, no serious accessibility violations.
  const overall = [problems.length === 0, !violationsFound];
  const passed = tally.passed + overall.filter(Boolean).length;
  console.log(failed ? "browser flow: FAILED" : "browser flow: passed");
  console.log(`browser: ${passed} passed, ${tally.failed + overall.filter((ok) => !ok).length} failed`);
  return failed ? 1 : 0;
}

/**
 * Uncaught script errors, a style sheet, script or fetch the service fails to deliver, any
 * request that leaves the service, and anything the pages' Content-Security-Policy refuses: the UI
 * must work on a closed network, with bpmn-js and everything else served from the jar, under that
 * policy. (Pages themselves may answer 4xx, e.g. a refused form: the flow checks what they show.)
 */
function watch(page, problems) {
  page.on("pageerror", (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(BASE_URL) && !/^(data|blob|about):/.test(url)) problems.push(`request outside the service: ${url}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") {
      problems.push(`${response.status()} for ${response.request().resourceType()} ${response.url()} on ${page.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) {
      problems.push(`refused by the Content-Security-Policy on ${page.url()}: ${message.text()}`);
      return;
    }
    // Failed loads are reported above with their address; the browser's own favicon request is no part of the UI.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      note(`console error on ${page.url()}: ${message.text()}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 0. An applicant applies online; the clerk confirms; the applicant follows it to its answer
// ---------------------------------------------------------------------------------------------

const ONLINE = {
  ...APPLICANT,
  email: "zhang.san@example.cn",
  description: `本街道2026年老旧小区改造项目的资金使用情况（网上申请，浏览器测试 ${Date.now()}）`,
};

/** Nothing on the page is wider than the screen: no sideways scrolling on a phone. */
async function fitsTheScreen(page) {
  const [content, screen] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(content <= screen, `${page.url()} is ${content} px wide on a ${screen} px screen`);
}

async function applicantApplies(page) {
  await step("an applicant applies online on a phone (360×740), without signing in", async () => {
    await page.goto(`${BASE_URL}/apply`);
    await fitsTheScreen(page);
    await record(page, "apply-phone");
    await choose(page, "行政机关", "演示县");
    await choose(page, "申请人类型", ONLINE.type);
    await labelled(page, "姓名或者名称").fill(ONLINE.name);
    await labelled(page, "身份证号码或者统一社会信用代码").fill(ONLINE.idNumber.slice(0, 17) + "1");
    await labelled(page, "联系电话").fill(ONLINE.phone);
    await labelled(page, "电子邮箱").fill(ONLINE.email);
    await labelled(page, "所需政府信息的名称、文号或者便于查询的其他特征性描述").fill(ONLINE.description);
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.getByText("身份证号码有误").first().waitFor();
    await labelled(page, "身份证号码或者统一社会信用代码").fill(ONLINE.idNumber);
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.getByRole("heading", { name: "申请已提交" }).waitFor();
    await fitsTheScreen(page);
    run.reference = (await page.locator(".reference").innerText()).trim();
    run.queryCode = (await page.locator(".query-code").innerText()).trim();
    check(/^W\d{8}-[2-9A-HJKMNP-Z]{6}$/.test(run.reference), `the reference ${run.reference} is not one`);
    check(/^([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}$/.test(run.queryCode),
      `the query code ${run.queryCode} is not one`);
    return `a mistyped ID number shown beside its field, then ${run.reference}; ${await record(page, "applied-phone")}`;
  });
}

async function clerkConfirms(page) {
  await step("the clerk finds the submission in 待确认网上申请 and confirms it: received today", async () => {
    await login(page, "clerk");
    await openFromMenu(page, "待确认网上申请");
    await page.getByRole("link", { name: run.reference, exact: true }).click();
    const form = await openAction(page, "确认网上申请", "确认日期");
    await expectToday(form, "确认日期");
    await submitAction(page, form, "确认网上申请");
    await page.getByText("待审查").first().waitFor();
    const online = await caseByTrackingNumber(run.reference, "clerk").catch(() => null);
    check(online === null, "the confirmed case still goes by its reference, not a tracking number");
    run.online = await api(`/api/applications/${page.url().split("/").pop()}`, "clerk");
    check(run.online.receivedOn === TODAY, `the confirmed case was received on ${run.online.receivedOn}, not today`);
    check(run.online.submittedOn === TODAY, `the submission day is ${run.online.submittedOn}, not today`);
    return `${run.online.trackingNumber}, due ${run.online.responseDueOn}; ${await record(page, "online-confirmed")}`;
  });
}

/** Signs in to the API as a staff user and takes an action: the online case's way to its answer. */
async function act(id, action, username, body) {
  const response = await fetch(`${BASE_URL}/api/applications/${id}/${action}`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${username}:demo1234`).toString("base64")}`,
      "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  check(response.ok, `${action} as ${username} answered ${response.status}`);
}

async function applicantFollows(page) {
  const size = page.viewportSize().width < 600 ? "phone" : "desktop";
  const query = async () => {
    await page.goto(`${BASE_URL}/status`);
    await labelled(page, "申请编号").fill(run.reference);
    // Typed as people type it: small letters, spaces for the dashes.
    await labelled(page, "查询码").fill(run.queryCode.toLowerCase().replaceAll("-", " "));
    await page.getByRole("button", { name: "查询" }).click();
    await page.getByRole("heading", { name: `申请编号 ${run.reference}` }).waitFor();
    await fitsTheScreen(page);
    const text = await page.locator("main").innerText();
    check(!text.includes(ONLINE.idNumber) && !text.includes(ONLINE.phone),
      "the status page shows the ID number or phone");
    return text;
  };
  if (!run.decided) {
    await step(`the applicant sees on a ${size} that the application was received and when it is due`, async () => {
      const text = await query();
      check(datePattern(run.online.receivedOn).test(text), "the status does not show the receipt date");
      if (run.online.responseDueOn) {
        check(datePattern(run.online.responseDueOn).test(text) && text.includes("前答复"),
          `the status does not say the answer is due by ${run.online.responseDueOn}`);
      } else {
        // Near a year's end the period may reach a year whose calendar is not loaded yet (noted above).
        check(text.includes("答复期限暂时无法计算"), "the status does not say the due date cannot be counted yet");
      }
      return record(page, `status-received-${size}`);
    });
    // Accepting and deciding by the UI is walked below with the clerk's own case; this one takes the
    // same actions through the API, so that the applicant has an answer to fetch.
    await act(run.online.id, "acceptance", "clerk", { department: "ZRZY" });
    await act(run.online.id, "decision", "handler", { outcome: "GRANTED", location: "本机关政府信息公开专栏" });
    run.decided = true;
  }
  await step(`the applicant downloads the answer (答复书) on a ${size}`, async () => {
    const text = await query();
    check(text.includes("办结"), "the status does not say the application was closed");
    const shot = await record(page, `status-closed-${size}`);
    const [download] = await Promise.all([page.waitForEvent("download"),
      page.getByRole("button", { name: /下载《[^》]*答复[^》]*》/ }).first().click()]);
    const file = nextShotPath(`answer-${size}`, "pdf");
    await download.saveAs(file);
    check(readFileSync(file).subarray(0, 5).toString() === "%PDF-", "the downloaded answer is no PDF");
    return `${shot}; ${file}`;
  });
}

// ---------------------------------------------------------------------------------------------
// 1. The clerk: registers, prints the receipt, accepts the case to the department
// ---------------------------------------------------------------------------------------------

async function clerk(page) {
  // What the statistics said before this run: the office's figure must go up by exactly one.
  const before = await api(`/api/statistics/${YEAR}`, "office");
  run.grantedBefore = figures(before, "GRANTED");

  await step("a wrong password is refused with 用户名或密码错误", async () => {
    await login(page, "clerk", "wrong-password");
    await page.getByText("用户名或密码错误").first().waitFor();
    check(/\/ui\/login/.test(page.url()), `a wrong password left the login page for ${page.url()}`);
    return record(page, "login-wrong-password");
  });

  await step("clerk logs in with the keyboard alone (Tab, type, Enter)", async () => {
    const tabs = await loginByKeyboard(page, "clerk");
    await expectLoggedIn(page, "clerk", "clerk");
    await expectMenu(page, ["登记申请", "待审查申请", "申请列表"]);
    return `${tabs ? `${tabs} Tab(s) to 用户名` : "用户名 has the focus on arrival"}; ${await record(page, "clerk-home")}`;
  });

  await step("an incomplete registration is refused with inline errors", async () => {
    await openFromMenu(page, "登记申请");
    await record(page, "registration-form");
    const field = labelled(page, "所需政府信息的内容描述");
    // A hint may describe the field before any error: the inline error is what the refusal adds.
    const hints = new Set((await describedBy(field)).map((d) => d.id));
    await fillRegistration(page, { ...APPLICANT, description: "" });
    await page.getByRole("button", { name: "登记", exact: true }).click();
    const summary = page.getByRole("alert").filter({ hasText: /\S/ }).first();
    await summary.waitFor();
    const inline = (await describedBy(field)).filter((d) => !hints.has(d.id) && d.text).map((d) => d.text).join(" ");
    check(inline.length > 0, "所需政府信息的内容描述 left empty gets no visible inline error through aria-describedby");
    check((await summary.innerText()).includes(inline), `the summary does not repeat the inline error "${inline}"`);
    if ((await field.getAttribute("aria-invalid")) !== "true") note("the empty 所需政府信息的内容描述 is not marked aria-invalid=\"true\"");
    check(await page.getByRole("heading", { name: "政府信息公开申请登记回执" }).count() === 0, "an incomplete application was registered");
    return `${(await summary.innerText()).replace(/\s+/g, " ").slice(0, 60)} / inline: ${inline.slice(0, 40)}; ${await record(page, "registration-invalid")}`;
  });

  await step("a complete registration gives the receipt with the tracking number", async () => {
    await fillRegistration(page, APPLICANT);
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await page.getByRole("heading", { name: "政府信息公开申请登记回执" }).waitFor();
    const text = await page.locator("body").innerText();
    run.trackingNumber = text.match(/申请编号[^A-Za-z0-9]*([A-Za-z0-9_]+-\d{4}-\d+)/)?.[1];
    check(run.trackingNumber, "the receipt shows no tracking number after 申请编号");
    run.case = await caseByTrackingNumber(run.trackingNumber, "clerk");
    check(run.case.description === APPLICANT.description, "the registered case does not hold the description typed in");
    check(run.case.applicant.type === "NATURAL_PERSON", `the case was registered as ${run.case.applicant.type}, not 自然人`);
    check(run.case.receivedOn === TODAY, `the case was received on ${run.case.receivedOn}, not today`);
    check(datePattern(run.case.receivedOn).test(text), `the receipt does not show the receipt date ${run.case.receivedOn}`);
    check(text.includes("答复期限"), "the receipt has no 答复期限");
    expectDeadline(text, run.case, "the receipt");
    return `${run.trackingNumber}, due ${run.case.responseDueOn ?? "— (no deadline)"}; ${await record(page, "receipt")}`;
  });

  await step("打印回执 prints; the receipt in print media", async () => {
    // Headless Chromium has no print dialog: count the calls of window.print instead.
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
    await page.getByRole("button", { name: "打印回执" }).click();
    check(await page.evaluate(() => window.__printed) === 1, "打印回执 did not call window.print()");
    await page.emulateMedia({ media: "print" });
    const shot = nextShotPath("receipt-print", "png");
    await page.screenshot({ path: shot, fullPage: true });
    if (await page.getByRole("navigation", { name: "主菜单" }).isVisible()) note("the menu is printed on the receipt");
    if (await page.getByRole("button", { name: "打印回执" }).isVisible()) note("the button 打印回执 is printed on the receipt");
    await page.emulateMedia({ media: "screen" });
    const pdf = nextShotPath("receipt", "pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    return `${shot}, ${pdf}`;
  });

  await step("clerk finds the application in 待审查申请 and opens it", async () => {
    await openFromMenu(page, "待审查申请");
    const row = page.getByRole("row").filter({ hasText: run.trackingNumber });
    await row.waitFor();
    const shot = await record(page, "awaiting-check");
    await row.getByRole("link", { name: run.trackingNumber }).click();
    await caseHeading(page);
    run.caseUrl = page.url();
    await expectCaseSections(page, "Task_CheckCompleteness", run.case.events.length);
    return `${shot}, ${await record(page, "case-received")}`;
  });

  await step("clerk accepts it to 自然资源局 (受理并转交承办部门)", async () => {
    const form = await openAction(page, "受理并转交承办部门", "承办部门");
    await choose(form, "承办部门", "自然资源局");
    await expectToday(form, "日期");
    await submitAction(page, form, "受理并转交承办部门");
    const accepted = await caseByTrackingNumber(run.trackingNumber, "clerk");
    check(accepted.status === "IN_PROGRESS" && accepted.department === "ZRZY",
      `after acceptance the case is ${accepted.status} at ${accepted.department}, not IN_PROGRESS at ZRZY`);
    return record(page, "case-accepted");
  });

  await sideStep("a back-dated application (received 45 days ago) is registered and accepted, for an overdue case", async () => {
    await openFromMenu(page, "登记申请");
    await fillRegistration(page, { ...APPLICANT, name: "李四", description: `逾期测试：${APPLICANT.description}`, receivedOn: LATE_RECEIPT });
    await page.getByRole("button", { name: "登记", exact: true }).click();
    await page.getByRole("heading", { name: "政府信息公开申请登记回执" }).waitFor();
    run.lateTrackingNumber = (await page.locator("body").innerText()).match(/申请编号[^A-Za-z0-9]*([A-Za-z0-9_]+-\d{4}-\d+)/)?.[1];
    check(run.lateTrackingNumber, "the receipt shows no tracking number after 申请编号");
    await page.getByRole("link", { name: "查看申请" }).click();
    await page.getByRole("heading", { name: run.lateTrackingNumber }).waitFor();
    const form = await openAction(page, "受理并转交承办部门", "承办部门");
    await choose(form, "承办部门", "自然资源局");
    await submitAction(page, form, "受理并转交承办部门");
    const late = await caseByTrackingNumber(run.lateTrackingNumber, "clerk");
    check(late.receivedOn === LATE_RECEIPT && late.status === "IN_PROGRESS", `the back-dated case is ${late.status}, received ${late.receivedOn}`);
    run.lateOverdue = late.overdue;
    return `${run.lateTrackingNumber}, received ${late.receivedOn}, due ${late.responseDueOn}, overdue ${late.overdue}`;
  });

  await sideStep("a page outside the clerk's menu (年度统计) is refused in Chinese, not with the API's JSON", async () => {
    const response = await page.goto(`${BASE_URL}/ui/statistics`);
    check(response.status() === 403, `/ui/statistics answered a clerk ${response.status()}, not 403`);
    check(response.headers()["content-type"]?.startsWith("text/html"),
      `/ui/statistics refuses a clerk with ${response.headers()["content-type"]}, not with a page of the UI`);
    await expectLoggedIn(page, "clerk", "clerk");
    return record(page, "clerk-forbidden");
  });

  await step("clerk logs out from the case page; it then asks for a login", async () => {
    await page.goto(run.caseUrl);
    await logoutAndExpectLocked(page, run.caseUrl);
    return record(page, "clerk-logged-out");
  });
}

async function fillRegistration(page, applicant) {
  await choose(page, "申请人类型", applicant.type);
  await labelled(page, "申请人姓名或名称").fill(applicant.name);
  await labelled(page, "证件号码").fill(applicant.idNumber);
  await labelled(page, "联系电话").fill(applicant.phone);
  await choose(page, "申请方式", applicant.channel);
  const received = labelled(page, "收到申请日期");
  if (applicant.receivedOn) await received.fill(applicant.receivedOn);
  else if (!(await received.inputValue())) await received.fill(TODAY);
  await labelled(page, "所需政府信息的内容描述").fill(applicant.description);
  await choose(page, "获取信息的方式", applicant.delivery);
}

// ---------------------------------------------------------------------------------------------
// 2. The handler: the queue, the case page, the decision
// ---------------------------------------------------------------------------------------------

async function handler(page) {
  await step("handler logs in and sees the handler's menu", async () => {
    await login(page, "handler");
    await expectLoggedIn(page, "handler", "handler");
    await expectMenu(page, ["办理队列", "申请列表"]);
    return record(page, "handler-home");
  });

  await step("办理队列 lists the case with its due date and working days left", async () => {
    await openFromMenu(page, "办理队列");
    run.queueUrl = page.url();
    const cells = await tableRow(page, run.trackingNumber, ["申请编号", "申请人", "收到日期", "答复期限", "剩余工作日", "状态"]);
    expectDeadline(cells["答复期限"], run.case, "答复期限 in 办理队列");
    const left = Number(cells["剩余工作日"].match(/-?\d+/)?.[0]);
    if (run.case.responseDueOn) {
      check(left >= 1 && left <= 20, `剩余工作日 shows "${cells["剩余工作日"]}" for a case received today with 20 working days`);
    }
    check(cells["申请人"].includes(APPLICANT.name), `申请人 shows "${cells["申请人"]}"`);
    const overdue = await page.getByRole("row").filter({ hasText: run.trackingNumber }).evaluate((row) => row.classList.contains("overdue"));
    check(!overdue, "a case received today is marked overdue");
    const shown = run.case.responseDueOn ? `due ${cells["答复期限"]}, ${left} working days left` : `no deadline: ${cells["答复期限"]}`;
    return `${shown}; ${await record(page, "queue")}`;
  });

  if (run.lateTrackingNumber) {
    await sideStep("the back-dated case is first in 办理队列, marked overdue (class overdue, 已逾期)", async () => {
      await openFromMenu(page, "办理队列");
      const row = page.getByRole("row").filter({ hasText: run.lateTrackingNumber });
      await row.waitFor();
      check(run.lateOverdue, "the API does not count the back-dated case overdue: the calendar is missing?");
      check(await row.evaluate((r) => r.classList.contains("overdue")), "the overdue case's row lacks the class overdue");
      check((await row.innerText()).includes("已逾期"), "the overdue case's row does not say 已逾期");
      const color = await row.getByRole("cell").nth(0).evaluate((cell) => getComputedStyle(cell).color);
      const [r, g, b] = color.match(/\d+/g).map(Number);
      check(r > 120 && r > 2 * g && r > 2 * b, `the overdue row is not shown in red (its text is ${color})`);
      const order = await page.getByRole("row").allInnerTexts();
      check(order.findIndex((t) => t.includes(run.lateTrackingNumber)) < order.findIndex((t) => t.includes(run.trackingNumber)),
        "办理队列 does not list the earlier due date first");
      return record(page, "queue-overdue");
    });
  }

  await step("the case page shows the history, how the deadline was counted and the diagram", async () => {
    await page.getByRole("row").filter({ hasText: run.trackingNumber }).getByRole("link", { name: run.trackingNumber }).click();
    await caseHeading(page);
    run.case = await caseByTrackingNumber(run.trackingNumber, "handler");
    await expectCaseSections(page, "Task_HandleApplication", run.case.events.length);
    const deadline = await section(page, "答复期限").innerText();
    expectDeadline(deadline, run.case, "the section 答复期限");
    if (run.case.responseDueOn) check(deadline.includes("工作日"), "the section 答复期限 does not say how working days were counted");
    return record(page, "case-in-progress");
  });

  await step("预览文书 shows the decision's letter before anything is decided", async () => {
    const form = await openAction(page, "作出答复", "答复结果");
    await choose(form, "答复结果", "予以公开");
    const file = join(OUT_DIR, "decision-preview.pdf");
    const text = await savedPdf(page, form.getByRole("button", { name: "预览文书", exact: true }), file);
    check(text.includes("政府信息公开申请答复书") && text.includes(run.trackingNumber),
      "the preview is not the decision's letter for this application");
    const unchanged = await caseByTrackingNumber(run.trackingNumber, "handler");
    check(unchanged.status === "IN_PROGRESS", `after the preview the case is ${unchanged.status}`);
    const documents = await api(`/api/applications/${unchanged.id}/documents`, "handler");
    check(!documents.items.some((d) => d.kind === "DECISION"), "the preview issued a letter");
    // The page as a person comes back to it: the form closed again.
    await page.reload();
    await caseHeading(page);
    return file;
  });

  await step("handler decides 予以公开 and the case is closed", async () => {
    const form = await openAction(page, "作出答复", "答复结果");
    await choose(form, "答复结果", "予以公开");
    await expectToday(form, "答复日期");
    await submitAction(page, form, "作出答复");
    const closed = await caseByTrackingNumber(run.trackingNumber, "handler");
    check(closed.status === "CLOSED" && closed.outcome === "GRANTED" && closed.closedOn === TODAY,
      `after the decision the case is ${closed.status} with ${closed.outcome} on ${closed.closedOn}`);
    await caseHeading(page);
    check(await historyRows(page) === closed.events.length, `办理记录 shows ${await historyRows(page)} entries for the ${closed.events.length} events of the case`);
    const text = await page.locator("main").innerText();
    check(text.includes("予以公开") && text.includes("办结"), "the case page does not show the case closed (办结) with 予以公开");
    return record(page, "case-closed");
  });

  await step("the case page lists the decision's letter, numbered; it opens as a PDF", async () => {
    const letters = section(page, "文书");
    const link = letters.getByRole("link", { name: "政府信息公开申请答复书" });
    await link.waitFor();
    const row = await tableRow(page, "政府信息公开申请答复书", ["文号", "文书", "送达对象", "日期"]);
    check(/答〔\d{4}〕\d+号$/.test(row["文号"]), `the letter's number is ${row["文号"]}`);
    check(row["送达对象"] === APPLICANT.name, `the letter is addressed to ${row["送达对象"]}`);
    const response = await page.request.get(new URL(await link.getAttribute("href"), BASE_URL).href);
    check(response.status() === 200 && response.headers()["content-type"] === "application/pdf",
      `the letter answers ${response.status()} ${response.headers()["content-type"]}`);
    const file = join(OUT_DIR, "decision-letter.pdf");
    writeFileSync(file, await response.body());
    const text = pdfText(file);
    check(text.includes(row["文号"]) && text.includes(`${APPLICANT.name}：`) && text.includes("特此答复"),
      "the letter's PDF does not carry its number, the applicant and its closing");
    execFileSync("pdftoppm", ["-png", "-r", "100", "-singlefile", file, join(OUT_DIR, "decision-letter")]);
    return `${row["文号"]}; ${file}, decision-letter.png; ${await record(page, "case-letters")}`;
  });

  await step("登记送达 records the letter handed over and signed for; its row shows it served", async () => {
    const row = page.getByRole("row").filter({ hasText: "政府信息公开申请答复书" }).first();
    check((await row.innerText()).includes("未送达"), "the decision's letter is not shown as unserved before its service");
    await row.getByRole("button", { name: "登记送达", exact: true }).click();
    const form = row.locator("form").first();
    await form.waitFor();
    await choose(form, "送达方式", "直接送达");
    await expectToday(form, "送达日期");
    await labelled(form, "签收日期").fill(TODAY);
    await labelled(form, "签收人").fill(APPLICANT.name);
    await form.getByRole("button", { name: "登记", exact: true }).click();
    await page.waitForLoadState();
    await caseHeading(page);
    const served = page.getByRole("row").filter({ hasText: "政府信息公开申请答复书" }).first();
    const text = await served.innerText();
    check(text.includes(`直接送达：${TODAY}`) && text.includes(`签收人：${APPLICANT.name}`) && !text.includes("未送达"),
      `the letter's row shows ${text.replace(/\s+/g, " ")}`);
    const documents = await api(`/api/applications/${run.case.id}/documents`, "handler");
    const decision = documents.items.find((d) => d.kind === "DECISION");
    check(decision.service.length === 1 && decision.service[0].method === "IN_PERSON"
      && decision.service[0].receivedOn === TODAY && decision.service[0].signer === APPLICANT.name,
      `the API shows the letter's service as ${JSON.stringify(decision.service)}`);
    return record(page, "case-letter-served");
  });

  await step("下载案卷 gives the case file: its index, both letters and their digests, which check", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }),
      page.getByRole("link", { name: /^下载案卷/ }).click()]);
    const file = join(OUT_DIR, "case-file.zip");
    await download.saveAs(file);
    const unpacked = join(OUT_DIR, "case-file");
    execFileSync("python3", ["-m", "zipfile", "-e", file, unpacked]);
    const names = execFileSync("python3", ["-m", "zipfile", "-l", file]).toString("utf8");
    for (const expected of ["目录.pdf", "SHA256SUMS", "接收回执.pdf", "答复书.pdf"]) {
      check(names.includes(expected), `the case file holds no ${expected}`);
    }
    // Every file is the one its digest names.
    execFileSync("sha256sum", ["--check", "--quiet", "SHA256SUMS"], { cwd: unpacked });
    check(pdfText(join(unpacked, "目录.pdf")).includes(run.trackingNumber), "the index does not name the application");
    return `${download.suggestedFilename()}: SHA256SUMS checks`;
  });

  await step("handler logs out; 办理队列 then asks for a login", async () => {
    await logoutAndExpectLocked(page, run.queueUrl);
    return record(page, "handler-logged-out");
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The office: the year's statistics, the cases behind a figure, the XLSX, the ledger, the annual report
// ---------------------------------------------------------------------------------------------

async function office(page) {
  // The case granted today is one more under 三（一）予以公开 than before the run (so at least 1), in
  // its applicant's column 自然人 and in 总计.
  const expected = { natural: run.grantedBefore.natural + 1, total: run.grantedBefore.total + 1 };

  await step("office logs in and sees the office's menu", async () => {
    await login(page, "office");
    await expectLoggedIn(page, "office", "office");
    await expectMenu(page, ["年度统计", "申请列表"]);
    return record(page, "office-home");
  });

  await step(`年度统计 ${YEAR} counts the case under 三（一）予以公开`, async () => {
    await openFromMenu(page, "年度统计");
    run.statisticsUrl = page.url();
    // The page opens on the current year; should it not, choose it and apply it with 查看.
    if ((await labelled(page, "年度").inputValue()) !== String(YEAR)) {
      await choose(page, "年度", String(YEAR));
      await page.getByRole("button", { name: "查看" }).click();
      await page.waitForLoadState();
    }
    check((await labelled(page, "年度").inputValue()) === String(YEAR), `年度 cannot be set to ${YEAR}`);
    await page.getByRole("heading", { name: `${YEAR}年政府信息公开工作年度报告` }).first().waitFor();
    const row = await grantedRow(page);
    check(row.natural === expected.natural, `三（一）予以公开 / 自然人 shows ${row.natural}, expected ${expected.natural}`);
    check(row.total === expected.total, `三（一）予以公开 / 总计 shows ${row.total}, expected ${expected.total}`);
    await page.getByRole("heading", { name: "校验" }).first().waitFor();
    for (const name of ["下载 XLSX", "下载 CSV", "打印版"]) await page.getByRole("link", { name }).first().waitFor();
    return `自然人 ${row.natural}, 总计 ${row.total}; ${await record(page, "statistics")}`;
  });

  await step("the figure links to the cases behind it, this one among them", async () => {
    const row = await grantedRow(page);
    await row.naturalCell.getByRole("link").click();
    await page.getByText(run.trackingNumber).first().waitFor();
    const shot = await record(page, "statistics-cases");
    await page.goBack();
    await labelled(page, "年度").waitFor();
    return shot;
  });

  await sideStep("打印版 opens the printable table with the same figure", async () => {
    const [printable] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "打印版" }).first().click()]);
    await printable.waitForLoadState();
    const row = printable.getByRole("row").filter({ hasText: /（一）\s*予以公开/ }).first();
    const figures = (await row.getByRole("cell").allInnerTexts()).map((t) => Number(t.trim()));
    check(figures[0] === expected.natural && figures.at(-1) === expected.total,
      `the printable table's 予以公开 row reads ${figures.join(" ")}, expected ${expected.natural} … ${expected.total}`);
    const shot = await record(printable, "statistics-printable");
    const pdf = nextShotPath("statistics-printable", "pdf");
    await printable.pdf({ path: pdf, format: "A4", printBackground: true });
    await printable.close();
    return `${shot}, ${pdf}`;
  });

  await step("下载 XLSX gives a real spreadsheet with the figure", async () => {
    // The workbook is made on request: allow it more time than a page.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }),
      page.getByRole("link", { name: "下载 XLSX" }).first().click()]);
    const file = join(OUT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    check(file.endsWith(".xlsx"), `the download is named ${download.suggestedFilename()}`);
    const sheets = readXlsx(readFileSync(file));
    const found = sheets.map((sheet) => grantedInSheet(sheet)).find(Boolean);
    check(found, `no sheet of ${file} has the row （一）予以公开 under the columns 自然人 and 总计`);
    check(found.natural === expected.natural && found.total === expected.total,
      `the XLSX says 予以公开 自然人 ${found.natural} / 总计 ${found.total}, expected ${expected.natural} / ${expected.total}`);
    return `${file}: sheet ${found.sheet}, 自然人 ${found.natural}, 总计 ${found.total}`;
  });

  await step("台账: 检查 lists the ledger's bad row; fixed, it imports, and its cases are there", async () => {
    await openFromMenu(page, "台账");
    const daysAgo = (n) => new Date(Date.parse(TODAY) - n * 86_400_000).toISOString().slice(0, 10);
    const header = "登记编号,申请人类型,申请人姓名或名称,申请方式,收到申请日期,所需信息内容描述,承办部门,受理日期,办结日期,办理结果";
    const taken = `TZ-${daysAgo(40)}-1,自然人,赵六,信函,${daysAgo(40)},某项目的环境影响评价批复,ZRZY,${daysAgo(39)},${daysAgo(25)},予以公开`;
    const ledger = (received) => "\uFEFF" + [header, taken,
      `TZ-${daysAgo(40)}-2,自然人,钱七,当面,${received},某地块的规划条件,,,,`].join("\r\n") + "\r\n";
    const file = join(OUT_DIR, "ledger.csv");
    writeFileSync(file, ledger("2026-02-30"));
    await labelled(page, "台账文件").setInputFiles(file);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await page.getByRole("heading", { name: /^检查结果/ }).waitFor();
    const problem = (await page.getByRole("row").filter({ hasText: "收到申请日期" }).first().innerText()).replace(/\s+/g, " ");
    check(problem.includes("3") && problem.includes("“2026-02-30”不是日期"), `the check lists ${problem}`);
    const shot = await record(page, "ledger-checked");

    writeFileSync(file, ledger(daysAgo(30)));
    await labelled(page, "台账文件").setInputFiles(file);
    await page.getByRole("button", { name: "导入", exact: true }).click();
    await page.getByRole("heading", { name: /^导入结果/ }).waitFor();
    const status = await page.getByRole("status").first().innerText();
    check(status.includes("已导入，新登记 2 件"), `the import says ${status}`);
    const imported = await api(`/api/applications?receivedFrom=${daysAgo(40)}&receivedTo=${daysAgo(30)}&size=100`, "office");
    const names = imported.items.map((c) => `${c.applicant?.name} ${c.status}`);
    check(names.includes("赵六 CLOSED") && names.includes("钱七 RECEIVED"), `the imported cases are ${names.join(", ")}`);
    return `${shot}; ${await record(page, "ledger-imported")}`;
  });

  await step(`年度报告 ${YEAR}: the office fills in 一, 二, 五 and 六, takes the fee sentence, previews it, downloads Word`,
    async () => {
    await openFromMenu(page, "年度报告");
    // The page opens on last year, the year a report is written for; this run's case is in this year.
    await choose(page, "年度", String(YEAR));
    await page.getByRole("button", { name: "查看" }).click();
    await page.waitForLoadState();
    check((await labelled(page, "年度").inputValue()) === String(YEAR), `年度 cannot be set to ${YEAR}`);
    const overview = "本年度，本机关依法办理政府信息公开申请，按时答复。";
    await labelled(page, "一、总体情况").fill(overview);
    const proactive = {
      "规章：本年制发件数": "0", "规章：本年废止件数": "0", "规章：现行有效件数": "0",
      "行政规范性文件：本年制发件数": "1", "行政规范性文件：本年废止件数": "0", "行政规范性文件：现行有效件数": "9",
      "行政许可：本年处理决定数量": "75726", "行政处罚：本年处理决定数量": "2483", "行政强制：本年处理决定数量": "2285",
      "行政事业性收费：本年收费金额（万元）": "12943.88",
    };
    for (const [label, value] of Object.entries(proactive)) await labelled(page, label).fill(value);
    await labelled(page, "五、存在的主要问题及改进情况").fill("政府信息公开工作队伍还需加强。");
    await page.getByRole("button", { name: "将建议表述加入第六部分" }).click();
    await page.waitForLoadState();
    const other = await labelled(page, "六、其他需要报告的事项").inputValue();
    check(other.includes(`${YEAR}年，本机关`) && other.includes("信息处理费"), `六 reads ${other} after taking the fee sentence`);
    check((await labelled(page, "一、总体情况").inputValue()) === overview, "taking the fee sentence lost 一's text");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "已保存" }).waitFor();
    const preview = page.getByRole("region", { name: /^预览/ });
    await preview.getByRole("heading", { name: `${YEAR}年政府信息公开工作年度报告` }).waitFor();
    for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      await preview.getByRole("heading", { name: heading }).waitFor();
    }
    const shown = await preview.innerText();
    check(shown.includes(overview) && shown.includes("75726") && shown.includes("12943.88"),
      "the preview lacks what was keyed in");
    await page.getByRole("heading", { name: "校验" }).first().waitFor();
    const shot = await record(page, "report");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }),
      page.getByRole("link", { name: "下载 Word" }).first().click()]);
    const file = join(OUT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const docx = readFileSync(file);
    check(file.endsWith(".docx") && docx.subarray(0, 2).toString() === "PK" && docx.includes("word/document.xml"),
      `the download ${download.suggestedFilename()} is no Word file`);
    return `${shot}; ${file}`;
  });

  await step("office logs out; 年度统计 then asks for a login", async () => {
    await logoutAndExpectLocked(page, run.statisticsUrl);
    return record(page, "office-logged-out");
  });
}

// ---------------------------------------------------------------------------------------------
// Page parts
// ---------------------------------------------------------------------------------------------

/**
 * The response deadline as the service computed it, shown in `text`. Without a working-day calendar
 * for a year the count runs into (the service ships 2024-2026; each December's receipts reach into
 * the next year), the service has no deadline: then the UI must not show one, and the run says why.
 */
function expectDeadline(text, view, where) {
  if (view.responseDueOn) {
    check(datePattern(view.responseDueOn).test(text), `${where} does not show the response deadline ${view.responseDueOn}`);
  } else {
    // The pages say why in Chinese; the API's reason is English.
    check(text.includes("工作日历尚未载入") || text.includes("—"),
      `${where} shows neither why the deadline is missing (工作日历尚未载入; the API says ${view.deadlineProblem}) nor —`);
    note(`no response deadline for ${view.trackingNumber}: ${view.deadlineProblem} — load the year's calendar (PUT /api/calendar/{year})`);
  }
}

/** 予以公开 (row 三（一）) of the API's table: the natural-person column and the total. */
function figures(table, row) {
  const values = table.rows[row];
  return { natural: values[table.columns.indexOf("NATURAL_PERSON")], total: values[table.columns.indexOf("TOTAL")] };
}

const caseHeading = (page) => page.getByRole("heading", { name: run.trackingNumber }).first().waitFor();

/** The innermost block that holds the heading `title` and what follows it. */
function section(page, title) {
  return page.locator("section, article, details, div").filter({ has: page.getByRole("heading", { name: title, exact: true }) }).last();
}

/** The entries of 办理记录: its table's rows that hold cells (not the header row). */
const historyRows = (page) => section(page, "办理记录").getByRole("row").filter({ has: page.getByRole("cell") }).count();

/** The case page's three sections: every event in the history, and the diagram's current step. */
async function expectCaseSections(page, currentTask, events) {
  for (const title of ["办理记录", "答复期限", "流程图"]) await page.getByRole("heading", { name: title, exact: true }).waitFor();
  const rows = await historyRows(page);
  check(rows === events, `办理记录 shows ${rows} entries for the ${events} events of the case`);
  // bpmn-js draws the diagram after the page has loaded; waitFor waits for it.
  const current = section(page, "流程图").locator(".current-step").first();
  await current.waitFor();
  const element = await current.evaluate((e) =>
    (e.closest("[data-element-id]") ?? e.querySelector("[data-element-id]"))?.getAttribute("data-element-id"));
  check(element === currentTask, `the diagram highlights ${element} as the current step, not ${currentTask}`);
}

/**
 * Clicks `button`, which opens a PDF in a new tab, and saves the PDF the service answered to
 * `file`; returns its text. The answer is read on its way to the tab and handed on as a download,
 * so that Chromium's PDF viewer (an extension, outside the service) does not open.
 */
async function savedPdf(page, button, file) {
  const address = /[?&]preview$/;
  let answered;
  const pdf = new Promise((resolve) => { answered = resolve; });
  await page.context().route(address, async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    answered({ status: response.status(), type: response.headers()["content-type"], body });
    await route.fulfill({ response, headers: { ...response.headers(), "content-disposition": "attachment; filename=letter.pdf" } });
  });
  const popup = page.waitForEvent("popup");
  await button.click();
  const { status, type, body } = await pdf;
  await (await popup).close().catch(() => {});
  await page.context().unroute(address);
  check(status === 200 && type === "application/pdf", `the preview answered ${status} ${type}`);
  check(body.subarray(0, 4).toString() === "%PDF", "the preview is no PDF");
  writeFileSync(file, body);
  return pdfText(file);
}

/** A PDF's text by poppler's pdftotext, without the layout's line breaks and spaces. */
function pdfText(file) {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").replace(/\s+/g, "");
}

/** Clicks an action's button and returns the small form it opens, known by one of its fields. */
async function openAction(page, action, fieldLabel) {
  await page.getByRole("button", { name: action, exact: true }).click();
  const form = page.locator("form").filter({ has: labelled(page, fieldLabel).or(page.getByRole("group", { name: fieldLabel, exact: true })) });
  await form.first().waitFor();
  return form.first();
}

/**
 * Submits an action form with its own submit button, whatever it is called, and expects the action
 * done: no error summary, and the action no longer offered in the case's new state.
 */
async function submitAction(page, form, action) {
  // The form's own submit button: not 预览文书, which posts the form elsewhere (formaction).
  await form.locator("button[type=submit]:not([formaction]), input[type=submit], button:not([type])").last().click();
  await page.waitForLoadState();
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  if (await alert.count()) throw new Failure(`${action} was refused: ${(await alert.first().innerText()).replace(/\s+/g, " ")}`);
  await page.getByRole("button", { name: action, exact: true }).waitFor({ state: "detached" });
}

/** The cells of the table row holding `key`, by the header texts of the columns. */
async function tableRow(page, key, columns) {
  const row = page.getByRole("row").filter({ hasText: key }).first();
  await row.waitFor();
  const table = page.getByRole("table").filter({ has: row }).first();
  const headers = (await table.getByRole("columnheader").allInnerTexts()).map((t) => t.trim());
  for (const column of columns) check(headers.includes(column), `the table has no column ${column} (it has ${headers.join(", ")})`);
  const cells = await row.getByRole("cell").or(row.getByRole("rowheader")).allInnerTexts();
  check(cells.length === headers.length, `the row of ${key} has ${cells.length} cells for ${headers.length} columns`);
  return Object.fromEntries(headers.map((header, i) => [header, cells[i].trim()]));
}

/**
 * Row 三（一）予以公开 of the statistics page, read as a person reads it: the row's figures, and
 * the column of each found under its header. The published layout has headers over two rows with
 * spans, so a figure's column is the leaf header standing above it on the screen.
 */
async function grantedRow(page) {
  const row = page.getByRole("row").filter({ hasText: /（一）\s*予以公开/ }).first();
  await row.waitFor();
  const table = page.getByRole("table").filter({ has: row }).first();
  const figures = row.getByRole("cell");
  const count = await figures.count();
  check(count === 7, `row 三（一）予以公开 has ${count} figures, not 7 (自然人, 5 kinds of 法人或其他组织, 总计)`);
  const under = async (header) => {
    const box = await table.getByRole("columnheader", { name: header, exact: true }).first().boundingBox();
    check(box, `the statistics table has no column header ${header}`);
    for (let i = 0; i < count; i++) {
      const cell = await figures.nth(i).boundingBox();
      const middle = cell.x + cell.width / 2;
      if (middle > box.x && middle < box.x + box.width) return figures.nth(i);
    }
    throw new Failure(`no figure of row 三（一）予以公开 stands under the header ${header}`);
  };
  const naturalCell = await under("自然人");
  const totalCell = await under("总计");
  const number = async (cell) => Number((await cell.innerText()).trim());
  return { natural: await number(naturalCell), total: await number(totalCell), naturalCell };
}

/** 予以公开's natural-person and total figures in one sheet, located by the header cells. */
function grantedInSheet(sheet) {
  const rows = sheet.rows.map((r) => r ?? []);
  const where = (text) => {
    for (const [r, row] of rows.entries()) {
      const c = row.findIndex((v) => typeof v === "string" && v.trim() === text);
      if (c >= 0) return { r, c };
    }
    return null;
  };
  const granted = where("（一）予以公开");
  const natural = where("自然人");
  const total = where("总计");
  if (!granted || !natural || !total) return null;
  return { sheet: sheet.name, natural: rows[granted.r][natural.c], total: rows[granted.r][total.c] };
}

process.exitCode = await main();
