"""Tests: Registration to closing."""
