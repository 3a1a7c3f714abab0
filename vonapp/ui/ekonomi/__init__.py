"""The Ekonomi area: budget, utfall and the manager's Prognos helår (ekonomi) per finance category,
per month and for the year, and the compensation-model calculator."""
