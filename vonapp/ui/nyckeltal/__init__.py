"""The Nyckeltal area: utförandegrad, bomtid and avböjda per month against targets, sick rate and
hourly-paid share, and the indicators with Kolada id and the five-level assessment."""
