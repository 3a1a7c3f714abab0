"""The Beläggning area: occupied places per day (or moves), places and budget, occupancy vs budget and last year."""
