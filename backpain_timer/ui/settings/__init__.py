"""Settings: the one settings store that loads, validates, saves and says what changed,

and the settings dialog with one module per page.
"""
