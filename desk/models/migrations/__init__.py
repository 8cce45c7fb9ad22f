"""Numbered schema steps, applied in order by desk.storage.db (peewee's migration runner)."""
