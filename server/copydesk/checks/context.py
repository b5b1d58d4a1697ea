"""What every check of one draft shares: the document, its mentions, the fact base."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.document import Document
    from copydesk.factbase.build import FactBase


class CheckContext:
    def __init__(self, document: Document, kb: FactBase):
        self.document = document
        self.kb = kb

    @cached_property
    def mentions(self):
        from copydesk.mentions import extract_mentions

        return extract_mentions(self.document, self.kb.vocabulary)
