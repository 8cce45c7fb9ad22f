"""Tests: Remedies, approval, the slip."""
