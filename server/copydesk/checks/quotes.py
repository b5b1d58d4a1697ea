"""Check kinds: quotes (to be written)."""
