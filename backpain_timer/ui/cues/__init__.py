"""Cues: the CuePlayer protocol with its Qt, null and recording players, the router from engine events

to cues, the lazy voice, the screen flash and the breathing widget.
"""
