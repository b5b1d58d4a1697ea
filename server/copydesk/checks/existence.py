"""Check kind `existence`: flag a word or pattern (house style), like Vale's existence rules."""
