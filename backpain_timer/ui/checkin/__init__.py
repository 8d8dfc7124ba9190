"""Pain check-ins: the questions, the decisions around them (flow, no Qt), the advice panel,

the page before a session and the "About your back" dialog.
"""
