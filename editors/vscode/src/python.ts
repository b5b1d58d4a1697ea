// Which program starts the copydesk server: the user's `copydesk.server.command`, else the
// copydesk bundled in this extension (bundled/tool, bundled/libs) run by a Python interpreter,
// the one `copydesk.interpreter` names, the Python extension selected, or `python3` on PATH.

import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";

export const PYTHON_EXTENSION_ID = "ms-python.python";

/** A command that starts (or runs) copydesk, and where it came from, for the output channel. */
export interface Launch {
  command: string;
  args: string[];
  origin: string;
}

/** Why no server can start, for the notice and its one-click fix. */
export interface LaunchProblem {
  kind: "noPython" | "unsupportedPython" | "notInstalled";
  message: string;
  interpreter?: string;
}

interface Interpreter {
  argv: string[];
  origin: string;
}

interface Probe {
  usable: boolean;
  version: string;
  cache_tag: string;
  supported: string[];
}

const PYTHON_NAMES = process.platform === "win32" ? ["python.exe", "py.exe"] : ["python3"];

export class ServerLocator {
  constructor(
    private readonly extensionPath: string,
    private readonly log: (line: string) => void,
  ) {}

  private get launcher(): string {
    return path.join(this.extensionPath, "bundled", "tool", "copydesk_server.py");
  }

  /** How to run `copydesk SUBCOMMAND ...`, or why it cannot run. */
  async copydesk(subcommand: string): Promise<Launch | LaunchProblem> {
    const configured = configuredCommand(this.log);
    if (configured) {
      // The user's command is a server command (`... serve`): run its other subcommands alike.
      const argv = configured.value;
      const base = argv[argv.length - 1] === "serve" ? argv.slice(0, -1) : argv;
      return { command: base[0], args: [...base.slice(1), subcommand], origin: configured.origin };
    }
    const interpreter = await this.interpreter();
    if (!interpreter) {
      return {
        kind: "noPython",
        message: "copydesk needs Python 3.11 or newer, and found no Python interpreter.",
      };
    }
    const [python, ...pythonArgs] = interpreter.argv;
    const strategy = vscode.workspace.getConfiguration("copydesk").get<string>("importStrategy", "useBundled");
    if (strategy === "fromEnvironment") {
      const found = await run(python, [...pythonArgs, "-I", "-c", "import copydesk"]);
      if (!found.ok) {
        return {
          kind: "notInstalled",
          interpreter: python,
          message: `copydesk is not installed in ${python} (copydesk.importStrategy is "fromEnvironment").`,
        };
      }
      // -I: isolated mode, so neither the working folder nor PYTHON* variables add code to sys.path
      return { command: python, args: [...pythonArgs, "-I", "-m", "copydesk", subcommand], origin: interpreter.origin };
    }
    const probed = await run(python, [...pythonArgs, "-I", this.launcher, "--probe"]);
    let probe: Probe | undefined;
    try {
      probe = probed.ok ? (JSON.parse(probed.stdout) as Probe) : undefined;
    } catch {
      probe = undefined;
    }
    if (!probe?.usable) {
      const supported = probe?.supported.map((tag) => tag.replace(/^cpython-3/, "3.")).join(", ") ?? "3.11+";
      const what = probe ? `Python ${probe.version}` : `not a Python copydesk can use (${probed.stderr.trim() || probed.error})`;
      return {
        kind: "unsupportedPython",
        interpreter: python,
        message: `copydesk runs on Python ${supported}; ${python} (${interpreter.origin}) is ${what}.`,
      };
    }
    return {
      command: python,
      args: [...pythonArgs, "-I", this.launcher, subcommand],
      origin: `the bundled copydesk, Python ${probe.version} from ${interpreter.origin}`,
    };
  }

  /** `copydesk.interpreter`, else the Python extension's selection, else python3 on PATH. */
  private async interpreter(): Promise<Interpreter | undefined> {
    const inspected = vscode.workspace.getConfiguration("copydesk").inspect<string[]>("interpreter");
    const levels: Array<[string[] | undefined, string]> = vscode.workspace.isTrusted
      ? [
          [inspected?.workspaceFolderValue, "copydesk.interpreter (workspace folder)"],
          [inspected?.workspaceValue, "copydesk.interpreter (workspace)"],
          [inspected?.globalValue, "copydesk.interpreter (user settings)"],
        ]
      : [[inspected?.globalValue, "copydesk.interpreter (user settings)"]];
    for (const [value, origin] of levels) {
      const argv = value?.filter(Boolean);
      if (argv && argv.length > 0) {
        return { argv, origin };
      }
    }
    const selected = await selectedPython(this.log);
    if (selected) {
      return { argv: selected, origin: "the Python extension's interpreter" };
    }
    const onPath = findOnPath(PYTHON_NAMES);
    return onPath ? { argv: [onPath], origin: `${path.basename(onPath)} on PATH` } : undefined;
  }
}

export function isProblem(launch: Launch | LaunchProblem): launch is LaunchProblem {
  return (launch as LaunchProblem).kind !== undefined;
}

/**
 * The user's `copydesk.server.command`. In a restricted (untrusted) workspace only the user's own
 * settings count: a command written into the workspace's settings is never run.
 */
function configuredCommand(log: (line: string) => void): { value: string[]; origin: string } | undefined {
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
    log("Restricted mode: ignoring copydesk.server.command from the workspace's settings.");
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
    for (const name of dir ? names : []) {
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function pythonApi(): Promise<any | undefined> {
  const extension = vscode.extensions.getExtension(PYTHON_EXTENSION_ID);
  if (!extension) {
    return undefined;
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

/**
 * The interpreter the Python extension selected for the first workspace folder, if that extension
 * is installed. Not in a restricted workspace: the selection may be the workspace's own .venv,
 * which the Python extension itself will not run there.
 */
async function selectedPython(log: (line: string) => void): Promise<string[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    return undefined;
  }
  try {
    const api = await pythonApi();
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
    log(`Could not ask the Python extension for its interpreter: ${String(error)}`);
  }
  return undefined;
}

/** Call `listener` when the user picks another interpreter in the Python extension. */
export async function onPythonInterpreterChanged(listener: () => void): Promise<vscode.Disposable | undefined> {
  try {
    const api = await pythonApi();
    return api?.environments?.onDidChangeActiveEnvironmentPath?.(listener);
  } catch {
    return undefined;
  }
}

export function run(
  command: string,
  args: string[],
  cwd?: string,
): Promise<{ ok: boolean; stdout: string; stderr: string; error: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout: 30000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr), error: error ? error.message : "" });
    });
  });
}
