"""Bench-only code for bench/search.py and bench/search_cli.py: a Django app holding the
corpus as plain rows (indexed by Wagtail's stock search), its settings, loading, the
database set-up, the two engines behind one call, and the metrics."""
