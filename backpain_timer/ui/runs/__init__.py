"""Runs in the app: watching the run folders, offering the cool-down after a run, runs in the history."""
