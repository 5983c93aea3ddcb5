"""Version numbers kept in the cache: whatever is kept under a version is dropped at once by raising it. The page
tree's (raised by website.signal_handlers on any page change) keys visitors' pages and course outlines; the access
one (raised by accounts.signal_handlers) keys the header's staff links."""
from django.core.cache import cache
from django.db import transaction

PAGE_TREE = "pelita:page-tree:version"
ACCESS = "pelita:access:version"


def current(key: str) -> int:
    return cache.get(key, 0)


def raise_version(key: str) -> None:
    """Now, and again once the transaction commits, so no request in between keeps what was true before."""
    def bump():
        cache.add(key, 0, timeout=None)
        try:
            cache.incr(key)
        except ValueError:  # evicted between add and incr
            cache.set(key, 1, timeout=None)

    bump()
    transaction.on_commit(bump)
