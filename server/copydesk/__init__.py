"""copydesk: check a news draft against the facts in its source documents."""

__version__ = "0.1.0"
