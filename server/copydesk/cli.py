"""The `copydesk` command: check, facts, rules, serve.

Kept free of the LSP stack so that `copydesk check` (what pre-commit runs) starts fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from copydesk import __version__
from copydesk.document import MARKDOWN_SUFFIXES, InputError

DRAFT_SUFFIXES = {".txt", ".text", *MARKDOWN_SUFFIXES}


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
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    check.add_argument("files", nargs="+", metavar="FILE", help="drafts (.txt, .md) or folders of drafts")

    facts = sub.add_parser("facts", help="show what copydesk believes, and where each belief came from")
    workspace_args(facts)
    facts.add_argument("--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", help="list the rules, or show one rule's description and examples")
    rules.add_argument("--no-config", action="store_true", help="ignore copydesk.yaml files")
    rules.add_argument("rule", nargs="?", help="a rule id")

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
        if args.command == "rules":
            return _rules(args)
        if args.command == "serve":
            gc.enable()  # run() turns the collector off for one-shot commands; a language server lives long
            from copydesk.lsp.server import serve

            return serve(args.tcp)
    except InputError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


def run() -> None:
    """The `copydesk` program (console script and `python -m copydesk`): `main`, then exit.

    A one-shot command runs without the cyclic garbage collector: it makes next to no cyclic
    garbage (a few hundred objects for a whole check), so collecting would only rescan the fact
    base (~20 ms). The process ends with os._exit once the output is flushed and the extraction
    cache closed: freeing the fact base object by object at exit would cost another ~20 ms."""
    gc.disable()
    status = main()
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
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DRAFT_SUFFIXES))
        elif p.exists():
            files.append(p)
        else:
            problems.append(f"{raw}: no such file")
    return files, problems


def _workspace(args: argparse.Namespace, near: Path | None, check_sources: bool = True):
    from copydesk.workspace import Workspace

    ws = Workspace.discover(near, no_config=args.no_config, sources=args.sources)
    if check_sources:
        ws.config.check_sources()  # a source pattern that finds nothing stops the run (exit 2)
    return ws


def _check(args: argparse.Namespace) -> int:
    from copydesk.findings import severity_rank
    from copydesk.yamlfile import ConfigError

    files, problems = _draft_files(args.files)
    for p in problems:
        print(f"copydesk: {p}", file=sys.stderr)
    workspaces: dict[str, object] = {}
    results = []
    status = 2 if problems else 0
    for file in files:
        ws = _workspace(args, file, check_sources=False)
        key = str(ws.config.path)
        if key not in workspaces:
            ws.config.check_sources()  # once per workspace
        ws = workspaces.setdefault(key, ws)
        try:
            result = ws.check_file(file, str(file))
        except ConfigError:
            raise  # a broken config or rule file stops the run: one message, exit 2
        except InputError as exc:
            print(f"copydesk: {exc}", file=sys.stderr)
            status = 2
            continue
        for note in result.notes:
            print(f"copydesk: {note}", file=sys.stderr)
        results.append((str(file), result))
    for ws in workspaces.values():
        for note in ws.notes:
            print(f"copydesk: {note}", file=sys.stderr)
    if args.format == "json":
        from copydesk.report.json import render
    elif args.format == "sarif":
        from copydesk.report.sarif import render
    else:
        from copydesk.report.text import render
    sys.stdout.write(render(results))
    if status == 0 and any(severity_rank(f.severity) <= 1 for _, r in results for f in r.findings):
        status = 1
    return status


def _facts(args: argparse.Namespace) -> int:
    from copydesk.report.facts import render

    ws = _workspace(args, Path.cwd())
    _ = ws.rules  # a broken rule setting is a broken config here too
    kb = ws.factbase
    for note in ws.notes:
        print(f"copydesk: {note}", file=sys.stderr)
    sys.stdout.write(render(kb, args.format))
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
