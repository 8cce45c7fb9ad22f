"""End-of-shift handover (交班记录): the store's shifts, composing, acknowledging."""
