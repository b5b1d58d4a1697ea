// Driven by tests/editors/test_vscode.py: headless Chromium (playwright-core) on a code-server
// that has the copydesk .vsix installed. Opens the faulty draft, waits for the finding in the
// Problems panel, hovers it, takes the screenshot, applies the quick fix, waits for the finding
// to go away, saves; then (with COPYDESK_T_KNOWN_NAME) goes to the definition of a known name and
// asks for completion after a capitalised prefix. Writes what it saw as JSON to $COPYDESK_T_OUT.
//
// Env: COPYDESK_T_URL, COPYDESK_T_FOLDER, COPYDESK_T_DRAFT (file name), COPYDESK_T_WRONG,
// COPYDESK_T_RIGHT, COPYDESK_T_CHROMIUM, COPYDESK_T_PROFILE, COPYDESK_T_SCREENSHOT, COPYDESK_T_OUT,
// COPYDESK_T_STOP_AFTER ("problem": stop once the finding is in the Problems panel),
// COPYDESK_T_KNOWN_NAME, COPYDESK_T_PREFIX, COPYDESK_T_FULL_NAME (definition and completion).
"use strict";

const fs = require("fs");
const { chromium } = require("playwright-core");

const env = process.env;
const TIMEOUT = Number(env.COPYDESK_T_TIMEOUT || 60000);
const result = { steps: [] };
const started = Date.now();

function step(name, extra) {
  result.steps.push({ name, ms: Date.now() - started, ...(extra || {}) });
}

async function statusText(page) {
  const item = page.locator(".statusbar-item", { hasText: "copydesk:" });
  if ((await item.count()) === 0) {
    return null;
  }
  return (await item.first().innerText()).trim();
}

async function waitForStatus(page, pattern) {
  const deadline = Date.now() + TIMEOUT;
  let text = null;
  while (Date.now() < deadline) {
    text = await statusText(page);
    if (text && pattern.test(text)) {
      return text;
    }
    await page.waitForTimeout(200);
  }
  return text;
}

/** The label of the active editor tab. */
async function activeTab(page) {
  const tab = page.locator(".tabs-container .tab.active").first();
  return (await tab.getAttribute("aria-label")) || (await tab.innerText()).trim();
}

// Go to definition (F12) with the cursor on a known name at the start of the draft: the source
// that states it opens. Then, back in the draft, completion (Ctrl+Space) after a capitalised
// prefix at the end: the suggest widget offers the full name. The draft is left unsaved.
async function definitionAndCompletion(page, lines) {
  const draftTab = await activeTab(page);
  await lines.click();
  await page.keyboard.press("Control+Home"); // the known name is the draft's first word
  await page.keyboard.press("F12");
  await page.waitForFunction(
    (draft) => {
      const tab = document.querySelector(".tabs-container .tab.active");
      return tab && !(tab.getAttribute("aria-label") || tab.textContent).includes(draft);
    },
    env.COPYDESK_T_DRAFT,
  );
  // The tab's file name (its label splits name and extension into separate elements).
  result.definition_tab = await page.locator(".tabs-container .tab.active").first().getAttribute("data-resource-name");
  // The tab switches before the source's editor has drawn its lines: wait until it has some.
  await page.waitForFunction(() => {
    const lines = document.querySelector(".editor-group-container.active .monaco-editor .view-lines");
    return lines && lines.innerText.trim().length > 0;
  });
  result.definition_text = (await page.locator(".editor-group-container.active .monaco-editor .view-lines").first().innerText()).trim();
  step("definition", { tab: result.definition_tab, draft_tab: draftTab });

  await page.locator(".tabs-container .tab", { hasText: env.COPYDESK_T_DRAFT }).first().click();
  await page.waitForFunction(
    (draft) => {
      const tab = document.querySelector(".tabs-container .tab.active");
      return tab && tab.textContent.includes(draft);
    },
    env.COPYDESK_T_DRAFT,
  );
  const editor = page.locator(".editor-group-container.active .monaco-editor .view-lines").first();
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(env.COPYDESK_T_PREFIX);
  await page.keyboard.press("Control+Space");
  const suggestion = page.locator(".suggest-widget .monaco-list-row", { hasText: env.COPYDESK_T_FULL_NAME });
  await suggestion.first().waitFor({ state: "visible" });
  result.completion = (await page.locator(".suggest-widget .monaco-list").first().innerText()).trim();
  step("completion");
  await page.keyboard.press("Escape");
}

// No usable Python (copydesk.interpreter names none): the notice says so and offers its fixes;
// "Open Settings" opens the setting; fixing the setting restarts the server, which then runs;
// "copydesk: Create copydesk.yaml" from the palette writes the file and opens it.
async function noPythonNotice(page) {
  const toast = page.locator(".notification-toast", { hasText: "copydesk" }).first();
  await toast.waitFor({ state: "visible" });
  result.notice = (await toast.locator(".notification-list-item-message").first().innerText()).trim();
  result.notice_buttons = (await toast.locator(".monaco-button").allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  result.status_problem = await waitForStatus(page, /copydesk: not running/);
  step("notice shown");
  await toast.locator(".monaco-button", { hasText: "Open Settings" }).first().click();
  const settings = page.locator(".settings-editor");
  await settings.waitFor({ state: "visible" });
  const interpreter = page.locator(".settings-editor .setting-item", { hasText: "Interpreter" }).first();
  await interpreter.waitFor({ state: "visible" });
  result.settings_shown = (await interpreter.innerText()).trim();
  step("settings open");

  // The user fixes the setting in the settings editor (removes the item): the server restarts.
  const item = interpreter.locator(".setting-list-row").first();
  await item.hover();
  await interpreter.locator('[aria-label="Remove Item"]').first().click();
  result.status_fixed = await waitForStatus(page, /copydesk: \d+ findings?\b/);
  step("server running after the fix");

  // The settings editor is a modal here: close it, then the command palette.
  await page.keyboard.press("Escape");
  await settings.waitFor({ state: "hidden" });
  await page.keyboard.press("Control+Shift+P");
  await page.locator(".quick-input-widget").waitFor({ state: "visible" });
  await page.keyboard.type("copydesk: Create copydesk.yaml");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "Create copydesk.yaml" }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => {
    const tab = document.querySelector(".tabs-container .tab.active");
    return tab && tab.getAttribute("data-resource-name") === "copydesk.yaml";
  });
  result.created_tab = "copydesk.yaml";
  step("copydesk.yaml created");
}

async function main() {
  const context = await chromium.launchPersistentContext(env.COPYDESK_T_PROFILE, {
    executablePath: env.COPYDESK_T_CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    const url = `${env.COPYDESK_T_URL}/?folder=${encodeURIComponent(env.COPYDESK_T_FOLDER)}`;
    await page.goto(url);
    await page.locator(".monaco-workbench").waitFor();
    step("workbench");

    // Open the draft from the explorer, as a user would.
    const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: env.COPYDESK_T_DRAFT });
    await row.first().click();
    const lines = page.locator(".monaco-editor .view-lines").first();
    await page.waitForFunction(
      (word) => [...document.querySelectorAll(".monaco-editor .view-lines")].some((e) => e.textContent.includes(word)),
      env.COPYDESK_T_WRONG,
    );
    step("draft open");
    if (env.COPYDESK_T_FLOW === "no-python") {
      await noPythonNotice(page);
      return;
    }

    // The finding in the Problems panel.
    await page.keyboard.press("Control+Shift+M");
    const markers = page.locator(".markers-panel");
    await markers.waitFor();
    await page.waitForFunction(
      (word) => {
        const panel = document.querySelector(".markers-panel");
        return panel && panel.textContent.includes(word);
      },
      env.COPYDESK_T_WRONG,
    );
    result.problems = (await markers.innerText()).trim();
    result.severity = await page.evaluate((word) => {
      const row = [...document.querySelectorAll(".markers-panel .monaco-list-row")].find((r) => r.textContent.includes(word));
      const icon = row && row.querySelector(".codicon-error, .codicon-warning, .codicon-info");
      return icon ? [...icon.classList].find((c) => c.startsWith("codicon-")).slice("codicon-".length) : null;
    }, env.COPYDESK_T_WRONG);
    step("problem shown");
    result.status_before = await waitForStatus(page, /copydesk: 1 finding\b/);
    if (env.COPYDESK_T_NEW_SETTINGS) {
      // Change the user settings while the server runs (VS Code watches settings.json): the
      // extension sends workspace/didChangeConfiguration and the server re-checks.
      // A file watcher can miss a write made while the workbench is still settling: write again
      // (with one more trailing newline, so the content differs) until the change is seen.
      const [file, text] = JSON.parse(env.COPYDESK_T_NEW_SETTINGS);
      let cleared = false;
      for (let attempt = 0; attempt < 4 && !cleared; attempt++) {
        fs.writeFileSync(file, text + "\n".repeat(attempt + 1));
        cleared = await page
          .waitForFunction(
            (word) => {
              const panel = document.querySelector(".markers-panel");
              return panel && !panel.textContent.includes(word);
            },
            env.COPYDESK_T_WRONG,
            { timeout: 20000 },
          )
          .then(() => true, () => false);
        step(`settings written (attempt ${attempt + 1}, ${cleared ? "seen" : "not seen yet"})`);
      }
      if (!cleared) {
        throw new Error("the changed settings never cleared the finding");
      }
      result.problems_after_settings = (await markers.innerText()).trim();
      step("settings changed");
    }
    if (env.COPYDESK_T_STOP_AFTER === "problem") {
      return;
    }

    // Hover the squiggle: the hover shows the message (and the sources).
    const squiggle = page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error").first();
    await squiggle.waitFor({ state: "attached" });
    const box = await squiggle.boundingBox();
    if (!box) {
      throw new Error("the finding has no squiggle in the editor");
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover:not(.hidden)").filter({ hasText: env.COPYDESK_T_WRONG }).first();
    await hover.waitFor({ state: "visible" });
    // The problem's part of the hover comes first; give the server's own hover a moment to join it.
    await page
      .waitForFunction(
        (word) => [...document.querySelectorAll(".monaco-hover")].some((e) => e.textContent.split(word).length > 2),
        env.COPYDESK_T_WRONG,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    result.hover = (await hover.innerText()).trim();
    step("hover shown");
    await page.screenshot({ path: env.COPYDESK_T_SCREENSHOT });
    step("screenshot");

    // The quick fix: select the finding from the Problems panel, then Ctrl+. and pick the fix.
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
    // A double click on the marker selects its range in the editor; a click on the word puts the
    // editor's cursor in it; then Ctrl+. (or, failing that, the light bulb) lists the quick fixes.
    await markers.locator(".monaco-list-row", { hasText: env.COPYDESK_T_WRONG }).first().dblclick();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(5, 5);
    await page.keyboard.press("Control+.");
    const widget = page.locator(".action-widget").first();
    try {
      await widget.waitFor({ state: "visible", timeout: 5000 });
      result.quickfix_via = "Ctrl+.";
    } catch {
      await page.locator(".lightBulbWidget").first().click();
      await widget.waitFor({ state: "visible" });
      result.quickfix_via = "light bulb";
    }
    const fix = page.locator(".action-widget .monaco-list-row", {
      hasText: env.COPYDESK_T_RIGHT,
    });
    await fix.first().waitFor({ state: "visible" });
    result.quickfix = (await fix.first().innerText()).trim();
    await fix.first().click();
    await page.waitForFunction(
      (word) => [...document.querySelectorAll(".monaco-editor .view-lines")].some((e) => e.textContent.includes(word)),
      env.COPYDESK_T_RIGHT,
    );
    step("fix applied");

    // The finding goes away.
    await page.waitForFunction(
      (word) => {
        const panel = document.querySelector(".markers-panel");
        return panel && !panel.textContent.includes(word);
      },
      env.COPYDESK_T_WRONG,
    );
    result.problems_after = (await markers.innerText()).trim();
    result.status_after = await waitForStatus(page, /copydesk: 0 findings\b/);
    step("problem gone");

    // Save, so that the test can read the fixed file from disk.
    await lines.click();
    await page.keyboard.press("Control+S");
    const target = `${env.COPYDESK_T_FOLDER}/${env.COPYDESK_T_DRAFT}`;
    const deadline = Date.now() + TIMEOUT;
    while (Date.now() < deadline && !fs.readFileSync(target, "utf8").includes(env.COPYDESK_T_RIGHT)) {
      await page.waitForTimeout(100);
    }
    step("saved");

    if (env.COPYDESK_T_KNOWN_NAME) {
      await definitionAndCompletion(page, lines);
    }
  } catch (error) {
    result.error = String(error && error.stack ? error.stack : error);
    try {
      const page = context.pages()[0];
      if (page) {
        await page.screenshot({ path: env.COPYDESK_T_SCREENSHOT + ".failed.png" });
      }
    } catch {
      // nothing more to show
    }
  } finally {
    fs.writeFileSync(env.COPYDESK_T_OUT, JSON.stringify(result, null, 2));
    await context.close();
  }
}

main().then(
  () => process.exit(result.error ? 1 : 0),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
