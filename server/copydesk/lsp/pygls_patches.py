"""Workarounds for pygls 2, kept apart from the handlers so each can go when pygls fixes it.

- Framing: pygls skips a header it cannot read and then reads every later message as garbage
  while staying alive, so the editor waits forever. `run_async` ends the connection at the first
  malformed frame instead; the server exits with status 1 and the client restarts it.
- Lifecycle: pygls drops requests after `shutdown` without an answer and runs a second
  `initialize` (which throws away every open document). `CopydeskProtocol` answers both with
  InvalidRequest, as the LSP spec asks, and answers a request whose params cannot be read with
  InvalidParams instead of silence.
- Lines: pygls splits a document with str.splitlines; `LspTextDocument` breaks only where LSP does.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol
from pygls.workspace import TextDocument

log = logging.getLogger(__name__)
MAX_BODY = 512 * 1024 * 1024  # bytes of one message: a bigger Content-Length is a broken frame


class FramingError(Exception):
    """The byte stream is no longer LSP framing: nothing after this point can be trusted."""


async def _read_frame(reader: Any) -> bytes | None:
    """One message body, None at the end of input; FramingError for a malformed header."""
    length: int | None = None
    while True:
        header = await reader.readline()
        if not header:
            return None
        if header in (b"\r\n", b"\n"):
            break
        name, colon, value = header.partition(b":")
        if not colon or not name.strip():
            raise FramingError(f"not a header line: {header[:60]!r}")
        if name.strip().lower() == b"content-length":
            value = value.strip()
            if not value.isdigit() or int(value) > MAX_BODY:
                raise FramingError(f"bad Content-Length: {value[:40]!r}")
            length = int(value)
    if length is None:
        raise FramingError("a message without Content-Length")
    body = await reader.readexactly(length)
    return body if len(body) == length else None


async def run_async(stop_event: Any, reader: Any, protocol: Any, logger: Any = None, error_handler: Any = None) -> None:
    """pygls's message loop (pygls.io_.run_async), ending the connection on a malformed frame."""
    logger = logger or log
    while not stop_event.is_set():
        try:
            body = await _read_frame(reader)
        except FramingError as exc:
            protocol.framing_error = str(exc)
            logger.error("malformed message framing (%s): closing the connection so the client restarts the server", exc)
            return
        if body is None:
            return
        try:
            protocol.handle_message(json.loads(body, object_hook=protocol.structure_message))
        except Exception as exc:  # a bad message inside a good frame: answered or logged, the server goes on
            logger.debug("unable to handle message", exc_info=True)
            if error_handler:
                error_handler(exc, JsonRpcException)


def install() -> None:
    """Use `run_async` for the stdio server (pygls.server imported it by name)."""
    import pygls.server

    pygls.server.run_async = run_async  # type: ignore[assignment]


class CopydeskProtocol(LanguageServerProtocol):
    """The LSP protocol with the lifecycle answers the spec asks for (see the module docstring)."""

    framing_error: str | None = None
    _initialize_seen = False

    def handle_message(self, message: Any) -> None:
        method, msg_id = getattr(message, "method", None), getattr(message, "id", None)
        if method is not None and msg_id is not None:  # a request
            if self._shutdown and method != types.EXIT:
                self._refuse(msg_id, f"{method}: the server is shutting down")
                return
            if method == types.INITIALIZE:
                if self._initialize_seen:
                    self._refuse(msg_id, "initialize: the server is already initialized")
                    return
                self._initialize_seen = True
        super().handle_message(message)

    def _refuse(self, msg_id: Any, message: str) -> None:
        self._send_response(msg_id, error=types.ResponseError(code=types.ErrorCodes.InvalidRequest, message=message))

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except Exception:
            if isinstance(data, dict) and "id" in data and isinstance(data.get("method"), str):
                error = types.ResponseError(code=types.ErrorCodes.InvalidParams, message=f"invalid params for {data['method']}")
                self._send_response(data["id"], error=error)
            raise


_LSP_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class LspTextDocument(TextDocument):
    """pygls splits a document into lines with str.splitlines, which also breaks at form feeds,
    U+0085, U+2028 and more; LSP counts only \\n, \\r\\n and \\r. With splitlines an edit after such a
    character lands on the wrong line and the server's copy drifts from the editor's."""

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(_LSP_LINE.findall(self.source))


def use_lsp_lines(workspace: Any) -> None:
    """Make every document the workspace creates an LspTextDocument."""
    create = getattr(workspace, "_create_text_document", None)
    if create is None or getattr(create, "copydesk", False):
        return

    def make(*args: Any, **kwargs: Any) -> TextDocument:
        doc = create(*args, **kwargs)
        if type(doc) is TextDocument:
            doc.__class__ = LspTextDocument
        return doc

    make.copydesk = True  # type: ignore[attr-defined]
    workspace._create_text_document = make
