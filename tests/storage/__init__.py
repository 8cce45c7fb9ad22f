"""Tests: The database: connection, history, change feed, backups, migrations."""
