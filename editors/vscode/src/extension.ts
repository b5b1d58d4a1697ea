// The copydesk extension: starts `copydesk serve` for markdown and plain-text files and
// wires its diagnostics, quick fixes, hovers and commands into VS Code.

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

const CLIENT_ID = "copydesk";
const DIAGNOSTIC_SOURCE = "copydesk";
const SERVER_COMMANDS = ["copydesk.showFacts", "copydesk.rebuildFacts", "copydesk.checkWorkspace"];

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let factsSummary: string | undefined;
let fallbackCommands: vscode.Disposable[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  serverCwd = context.extensionPath;
  output = vscode.window.createOutputChannel("copydesk");
  statusItem = vscode.window.createStatusBarItem("copydesk.status", vscode.StatusBarAlignment.Right, 100);
  statusItem.name = "copydesk";
  statusItem.command = "copydesk.showFacts";
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand("copydesk.restartServer", () => restart()),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChanged(event)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine("Workspace trusted: restarting with the workspace's settings.");
      void restart();
    }),
    { dispose: () => disposeFallbackCommands() },
  );

  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

// ---------------------------------------------------------------------------------------------
// Server command

/**
 * The folder the server starts in: the extension's own, never the workspace. `python -m` puts its
 * working folder first on sys.path, so a `copydesk/` folder in an opened repository would run.
 */
let serverCwd: string | undefined;

/** The command that starts the server: the setting, else `copydesk` on PATH, else python -I -m. */
async function serverCommand(): Promise<{ command: string; args: string[]; origin: string }> {
  const configured = configuredCommand();
  if (configured) {
    return { command: configured.value[0], args: configured.value.slice(1), origin: configured.origin };
  }
  const onPath = findOnPath(process.platform === "win32" ? ["copydesk.exe", "copydesk.cmd"] : ["copydesk"]);
  if (onPath) {
    return { command: onPath, args: ["serve"], origin: "PATH" };
  }
  const python = await selectedPython();
  if (python) {
    return { command: python[0], args: [...python.slice(1), "-I", "-m", "copydesk", "serve"], origin: "the Python extension's interpreter" };
  }
  const fallback = process.platform === "win32" ? "python" : "python3";
  // -I: isolated mode, so neither the working folder nor PYTHON* variables can add code to sys.path
  return { command: fallback, args: ["-I", "-m", "copydesk", "serve"], origin: `${fallback} on PATH` };
}

/**
 * The user's `copydesk.server.command`. In a restricted (untrusted) workspace only the user's own
 * settings count: a command written into the workspace's settings is never run.
 */
function configuredCommand(): { value: string[]; origin: string } | undefined {
  const inspected = vscode.workspace.getConfiguration("copydesk").inspect<string[] | string>("server.command");
  if (!inspected) {
    return undefined;
  }
  const candidates: Array<[string[] | string | undefined, string]> = vscode.workspace.isTrusted
    ? [
        [inspected.workspaceFolderValue, "workspace folder settings"],
        [inspected.workspaceValue, "workspace settings"],
        [inspected.globalValue, "user settings"],
      ]
    : [[inspected.globalValue, "user settings"]];
  if (!vscode.workspace.isTrusted && (inspected.workspaceValue !== undefined || inspected.workspaceFolderValue !== undefined)) {
    output.appendLine("Restricted mode: ignoring copydesk.server.command from the workspace's settings.");
  }
  for (const [value, origin] of candidates) {
    const argv = typeof value === "string" ? value.trim().split(/\s+/).filter(Boolean) : value?.filter(Boolean);
    if (argv && argv.length > 0) {
      return { value: argv, origin };
    }
  }
  return undefined;
}

function findOnPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) {
      continue;
    }
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) {
          return candidate;
        }
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * The interpreter the ms-python extension selected for the first workspace folder, if it is
 * installed. Not in a restricted workspace: the interpreter may be one the workspace chose (its
 * own .venv), which the Python extension itself will not run there.
 */
async function selectedPython(): Promise<string[] | undefined> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension || !vscode.workspace.isTrusted) {
    return undefined;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api: any = extension.isActive ? extension.exports : await extension.activate();
    const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (api?.environments?.getActiveEnvironmentPath) {
      const active = api.environments.getActiveEnvironmentPath(resource);
      const resolved = active ? await api.environments.resolveEnvironment(active) : undefined;
      const executable: string | undefined = resolved?.executable?.uri?.fsPath ?? active?.path;
      if (executable) {
        return [executable];
      }
    }
    const details = await api?.settings?.getExecutionDetails?.(resource);
    if (Array.isArray(details?.execCommand) && details.execCommand.length > 0) {
      return details.execCommand as string[];
    }
  } catch (error) {
    output.appendLine(`Could not ask the Python extension for its interpreter: ${String(error)}`);
  }
  return undefined;
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
  if (event.affectsConfiguration("copydesk.server.command")) {
    output.appendLine("copydesk.server.command changed: restarting the server.");
    await restart();
    return;
  }
  if (client?.state === State.Running) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { copydesk: serverSettings() } });
    await refreshFacts();
  }
}

// ---------------------------------------------------------------------------------------------
// Client lifecycle

async function start(): Promise<void> {
  const { command, args, origin } = await serverCommand();
  output.appendLine(`Starting ${[command, ...args].join(" ")} (from ${origin}).`);
  // No `transport`: the client then talks over stdio without adding `--stdio` to the arguments.
  const serverOptions: ServerOptions = {
    command,
    args,
    options: serverCwd ? { cwd: serverCwd } : undefined,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
    ],
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: () => serverSettings(),
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/{copydesk.yaml,copydesk.yml,.copydesk.yaml}"),
      ],
    },
    middleware: {
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
    statusItem.text = "$(error) copydesk";
    statusItem.tooltip = `The copydesk server did not start (${command}). See the copydesk output.`;
    statusItem.show();
    void vscode.window
      .showErrorMessage(
        `copydesk: could not start the server (${command}). Install copydesk or set copydesk.server.command.`,
        "Show output",
      )
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
