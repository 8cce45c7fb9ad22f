"""A complaint from registration to closing: the form's rules, the state machine, routing,
deadlines, investigation, escalation, contacts, attachments, search and the worklist."""
