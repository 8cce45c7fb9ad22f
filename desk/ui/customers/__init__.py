"""Customer records on screen: the list, one record with its history, assignment."""
