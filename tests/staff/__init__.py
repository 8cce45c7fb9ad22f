"""Tests: Staff and roles."""
