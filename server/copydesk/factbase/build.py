"""Sources -> facts: extract each source, merge into entities, find conflicts. (stub)"""

from __future__ import annotations

from pathlib import Path


class FactBase:
    def __init__(self):
        self.notes: list[str] = []
        self.vocabulary = None
        self.entities = []

    def without(self, path):
        return self

    def updated(self, files, changed):
        return build_factbase(files, [])


def build_factbase(files: list[Path], facts_files: list[Path]) -> FactBase:
    return FactBase()
