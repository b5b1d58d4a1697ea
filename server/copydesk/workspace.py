"""A workspace folder: its config, fact base and rules. The one entry point the CLI and LSP share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from copydesk.checks.context import CheckContext
from copydesk.checks.deadline import Deadline
from copydesk.checks.engine import CheckCancelled, RuleSet, drop_covered_advice, load_rules, run_checks
from copydesk.checks.resolution import Resolution
from copydesk.config import Config, default_config, find_config, load_config
from copydesk.document import Document, declared_encoding, first_year, read_decoded
from copydesk.factbase.build import current_factbase, factbase_without, updated_factbase
from copydesk.factbase.currency import Quick, quick_store, remember
from copydesk.factbase.factstore import FileState, store_path
from copydesk.factbase.lazy import LazyFactBase
from copydesk.factbase.query import FactBase
from copydesk.factbase.text import document_stamps
from copydesk.findings import Finding
from copydesk.formats import format_of
from copydesk.incremental import WHOLE_RULES_ON_EDIT, carry_over, changed_span, edit_reach
from copydesk.mentions.quotes import may_hold_a_transcript

MAX_DRAFT_CHARS = 2_000_000  # a longer draft is not checked, and says so (see docs/safety.md)
CHECK_DEADLINE = 15.0  # CPU seconds a document's check may take (the fact base's build apart); see docs/safety.md
DEMO_NOTE = ("no sources named (in copydesk.yaml or with --sources): checking against the bundled demo "
             "articles, not your sources; 'copydesk init' writes a copydesk.yaml to name them")


@dataclass
class CheckResult:
    document: Document
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)
    rules: RuleSet | None = None  # the rules the findings came from (for reports that describe them)
    factbase: FactBase | None = None  # the fact base the findings came from
    errors: list[str] = field(default_factory=list)  # rules that raised (see engine.internal_error)
    skipped: str | None = None  # why the draft was not checked (too big), or not whole (the deadline cut it), one line
    # what the checks resolved in the whole draft (names to entities, figures to source facts);
    # None for a draft not checked, or checked only around an edit (see `check_edit`)
    resolution: Resolution | None = None


class Workspace:
    """Config + fact base + rules for one folder; `check` turns a draft's text into findings."""

    def __init__(self, config: Config, extra_sources: list[str] | None = None):
        self.config = config
        if extra_sources:
            config.sources = list(extra_sources)
        self._factbase: FactBase | None = None
        self._rules: RuleSet | None = None
        self.notes: list[str] = []
        # what a remembered listing says of the store, asked once (None: not asked yet; False: no listing holds)
        self._quick: Quick | Literal[False] | None = None
        self.deadline_seconds = CHECK_DEADLINE

    @classmethod
    def discover(cls, near: Path | None = None, *, no_config: bool = False, sources: list[str] | None = None) -> Workspace:
        """The workspace for a file or folder: the nearest copydesk.yaml, else the bundled seeds.

        `sources` given on the command line are resolved against the current folder and replace
        the config's sources; they may lie anywhere (the user chose them). The config search stops
        at the current folder when `near` is inside it (the folder the user works in), else at the
        repository root or the home folder.
        """
        near = (near or Path.cwd()).resolve()
        cwd = Path.cwd().resolve()
        path = None if no_config else find_config(near, cwd if near.is_relative_to(cwd) else None)
        config = load_config(path) if path else default_config(Path.cwd())
        if sources:
            config.user_sources([str(Path(s).expanduser().absolute()) if not Path(s).is_absolute() else s for s in sources],
                                follow_symlinks=True)
        return cls(config)

    @property
    def uses_demo_sources(self) -> bool:
        """No sources named anywhere: the fact base is the bundled demo articles (see DEMO_NOTE)."""
        return not self.config.sources

    # -- lazily built parts -----------------------------------------------------------------

    @property
    def factbase(self) -> FactBase | LazyFactBase:
        """The sources' fact base: read from a current store as checks ask (factbase/lazy.py), else built."""
        if self._factbase is None:
            self._read_factbase(lazy=True)
        return self._factbase

    def check_sources(self) -> None:
        """`Config.check_sources`, unless a remembered listing still holds: every pattern found
        files then, and no folder it read has changed since (factbase/currency.py)."""
        if self._quick is None:
            self._quick = quick_store(self.config) or False
        if not self._quick:
            self.config.check_sources()

    def quick_store_sources(self) -> int | None:
        """How many sources the default store holds, when `check_sources` found it current by a
        remembered listing (then `copydesk build` has nothing to do); else None."""
        return len(self._quick.files) if self._quick and self._quick.current else None

    def listed_sources(self) -> tuple[list[Path], list[str], list[FileState] | None]:
        """The source files, the listing's notes and, where a remembered listing still holds
        (`check_sources` asked), the files' states as just read: what `current_factbase` takes."""
        quick, self._quick = self._quick, False  # asked once: a rebuild lists the sources
        if quick:
            quick.store.close()
            return [Path(f) for f in quick.files], list(quick.notes), quick.states
        files, notes = self.config.source_files()
        return files, notes, None

    def _read_factbase(self, lazy: bool) -> None:
        if self._quick is None:
            self._quick = quick_store(self.config) or False
        if lazy and self._quick and self._quick.current:
            store, notes, self._quick = self._quick.store, self._quick.notes, False
            self._factbase = LazyFactBase(store)
            self.notes = notes + self._factbase.notes
            return
        files, notes, states = self.listed_sources()
        with declared_encoding(self.config.encoding):
            self._factbase, written = current_factbase(files, self.config.facts, encoding=self.config.encoding, lazy=lazy,
                                                       states=states)
        self.notes = notes + self._factbase.notes
        if states is not None:
            return  # not listed: the listing remembered still holds
        if isinstance(self._factbase, LazyFactBase):  # the store is current for this listing
            remember(self.config, notes, self._factbase.path)
        elif written is not None:  # built, and written to the store
            remember(self.config, notes, store_path(files, self.config.facts, self.config.encoding))

    def _store_failed(self) -> bool:
        """Whether the store read on demand failed to give a row (its reader logged why): then the
        fact base is built in memory instead (the store rewritten), and the check is to be redone."""
        if not isinstance(self._factbase, LazyFactBase) or self._factbase.failure is None:
            return False
        self._read_factbase(lazy=False)
        return True

    @property
    def rules(self) -> RuleSet:
        if self._rules is None:
            self._rules = load_rules(self.config.rule_paths, self.config.rule_settings)
        return self._rules

    @property
    def built_factbase(self) -> FactBase | None:
        """The fact base if it has been built, without building it."""
        return self._factbase

    def adopt_factbase(self, old: Workspace) -> None:
        """Keep `old`'s fact base when this workspace reads the same sources (a config change that
        only touched rules or ignore words)."""
        a, b = old.config, self.config
        same = (a.sources, a.facts, a.follow_symlinks, a.root, a.allowed) == (b.sources, b.facts, b.follow_symlinks, b.root, b.allowed)
        if same and old._factbase is not None and self._factbase is None:
            self._factbase, self.notes = old._factbase, list(old.notes)
            if self._quick:
                self._quick.store.close()
            self._quick = False

    def rebuild_keeping_last_good(self) -> None:
        """Rebuild everything (a facts file changed); if the new fact base cannot be built, keep the old."""
        old_kb, old_notes = self._factbase, list(self.notes)
        self.rebuild(None)
        try:
            _ = self.factbase
        except Exception:
            self._factbase, self.notes = old_kb, old_notes
            raise

    def rebuild(self, changed: list[Path] | None = None) -> None:
        """Re-read the sources (all of them, or only `changed` ones) and the rules."""
        if changed and isinstance(self._factbase, FactBase):
            files, notes = self.config.source_files()
            with declared_encoding(self.config.encoding):
                self._factbase = updated_factbase(self._factbase, files, changed)
            self.notes = notes + self._factbase.notes
        else:
            self._factbase = None
        self._rules = None

    # -- checking ----------------------------------------------------------------------------

    def check(self, text: str, path: str | None = None, cancelled: Callable[[], bool] | None = None) -> CheckResult:
        """Check a draft's text. A draft that is itself a source is checked against the others.

        `cancelled`, if given, is asked now and then; when it says yes, CheckCancelled is raised."""
        return self._too_big(text, path) or self.check_document(Document(text, path), cancelled)

    def _too_big(self, text: str, path: str | None) -> CheckResult | None:
        """A result with no findings and the reason, for a draft over MAX_DRAFT_CHARS: checking
        is linear but not fast (seconds per megabyte), so past this size an editor would wait
        minutes for a check of text no story has; None for a draft of a size copydesk checks."""
        if len(text) <= MAX_DRAFT_CHARS:
            return None
        reason = (f"{path or 'the draft'}: not checked: {len(text):,} characters, over the "
                  f"{MAX_DRAFT_CHARS:,} a check handles (see docs/safety.md)")
        return CheckResult(Document("", path), [], [], self.rules, None, skipped=reason)

    def check_document(self, document: Document, cancelled: Callable[[], bool] | None = None) -> CheckResult:
        if cancelled is not None and cancelled():
            raise CheckCancelled()
        skipped = self._too_big(document.text, document.path)
        if skipped is not None:
            return skipped
        errors: list[str] = []
        deadline = self._deadline()
        context = CheckContext(document, self._factbase_for(document))
        findings = self._findings(document, self.rules, cancelled, errors, deadline, context)
        if self._store_failed():
            return self.check_document(document, cancelled)
        return CheckResult(document, findings, list(document.notes), self.rules, self.factbase, errors,
                           skipped=deadline.report(document.path), resolution=Resolution(context))

    def check_edit(self, previous: CheckResult, text: str, path: str | None = None,
                   cancelled: Callable[[], bool] | None = None) -> CheckResult | None:
        """Findings for `text`, an edit of `previous.document.text`, found by checking only the
        paragraphs the edit can reach and carrying the previous findings over elsewhere. None
        where that would not be quicker than a whole check, or where `previous` came from other
        rules, another fact base or another document.

        A paragraph's findings read its neighbours (a speaker or a pronoun's antecedent named
        a paragraph or two before), so the edited paragraphs and those that read them are checked
        anew, with the paragraphs those read as context (`edit_reach`). The editor still checks
        the whole draft once typing pauses, for anything that reaches further."""
        old = previous.document.text
        if len(text) > MAX_DRAFT_CHARS:
            return None  # a whole check says it is too big; carried-over findings would go stale
        if previous.factbase is not self.factbase or previous.rules is not self.rules or previous.document.path != path:
            return None
        start, _, new_end = changed_span(old, text)
        affected, window = edit_reach(text, start, new_end)
        if window[1] - window[0] > len(text) // 2:
            return None
        document = Document.edited(previous.document, text, window)
        delta = len(text) - len(old)
        before, after = previous.document.whole_prose, document.whole_prose
        if before[: affected[0]] != after[: affected[0]] or before[affected[1] - delta :] != after[affected[1] :]:
            return None  # the edit changed markup further away (a comment or code fence opened or closed)
        if may_hold_a_transcript(before) or may_hold_a_transcript(after):
            return None  # whose answers a transcript's turns are is read over the whole draft, not a window
        if _stamps(previous.document) != _stamps(document) or first_year(old) != first_year(text):
            return None  # the edit changed what dates the draft itself (its date line, its dateline, the first
            # year it writes, which its days without a year are read in): every date reads it
        local, whole = self.rules.by_reach()
        errors: list[str] = []
        deadline = self._deadline()
        fresh = [f for f in self._findings(document, local, cancelled, errors, deadline)
                 if affected[0] <= f.start and f.end <= affected[1]]
        rerun = whole if len(text) <= WHOLE_RULES_ON_EDIT else RuleSet([])
        kept = carry_over([f for f in previous.findings if rerun.get(f.rule) is None], affected[0], affected[1] - delta,
                          delta, document)
        drafts = self._findings(document.read_whole(), rerun, cancelled, errors, deadline) if rerun.rules else []
        if deadline.cut or self._store_failed():
            return None  # a partial quick check is no basis to carry findings over: the whole check says what it cut
        findings = drop_covered_advice(sorted(kept + fresh + drafts, key=lambda f: (f.start, f.end, f.rule)), self.rules)
        return CheckResult(document, findings, [], self.rules, self.factbase, errors)

    def _deadline(self) -> Deadline:
        """A document check's deadline, counted once the fact base is built (its first build is the
        workspace's work, not the draft's)."""
        _ = self.factbase
        return Deadline(self.deadline_seconds)

    def _factbase_for(self, document: Document) -> FactBase:
        """The fact base a draft is checked against: without the draft, where it is itself a source."""
        return factbase_without(self.factbase, document.path) if document.path else self.factbase

    def _findings(self, document: Document, rules: RuleSet, cancelled: Callable[[], bool] | None,
                  errors: list[str], deadline: Deadline | None = None, context: CheckContext | None = None) -> list[Finding]:
        return run_checks(document, self._factbase_for(document), rules, self.config.ignore, cancelled, errors,
                          deadline=deadline, context=context)

    def check_file(self, path: Path, display: str | None = None) -> CheckResult:
        with declared_encoding(self.config.encoding):
            text, notes, encoding = read_decoded(path)
        display = display or str(path)
        return self._too_big(text, display) or self.check_document(
            Document(text, display, format_of(path).name, notes, encoding=encoding))


def _stamps(document: Document) -> list[str]:
    """The texts that date a draft itself (see `document_stamps`), which a date anywhere in it is read against."""
    return [document.text[a:b] for a, b in document_stamps(document)]
