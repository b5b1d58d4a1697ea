"""Check kinds: titles (to be written)."""
