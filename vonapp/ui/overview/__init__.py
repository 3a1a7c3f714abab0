"""The overview page: tiles with the summary figures and four charts."""
