"""History: the list of past sessions (view and model) and the pain and minutes charts.

Everything read from the history database through storage/history_db.py.
"""
