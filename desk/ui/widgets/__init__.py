"""Parts every screen shares: field errors, tables, workers, reminders, export, PDF preview."""
