"""A running session: the controller that drives the engine from a timer, the flow between pages,

the session view with its progress ring, the end view and the writer of the history record.
"""
