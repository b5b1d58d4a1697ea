"""Check kinds: numbers (to be written)."""
