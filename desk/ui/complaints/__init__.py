"""Screens of a complaint: registration form, worklist, detail pane and its tabs, actions."""
