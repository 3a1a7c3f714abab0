"""The Schema area: the rotating schedule as an editable grid with live figures, rules and bemanningskurva."""
