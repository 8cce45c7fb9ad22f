"""Screens of the staff: sign-in and staff management."""
