"""Small helpers shared by several test modules."""

from desk.complaints import search


def all_search_ids(query: str) -> set[int]:
    """Every complaint the search box finds for query, following its pages to the end."""
    found, before = set(), None
    while True:
        page = search.search(query, before_id=before)
        found.update(page.ids)
        if not page.more:
            return found
        before = page.ids[-1]
