"""Screens of the callbacks: queue, record, scheduling, care callbacks, settings page."""
