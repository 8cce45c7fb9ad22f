"""A desk watching the change feed as the application does; prints the complaint
ids of each batch of news: "changed 12 13". Ends when its stdin closes.

    watch_changes.py URL
"""

import select
import sys
import threading

import _boot

from desk.storage import live

POLL_SECONDS = 0.4  # the application's timer on SQLite


def main(url):
    _boot.open_store(url)
    feed = live.ChangeFeed().start()
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    _boot.say("ready")
    while not stop.is_set():
        fd = feed.fileno()
        if fd is None:
            stop.wait(POLL_SECONDS)
        else:  # PostgreSQL: sleep on the LISTEN socket, as the QSocketNotifier does
            select.select([fd], [], [], POLL_SECONDS)
        ids = live.complaint_ids(feed.poll())
        if ids:
            _boot.say("changed", *ids)
    feed.close()


if __name__ == "__main__":
    main(sys.argv[1])
