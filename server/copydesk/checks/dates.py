"""Check kinds: dates (to be written)."""
