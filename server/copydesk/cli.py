"""The `copydesk` command: check, facts, rules, serve.

Kept free of the LSP stack so that `copydesk check` (what pre-commit runs) starts fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk import __version__
from copydesk.document import InputError
from copydesk.files import replace_file
from copydesk.findings import SEVERITIES, severity_rank
from copydesk.formats import is_draft

if TYPE_CHECKING:
    from copydesk.document import Document
    from copydesk.workspace import Workspace

FORMATS = ("text", "json", "sarif", "rdjson", "checkstyle", "github")
STDIN = "-"
INTERNAL_ERROR = 3  # exit status: a rule (or the whole check of a file) raised; the rest still reported
# a language server's collector: an edit's re-check makes tens of thousands of objects, most kept a
# while (the last check's tokens and mentions), so Python's default 700 young objects meant dozens of
# young collections per keystroke (didChange -> publishDiagnostics at 2,000 words: p95 10.8 -> 9.8 ms)
SERVER_GC_THRESHOLDS = (5000, 10, 10)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description="Check news drafts against their sources.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def workspace_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--sources", action="append", metavar="PATH_OR_GLOB",
                       help="source documents (file, folder or glob); may be repeated")
        p.add_argument("--no-config", action="store_true", help="ignore copydesk.yaml files")

    check = sub.add_parser("check", help="check drafts against the sources")
    workspace_args(check)
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--min-severity", choices=SEVERITIES, metavar="LEVEL",
                       help="show only findings at LEVEL or above, and exit 1 if there is one "
                            "(error, warning, information, hint; default: show all, exit 1 from warning)")
    writes = check.add_mutually_exclusive_group()
    writes.add_argument("--fix", action="store_true", help="apply the exact (preferred) fixes and write the drafts")
    writes.add_argument("--diff", action="store_true", help="print the exact fixes as a unified diff; write nothing")
    check.add_argument("--stdin-filename", metavar="PATH",
                       help="with '-': the draft's path, for its config, its format (.md, .html...) and the report")
    check.add_argument("files", nargs="+", metavar="FILE",
                       help="drafts (.txt, .md, .html, .rst), folders of drafts, or '-' for standard input")

    init = sub.add_parser("init", help="write a commented copydesk.yaml to start from")
    init.add_argument("--sources", action="append", metavar="PATH_OR_GLOB", help="the sources to put in it")
    init.add_argument("--force", action="store_true", help="replace an existing copydesk.yaml")
    init.add_argument("folder", nargs="?", default=".", help="where to write it (default: here)")

    facts = sub.add_parser("facts", help="show what copydesk believes, and where each belief came from")
    workspace_args(facts)
    facts.add_argument("--format", choices=("text", "json"), default="text")

    build = sub.add_parser("build", help="build the fact store of the sources (only what changed since the last build)")
    workspace_args(build)
    build.add_argument("--store", metavar="PATH", help="the store file (default: one per source set in the user cache folder)")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="extract on a Dask cluster: tcp://HOST:PORT, or 'local' for a LocalCluster (pip install 'copydesk[dask]')")

    rules = sub.add_parser("rules", help="list the rules, or show one rule's description and examples")
    rules.add_argument("--no-config", action="store_true", help="ignore copydesk.yaml files")
    rules.add_argument("rule", nargs="?", help="a rule id")

    schema = sub.add_parser("schema", help="print the JSON Schema of copydesk.yaml or of a rule file (for editors)")
    schema.add_argument("kind", choices=("config", "rule"))

    serve = sub.add_parser("serve", help="run the language server on stdio")
    serve.add_argument("--tcp", metavar="HOST:PORT", help="listen on a TCP port instead (for debugging)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "facts":
            return _facts(args)
        if args.command == "build":
            return _build(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "schema":
            from copydesk.schemas import schema_path

            sys.stdout.write(schema_path(args.kind).read_text(encoding="utf-8"))
            return 0
        if args.command == "init":
            from copydesk.init import write_config

            return write_config(Path(args.folder), args.sources, args.force)
        if args.command == "serve":
            gc.enable()  # run() turns the collector off for one-shot commands; a language server lives long
            gc.set_threshold(*SERVER_GC_THRESHOLDS)
            from copydesk.lsp.server import serve

            return serve(args.tcp)
    except InputError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


def run() -> None:
    """The `copydesk` program (`copydesk.entry.run` calls it): `main`, then exit.

    A one-shot command runs without the cyclic garbage collector: it makes next to no cyclic
    garbage (a few hundred objects for a whole check), so collecting would only rescan the fact
    base (~20 ms). The process ends with os._exit once the output is flushed and the extraction
    cache closed: freeing the fact base object by object at exit would cost another ~20 ms."""
    gc.disable()
    status = main()
    from copydesk import regexcache

    regexcache.save_new()  # for the next run: the patterns compiled anew (none, most runs)
    store = sys.modules.get("copydesk.factbase.store")  # imported only if a fact base was built
    if store is not None:
        store.default_store().close()  # as at a normal exit: SQLite folds its write-ahead log back in
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None and not stream.closed:  # the language server closes stdout on exit
                stream.flush()
    except OSError:  # a broken pipe: let the interpreter exit and report it as always
        raise SystemExit(status) from None
    os._exit(status)


def _draft_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_draft(f)))
        elif p.exists():
            files.append(p)
        else:
            problems.append(f"{raw}: no such file")
    return files, problems


def _workspace(args: argparse.Namespace, near: Path | None, check_sources: bool = True):
    from copydesk.workspace import Workspace

    ws = Workspace.discover(near, no_config=args.no_config, sources=args.sources)
    if check_sources:
        ws.check_sources()  # a source pattern that finds nothing stops the run (exit 2)
    return ws


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with how `check`'s options are combined, if anything."""
    if STDIN in args.files and len(args.files) > 1:
        return "'-' reads one draft from standard input; give no other files with it"
    if args.stdin_filename and STDIN not in args.files:
        return "--stdin-filename names the draft read from standard input: give '-' as the file"
    if args.fix and STDIN in args.files:
        return "--fix writes files; a draft from standard input has none (use --diff)"
    return None


def _check(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"copydesk: {problem}", file=sys.stderr)
        return 2
    results, ws_of, status = _check_drafts(args)
    _workspace_notes(list({id(ws): ws for ws in ws_of.values()}.values()))
    if args.fix or args.diff:
        results, status = _fixes(results, ws_of, args, status)
    if not args.diff:
        sys.stdout.write(_renderer(args.format)(_sources_relative(results)))
    threshold = severity_rank(args.min_severity or "warning")
    if status == 0 and any(severity_rank(f.severity) <= threshold for _, r in results for f in r.findings):
        status = 1
    return status


def _check_drafts(args: argparse.Namespace) -> tuple[list, dict[str, Workspace], int]:
    """Check every draft named (or the one on standard input): the results with the findings
    shown, each draft's workspace (one per config), and the status so far: 3 if a rule raised
    (INTERNAL_ERROR), else 2 if a draft could not be read, else 0."""
    from copydesk.yamlfile import ConfigError

    stdin = args.files == [STDIN]
    files, problems = ([Path(args.stdin_filename or "<stdin>")], []) if stdin else _draft_files(args.files)
    for p in problems:
        print(f"copydesk: {p}", file=sys.stderr)
    workspaces: dict[str, Workspace] = {}
    ws_of: dict[str, Workspace] = {}
    results = []
    status = 2 if problems else 0
    for file in files:
        ws = _workspace(args, None if stdin and not args.stdin_filename else file, check_sources=False)
        key = str(ws.config.path)
        if key not in workspaces:
            ws.check_sources()  # once per workspace
        ws = ws_of[str(file)] = workspaces.setdefault(key, ws)
        try:
            result = ws.check_document(_stdin_document(str(file), ws)) if stdin else ws.check_file(file, str(file))
        except ConfigError:
            raise  # a broken config or rule file stops the run: one message, exit 2
        except InputError as exc:
            print(f"copydesk: {exc}", file=sys.stderr)
            status = max(status, 2)
            continue
        except Exception as exc:  # a bug, not the draft's fault: say where, and check the other files
            from copydesk.quietlog import internal_error

            print(f"copydesk: {file}: {internal_error(None, exc)}", file=sys.stderr)
            status = INTERNAL_ERROR
            continue
        if result.skipped:  # too big to check, or cut by the deadline: said, and not a pass
            print(f"copydesk: {result.skipped}", file=sys.stderr)
            status = max(status, 2)
        for note in result.notes:
            print(f"copydesk: {note}", file=sys.stderr)
        for error in result.errors:
            print(f"copydesk: {file}: {error}", file=sys.stderr)
            status = INTERNAL_ERROR
        results.append((str(file), _shown(result, args.min_severity)))
    return results, ws_of, status


def _workspace_notes(workspaces: list[Workspace]) -> None:
    """Each workspace's notes, and once, that the bundled demo articles are the sources."""
    from copydesk.workspace import DEMO_NOTE

    for ws in workspaces:
        for note in ws.notes:
            print(f"copydesk: {note}", file=sys.stderr)
    if any(ws.uses_demo_sources and ws.built_factbase is not None for ws in workspaces):  # something was checked
        print(f"copydesk: {DEMO_NOTE}", file=sys.stderr)


def _shown(result, min_severity: str | None):
    """The result with only the findings at `min_severity` or above."""
    if min_severity is None:
        return result
    from dataclasses import replace

    limit = severity_rank(min_severity)
    return replace(result, findings=[f for f in result.findings if severity_rank(f.severity) <= limit])


def _sources_relative(results: list) -> list:
    """The results with evidence paths relative to the current folder, as the drafts' are."""
    from dataclasses import replace

    from copydesk.findings import with_sources_relative_to

    cwd = Path.cwd().resolve()
    return [(path, replace(result, findings=with_sources_relative_to(result.findings, cwd))) for path, result in results]


def _renderer(name: str):
    """The `render(results) -> str` of report/<name>.py (imported only when asked for)."""
    if name == "json":
        from copydesk.report.json import render
    elif name == "sarif":
        from copydesk.report.sarif import render
    elif name == "rdjson":
        from copydesk.report.rdjson import render
    elif name == "checkstyle":
        from copydesk.report.checkstyle import render
    elif name == "github":
        from copydesk.report.github import render
    else:
        from copydesk.report.text import render
    return render


def _stdin_document(display: str, ws: Workspace) -> Document:
    """The draft on standard input, read as files are (size limit, encodings, binary rejected)."""
    from copydesk.document import MAX_FILE_BYTES, Document, decode_bytes

    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(display, f"standard input is over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit")
    text, notes, encoding = decode_bytes(data, display, ws.config.encoding)
    return Document(text, display, notes=notes, encoding=encoding)


def _fixes(results: list, ws_of: dict[str, Workspace], args: argparse.Namespace, status: int) -> tuple[list, int]:
    """--diff: print the preferred fixes as a diff. --fix: write them, and re-check each fixed
    draft so the report shows what is left."""
    import difflib

    from copydesk.findings import apply_preferred_fixes

    after = []
    for path, result in results:
        document = result.document
        fixed, applied = apply_preferred_fixes(document.text, result.findings)
        if not applied:
            after.append((path, result))
            continue
        if args.diff:
            sys.stdout.writelines(difflib.unified_diff(
                document.text.splitlines(keepends=True), fixed.splitlines(keepends=True), f"a/{path}", f"b/{path}"))
            after.append((path, result))
            continue
        if document.encoding is None:
            print(f"copydesk: {path}: not rewritten: it has broken UTF-8 that writing would lose", file=sys.stderr)
            status = max(status, 2)
            after.append((path, result))
            continue
        try:
            replace_file(Path(path), fixed.encode(document.encoding))
        except (OSError, UnicodeEncodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"copydesk: {path}: cannot be written ({reason}); left as it was", file=sys.stderr)
            status = max(status, 2)
            after.append((path, result))
            continue
        print(f"copydesk: {path}: applied {len(applied)} fix{'es' if len(applied) != 1 else ''}", file=sys.stderr)
        after.append((path, _shown(ws_of[path].check_file(Path(path), path), args.min_severity)))
    return after, status


def _facts(args: argparse.Namespace) -> int:
    from copydesk.report.facts import render

    ws = _workspace(args, Path.cwd())
    _ = ws.rules  # a broken rule setting is a broken config here too
    kb = ws.factbase
    _workspace_notes([ws])
    sys.stdout.write(render(kb.whole, args.format))
    return 0


def _build(args: argparse.Namespace) -> int:
    from contextlib import nullcontext

    from copydesk.document import declared_encoding
    from copydesk.factbase.build import current_factbase, store_is_current
    from copydesk.factbase.cluster import DaskUnavailable, dask_executor

    started = time.perf_counter()
    ws = _workspace(args, Path.cwd())
    store = Path(args.store) if args.store else None
    current = ws.quick_store_sources() if store is None else None
    if current is not None:  # a remembered listing still holds and the store is current (factbase/currency.py)
        print(f"copydesk: {current} sources: the store was current ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
        return 0
    files, notes, states = ws.listed_sources() if store is None else (*ws.config.source_files(), None)
    started = time.perf_counter()
    if states is None and store_is_current(files, ws.config.facts, encoding=ws.config.encoding, path=store):
        print(f"copydesk: {len(files)} sources: the store was current ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
        return 0
    try:
        with dask_executor(args.scheduler) if args.scheduler else nullcontext() as executor, \
                declared_encoding(ws.config.encoding):
            kb, stats = current_factbase(files, ws.config.facts, encoding=ws.config.encoding, path=store,
                                         executor=executor, lazy=True, states=states)
    except DaskUnavailable as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    if store is None and stats is not None and states is None:  # written after a listing: the next run need not list
        from copydesk.factbase.currency import remember
        from copydesk.factbase.factstore import store_path

        remember(ws.config, notes, store_path(files, ws.config.facts, ws.config.encoding))
    for note in notes + kb.notes:
        print(f"copydesk: {note}", file=sys.stderr)
    done = (f"rewrote {stats.sources} source, {stats.facts} fact and {stats.entities} entity rows"
            + (f" and {stats.index_rows} index rows in place" if stats.index_rows else "") if stats
            else "built without a store (the cache is off or cannot be used)")
    counts = (stats.of_sources, stats.of_entities) if stats else (len(kb.sources), len(kb.entities))
    print(f"copydesk: {counts[0]} sources, {counts[1]} entities: {done} "
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


def _rules(args: argparse.Namespace) -> int:
    from copydesk.report.rules import render

    ws = _workspace(argparse.Namespace(no_config=args.no_config, sources=None), Path.cwd(), check_sources=False)
    rules = ws.rules
    if args.rule and rules.get(args.rule) is None:
        print(f"copydesk: unknown rule '{args.rule}' (known: {', '.join(r.id for r in rules.rules)})", file=sys.stderr)
        return 2
    sys.stdout.write(render(rules, args.rule))
    return 0
