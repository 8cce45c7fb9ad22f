"""Where the store's data lives: the database connection and its backends, the history
chain, the live change feed, numbering, the search index's tokens, backups and copies."""
