"""The Utfall area: the period's days and weeks, one day's rows, the resurspass register, coverage."""
