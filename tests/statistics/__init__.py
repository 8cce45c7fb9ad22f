"""Tests: Statistics, hot spots and their reports."""
