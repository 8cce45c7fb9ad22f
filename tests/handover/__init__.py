"""Tests: The end-of-shift handover."""
