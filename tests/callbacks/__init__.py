"""Tests: Callbacks."""
