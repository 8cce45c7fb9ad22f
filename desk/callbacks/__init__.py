"""Callbacks (回访): when a call may be made, the store's rules, the queue and the records."""
