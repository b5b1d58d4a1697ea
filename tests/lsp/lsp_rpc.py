"""A minimal JSON-RPC/LSP client with no pygls: a subprocess and Content-Length framing by hand."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

SERVER = [sys.executable, "-m", "copydesk", "serve"]


class RpcClient:
    """Talks LSP to `copydesk serve` over the process's stdin/stdout."""

    def __init__(self, cwd: Path | None = None, command: list[str] | None = None):
        self.proc = subprocess.Popen(
            command or SERVER, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.messages: queue.Queue[dict] = queue.Queue()
        self.notifications: list[dict] = []
        self.responses: dict[Any, dict] = {}
        self._next_id = 0
        self._lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # -- framing ------------------------------------------------------------------------------

    def write_raw(self, body: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, message: dict) -> None:
        self.write_raw(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8"))

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            message = json.loads(body.decode("utf-8"))
            with self._lock:
                if "method" in message and "id" in message:
                    # a request from the server (registerCapability, configuration): answer it
                    result = [None] * len(message["params"]["items"]) if message["method"] == "workspace/configuration" else None
                    self.send({"id": message["id"], "result": result})
                elif "method" in message:
                    self.notifications.append(message)
                else:
                    self.responses[message.get("id")] = message
                self._lock.notify_all()

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for _ in self.proc.stderr:
            pass

    # -- requests and notifications ---------------------------------------------------------------

    def request(self, method: str, params: Any = None, timeout: float = 30.0) -> dict:
        """Send a request and wait for its response (the whole response message)."""
        self._next_id += 1
        msg_id = self._next_id
        self.send({"id": msg_id, "method": method, "params": params})
        with self._lock:
            if not self._lock.wait_for(lambda: msg_id in self.responses, timeout):
                raise TimeoutError(f"no response to {method} within {timeout}s")
            return self.responses.pop(msg_id)

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"method": method, "params": params})

    def wait_notification(self, predicate: Any, timeout: float = 30.0, after: int = 0) -> dict:
        """The first notification (from index `after` on) for which `predicate(message)` is true."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for message in self.notifications[after:]:
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("notification not received")
                self._lock.wait(left)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30.0, after: int = 0) -> dict:
        """The params of the first publishDiagnostics for `uri` (at `version`, if given)."""
        return self.wait_notification(
            lambda m: m["method"] == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and (version is None or m["params"].get("version") == version),
            timeout,
            after,
        )["params"]

    def settled_diagnostics(self, uri: str, version: int, timeout: float = 60.0) -> dict:
        """The last publishDiagnostics for `uri` at `version` once the whole draft is checked: after
        an edit the server publishes the edited paragraphs at once and the whole check, if it
        differs, later; a hover waits for that check, so what is published before its answer is final."""
        self.diagnostics(uri, version=version, timeout=timeout)
        self.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}},
                     timeout=timeout)
        with self._lock:
            return [m for m in self.notifications if m["method"] == "textDocument/publishDiagnostics"
                    and m["params"]["uri"] == uri and m["params"].get("version") == version][-1]["params"]

    # -- session ---------------------------------------------------------------------------------

    def initialize(self, root: Path, options: dict | None = None) -> dict:
        result = self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
                "initializationOptions": options if options is not None else {"debounceMs": 0},
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str | None = None, version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": version,
                              "text": path.read_text(encoding="utf-8") if text is None else text}},
        )
        return uri

    def change(self, uri: str, version: int, changes: list[dict]) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes})

    def shutdown(self, timeout: float = 30.0) -> int:
        """shutdown, exit, and the process's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
