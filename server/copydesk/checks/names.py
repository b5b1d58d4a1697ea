"""Check kinds: names (to be written)."""
