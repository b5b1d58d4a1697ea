"""Code actions for findings: the fixes, ignore a word, disable a rule on a line, fix all."""

from __future__ import annotations

from lsprotocol import types

from copydesk.document import Document
from copydesk.findings import Finding, Fix, preferred_fixes
from copydesk.formats import by_name
from copydesk.lsp.commands import IGNORE_WORD
from copydesk.lsp.locations import lsp_range

# Fact checks whose finding is not about a word: "ignore this word" would silence a figure, a date
# or a quote everywhere, so it is offered for names and house-style words only.
NOT_WORDS = {"title-mismatch", "date-mismatch", "number-mismatch", "misquote", "attribution-speaker",
             "attribution-pronoun"}
FIX_ALL = "source.fixAll.copydesk"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]


def _edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=edits,
            )
        ]
    )


def _fix_edit(fix: Fix, document: Document) -> types.TextEdit:
    return types.TextEdit(range=lsp_range(document.range(fix.start, fix.end)), new_text=fix.replacement)


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start <= end and start <= finding.end


def disable_edits(finding: Finding, document: Document) -> list[types.TextEdit]:
    """The format's suppression comment(s) that turn the finding's rule off on its line (`<!--
    copydesk-disable-next-line RULE -->` above it; in reST, disable/enable around its paragraph)."""
    comments = by_name(document.format).comments
    return [types.TextEdit(range=lsp_range(document.range(at, at)), new_text=text)
            for at, text in comments.disable_insertions(document.text, finding.start, finding.rule)]


def finding_actions(
    finding: Finding, document: Document, uri: str, version: int | None, diagnostic: types.Diagnostic | None
) -> list[types.CodeAction]:
    """The quick fixes for one finding, preferred first, then ignore-word and disable-on-line."""
    diags = [diagnostic] if diagnostic is not None else None
    actions = [
        types.CodeAction(
            title=fix.title,
            kind=types.CodeActionKind.QuickFix,
            diagnostics=diags,
            is_preferred=fix.preferred,
            edit=_edit(uri, version, [_fix_edit(fix, document)]),
        )
        for fix in finding.fixes
    ]
    word = " ".join(document.text[finding.start : finding.end].split())
    if finding.rule not in NOT_WORDS and word and len(word) <= 80:
        actions.append(
            types.CodeAction(
                title=f"Ignore “{word}” in this workspace",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diags,
                command=types.Command(title=f"Ignore “{word}”", command=IGNORE_WORD, arguments=[word, uri]),
            )
        )
    actions.append(
        types.CodeAction(
            title=f"Disable {finding.rule} {by_name(document.format).comments.disable_scope}",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=diags,
            edit=_edit(uri, version, disable_edits(finding, document)),
        )
    )
    return actions


def fix_all_edits(findings: list[Finding], document: Document) -> list[types.TextEdit]:
    """The preferred fixes (those the checks are certain of; the others are offered one at a
    time), as `copydesk check --fix` applies them."""
    return [_fix_edit(fix, document) for fix in preferred_fixes(document.text, findings)]


def _kind(kind: object) -> str:
    return str(getattr(kind, "value", kind))


def _wanted(only: list[str] | None, kind: object) -> bool:
    name = _kind(kind)
    return not only or any(name == k or name.startswith(f"{k}.") for k in only)


def code_actions(
    findings: list[Finding],
    document: Document,
    uri: str,
    version: int | None,
    request: types.CodeActionParams,
    diagnostics: list[types.Diagnostic],
    fix_all: bool = True,
) -> list[types.CodeAction]:
    """Every action for the findings that overlap the requested range, and fix-all (not when the
    findings are only part of the draft's: `fix_all` False)."""
    only = [_kind(k) for k in request.context.only] if request.context.only else None
    start = document.offset(request.range.start.line, request.range.start.character)
    end = document.offset(request.range.end.line, request.range.end.character)
    actions: list[types.CodeAction] = []
    if _wanted(only, types.CodeActionKind.QuickFix):
        for finding, diagnostic in zip(findings, diagnostics, strict=False):
            if _overlaps(finding, start, end):
                actions.extend(finding_actions(finding, document, uri, version, diagnostic))
    if fix_all and _wanted(only, FIX_ALL) and (only or actions):
        edits = fix_all_edits(findings, document)
        if edits:
            title = f"Fix all copydesk findings: {len(edits)} exact fix{'es' if len(edits) != 1 else ''}"  # says what it does
            actions.append(types.CodeAction(title=title, kind=FIX_ALL, edit=_edit(uri, version, edits)))
    return actions
