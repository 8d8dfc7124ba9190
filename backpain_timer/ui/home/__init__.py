"""Home: the routine list, its model and the actions on a routine (start, edit, print, import, export).

Also the first-run banner that sits above the list.
"""
