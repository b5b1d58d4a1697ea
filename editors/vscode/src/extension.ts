// The copydesk extension: starts the copydesk language server (bundled in the extension, run by
// a Python interpreter) for drafts, and wires its diagnostics, quick fixes, hovers, definitions,
// completions and commands into VS Code.

import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { isProblem, Launch, LaunchProblem, onPythonInterpreterChanged, PYTHON_EXTENSION_ID, run, ServerLocator } from "./python";

const CLIENT_ID = "copydesk";
const DIAGNOSTIC_SOURCE = "copydesk";
const SERVER_COMMANDS = ["copydesk.showFacts", "copydesk.rebuildFacts", "copydesk.checkWorkspace"];
const CONFIG_NAMES = ["copydesk.yaml", "copydesk.yml", ".copydesk.yaml"];
const SEVERITY_BY_NAME: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
/** Settings whose change needs a new server process (or none). */
const RESTART_SETTINGS = ["copydesk.enable", "copydesk.languages", "copydesk.server.command", "copydesk.interpreter", "copydesk.importStrategy"];

let client: LanguageClient | undefined;
let locator: ServerLocator;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let factsSummary: string | undefined;
let fallbackCommands: vscode.Disposable[] = [];
/** The server's diagnostics before the minimum-severity filter, to re-filter when it changes. */
const publishedDiagnostics = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
/**
 * The folder the server starts in: the extension's own, never the workspace (with `-I` the working
 * folder is not on sys.path anyway; this keeps a relative path in a setting from meaning it).
 */
let serverCwd: string | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  serverCwd = context.extensionPath;
  output = vscode.window.createOutputChannel("copydesk");
  locator = new ServerLocator(context.extensionPath, (line) => output.appendLine(line));
  statusItem = vscode.window.createStatusBarItem("copydesk.status", vscode.StatusBarAlignment.Right, 100);
  statusItem.name = "copydesk";
  statusItem.command = "copydesk.showFacts";
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand("copydesk.restartServer", () => restart()),
    vscode.commands.registerCommand("copydesk.createConfig", () => createConfig()),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChanged(event)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine("Workspace trusted: restarting with the workspace's settings.");
      void restart();
    }),
    { dispose: () => disposeFallbackCommands() },
  );
  const interpreterWatch = await onPythonInterpreterChanged(() => {
    output.appendLine("The Python extension's interpreter changed: restarting the server.");
    void restart();
  });
  if (interpreterWatch) {
    context.subscriptions.push(interpreterWatch);
  }

  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

// ---------------------------------------------------------------------------------------------
// When no server can start: say why, and offer the fix

async function reportLaunchProblem(problem: LaunchProblem): Promise<void> {
  output.appendLine(problem.message);
  statusItem.text = "$(error) copydesk: not running";
  statusItem.tooltip = `${problem.message} Click to try again.`;
  statusItem.command = "copydesk.restartServer";
  statusItem.show();
  const hasPythonExtension = vscode.extensions.getExtension(PYTHON_EXTENSION_ID) !== undefined;
  const actions: Record<string, () => Thenable<unknown>> = {};
  if (problem.kind === "notInstalled") {
    actions["Use the Bundled copydesk"] = () =>
      vscode.workspace.getConfiguration("copydesk").update("importStrategy", "useBundled", vscode.ConfigurationTarget.Global);
  } else if (hasPythonExtension) {
    // The Python extension's picker; its change event restarts the server.
    actions["Select Interpreter"] = () => vscode.commands.executeCommand("python.setInterpreter");
  } else {
    actions["Install the Python Extension"] = () =>
      vscode.commands.executeCommand("workbench.extensions.installExtension", PYTHON_EXTENSION_ID).then(() => restart());
  }
  actions["Open Settings"] = () => vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.interpreter");
  const choice = await vscode.window.showErrorMessage(`copydesk: ${problem.message}`, ...Object.keys(actions));
  if (choice) {
    await actions[choice]();
  }
}

// ---------------------------------------------------------------------------------------------
// Create copydesk.yaml

async function createConfig(): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder =
    folders.length <= 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: "Where to create copydesk.yaml" });
  if (!folder) {
    void vscode.window.showWarningMessage("copydesk: open a folder first; copydesk.yaml goes at its root.");
    return;
  }
  const root = folder.uri.fsPath;
  const existing = CONFIG_NAMES.map((name) => path.join(root, name)).find((file) => fs.existsSync(file));
  if (existing) {
    await vscode.window.showTextDocument(vscode.Uri.file(existing));
    void vscode.window.showInformationMessage(`copydesk: ${path.basename(existing)} already exists; opened it.`);
    return;
  }
  const launch = await locator.copydesk("init");
  if (isProblem(launch)) {
    await reportLaunchProblem(launch);
    return;
  }
  const result = await run(launch.command, [...launch.args, root], root);
  output.appendLine(`${[launch.command, ...launch.args, root].join(" ")}: ${result.stderr.trim() || result.error}`);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`copydesk: could not create copydesk.yaml: ${result.stderr.trim() || result.error}`);
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, "copydesk.yaml")));
}

// ---------------------------------------------------------------------------------------------
// Settings sent to the server

interface ServerSettings {
  sources: string[];
  rules: Record<string, string>;
  debounceMs: number;
}

function serverSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration("copydesk");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const sources = (config.get<string[]>("sources") ?? []).map((entry) => {
    const expanded = folder ? entry.replace(/\$\{workspaceFolder\}/g, folder) : entry;
    return folder && !path.isAbsolute(expanded) && !expanded.startsWith("~") ? path.join(folder, expanded) : expanded;
  });
  return {
    sources,
    rules: { ...(config.get<Record<string, string>>("rules") ?? {}) },
    debounceMs: config.get<number>("debounceMs") ?? 250,
  };
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (!event.affectsConfiguration("copydesk")) {
    return;
  }
  const changed = RESTART_SETTINGS.find((name) => event.affectsConfiguration(name));
  if (changed) {
    output.appendLine(`${changed} changed: restarting the server.`);
    await restart();
    return;
  }
  if (event.affectsConfiguration("copydesk.minimumSeverity")) {
    refilterDiagnostics();
  }
  if (client?.state === State.Running) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { copydesk: serverSettings() } });
    await refreshFacts();
  }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics below the minimum severity

function minimumSeverity(): vscode.DiagnosticSeverity {
  const name = vscode.workspace.getConfiguration("copydesk").get<string>("minimumSeverity", "hint");
  return SEVERITY_BY_NAME[name] ?? vscode.DiagnosticSeverity.Hint;
}

/** Diagnostic severities count down: Error is 0, Hint 3. */
function visible(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  const least = minimumSeverity();
  return diagnostics.filter((d) => d.severity <= least);
}

function refilterDiagnostics(): void {
  for (const { uri, diagnostics } of publishedDiagnostics.values()) {
    client?.diagnostics?.set(uri, visible(diagnostics));
  }
}

// ---------------------------------------------------------------------------------------------
// Client lifecycle

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration("copydesk");
  if (!config.get<boolean>("enable", true)) {
    output.appendLine("copydesk.enable is false: not starting the server.");
    statusItem.hide();
    return;
  }
  const launch: Launch | LaunchProblem = await locator.copydesk("serve");
  if (isProblem(launch)) {
    void reportLaunchProblem(launch);
    return;
  }
  const { command, args, origin } = launch;
  statusItem.command = "copydesk.showFacts";
  output.appendLine(`Starting ${[command, ...args].join(" ")} (from ${origin}).`);
  // No `transport`: the client then talks over stdio without adding `--stdio` to the arguments.
  const serverOptions: ServerOptions = { command, args, options: serverCwd ? { cwd: serverCwd } : undefined };
  const languages = config.get<string[]>("languages", ["markdown", "plaintext"]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: () => serverSettings(),
    synchronize: {
      fileEvents: [vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_NAMES.join(",")}}`)],
    },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        publishedDiagnostics.set(uri.toString(), { uri, diagnostics });
        next(uri, visible(diagnostics));
      },
      // The client registers the server's commands itself; show what they return.
      executeCommand: async (name, commandArgs, next) => {
        const result = await next(name, commandArgs);
        await presentCommandResult(name, result);
        return result;
      },
    },
  };
  const created = new LanguageClient(CLIENT_ID, "copydesk", serverOptions, clientOptions);
  client = created;
  created.onDidChangeState((event) => {
    if (event.newState === State.Stopped) {
      factsSummary = undefined;
      updateStatus();
    }
  });
  try {
    await created.start();
  } catch (error) {
    output.appendLine(`The copydesk server did not start: ${String(error)}`);
    statusItem.text = "$(error) copydesk: not running";
    statusItem.tooltip = `The copydesk server did not start (${command}). See the copydesk output.`;
    statusItem.show();
    void vscode.window
      .showErrorMessage(`copydesk: could not start the server (${command}). See the copydesk output.`, "Show Output")
      .then((choice) => choice && output.show());
    return;
  }
  await ensureCommands();
  updateStatus();
  await refreshFacts();
}

async function stop(): Promise<void> {
  const current = client;
  client = undefined;
  publishedDiagnostics.clear();
  disposeFallbackCommands();
  if (current) {
    try {
      if (current.state === State.Running || current.state === State.Starting) {
        await current.stop();
      }
      await current.dispose();
    } catch (error) {
      output.appendLine(`Stopping the server: ${String(error)}`);
    }
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

/**
 * The client registers a VS Code command for every command the server advertises. For those the
 * server does not advertise (or an older server), register one that says so, so the palette
 * entries never fail with "command not found".
 */
async function ensureCommands(): Promise<void> {
  disposeFallbackCommands();
  const known = new Set(await vscode.commands.getCommands(true));
  for (const name of SERVER_COMMANDS) {
    if (known.has(name)) {
      continue;
    }
    fallbackCommands.push(
      vscode.commands.registerCommand(name, async (...commandArgs: unknown[]) => {
        if (!client || client.state !== State.Running) {
          void vscode.window.showWarningMessage("copydesk: the server is not running.");
          return undefined;
        }
        const result = await client.sendRequest(ExecuteCommandRequest.type, { command: name, arguments: commandArgs });
        await presentCommandResult(name, result);
        return result;
      }),
    );
  }
}

function disposeFallbackCommands(): void {
  for (const disposable of fallbackCommands) {
    disposable.dispose();
  }
  fallbackCommands = [];
}

// ---------------------------------------------------------------------------------------------
// Status bar and command results

function countFindings(): number {
  let count = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    count += diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
  }
  return count;
}

function updateStatus(): void {
  if (!client) {
    return;
  }
  const findings = countFindings();
  const running = client.state === State.Running;
  const icon = !running ? "$(circle-slash)" : findings > 0 ? "$(warning)" : "$(check)";
  statusItem.text = `${icon} copydesk: ${findings} finding${findings === 1 ? "" : "s"}${factsSummary ? ` · ${factsSummary}` : ""}`;
  statusItem.tooltip = running ? "copydesk: click to show the fact base" : "copydesk: the server is not running";
  statusItem.show();
}

/** Ask the server for the fact base's size, quietly, for the status bar. */
async function refreshFacts(): Promise<void> {
  if (!client || client.state !== State.Running) {
    return;
  }
  const commands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!commands.includes("copydesk.showFacts")) {
    return;
  }
  try {
    const result = await client.sendRequest(ExecuteCommandRequest.type, { command: "copydesk.showFacts", arguments: [] });
    factsSummary = summarizeFacts(result);
  } catch (error) {
    output.appendLine(`copydesk.showFacts failed: ${String(error)}`);
  }
  updateStatus();
}

/** The counts in a `copydesk.showFacts` result: its `summary` (or `counts`), else its own numbers. */
function factCounts(result: unknown): Record<string, number> {
  if (!result || typeof result !== "object") {
    return {};
  }
  const record = result as Record<string, unknown>;
  const nested = [record.summary, record.counts].find((v) => v && typeof v === "object") as Record<string, unknown> | undefined;
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(nested ?? record)) {
    if (typeof value === "number") {
      counts[key] = value;
    }
  }
  if (Array.isArray(record.sources) && counts.sources === undefined) {
    counts.sources = record.sources.length;
  }
  return counts;
}

/** The fact base's size for the status bar, e.g. "57 facts" or "12 entities". */
function summarizeFacts(result: unknown): string | undefined {
  const counts = factCounts(result);
  for (const key of ["facts", "entities", "names"]) {
    if (typeof counts[key] === "number") {
      return `${counts[key]} ${key}`;
    }
  }
  const numbers = Object.entries(counts).filter(([key]) => key !== "sources");
  if (numbers.length === 0) {
    return undefined;
  }
  return `${numbers.reduce((sum, [, n]) => sum + n, 0)} facts`;
}

async function presentCommandResult(name: string, result: unknown): Promise<void> {
  if (name === "copydesk.showFacts") {
    factsSummary = summarizeFacts(result) ?? factsSummary;
    updateStatus();
    output.appendLine(`Fact base: ${JSON.stringify(result, null, 2)}`);
    const detail = describeCounts(result);
    void vscode.window
      .showInformationMessage(`copydesk fact base: ${detail || "empty"}`, "Show details")
      .then((choice) => choice && output.show(true));
  } else if (name === "copydesk.rebuildFacts") {
    output.appendLine(`Rebuilt the fact base: ${JSON.stringify(result)}`);
    await refreshFacts();
    void vscode.window.showInformationMessage(`copydesk: fact base rebuilt${factsSummary ? ` (${factsSummary})` : ""}.`);
  } else if (name === "copydesk.checkWorkspace") {
    output.appendLine(`Checked the workspace: ${JSON.stringify(result)}`);
    updateStatus();
  }
}

function describeCounts(result: unknown): string {
  return Object.entries(factCounts(result))
    .map(([key, value]) => `${value} ${key}`)
    .join(", ");
}
