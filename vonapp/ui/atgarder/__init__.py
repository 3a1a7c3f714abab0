"""The Åtgärder area: the action plan's measures, their follow-up history, totals and gap."""
