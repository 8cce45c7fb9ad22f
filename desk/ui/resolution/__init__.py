"""Screens of the resolution: remedies editor, approvals, review, the slip and signing."""
