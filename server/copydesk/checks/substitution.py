"""Check kind `substitution`: a wrong form and its right form (house style), like Vale or prh."""
