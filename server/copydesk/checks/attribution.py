"""Check kinds: attribution (to be written)."""
