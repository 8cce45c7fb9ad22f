"""Realistic demo data for a new database (`desk demo`)."""
