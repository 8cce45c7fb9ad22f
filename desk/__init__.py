"""desk: the store service desk application."""

__version__ = "0.1.0"
