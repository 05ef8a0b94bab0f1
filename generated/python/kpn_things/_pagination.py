"""Lazy pagers that follow the ``next`` links of paged search results."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

import httpx

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageModel(Protocol[T_co]):
    """What a generated page model provides: ``items`` and ``next``/``prev`` links."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next(self) -> str | None: ...

    @property
    def prev(self) -> str | None: ...


class ResultsPage(Generic[T]):
    """One page of results.

    ``items``, ``next`` and ``prev`` come from ``model``, the generated page model
    (which also holds any other fields); ``next_url`` is the ``next`` link resolved
    against the URL of this page.
    """

    def __init__(self, model: PageModel[T], next_url: httpx.URL | None) -> None:
        self.model = model
        self.items: list[T] = list(model.items)
        self.next = model.next
        self.prev = model.prev
        self.next_url = next_url

    @property
    def next_cursor(self) -> str | None:
        """The ``cursor`` query value of the ``next`` link, to resume a search later."""
        return httpx.URL(self.next).params.get("cursor") if self.next else None

    def __repr__(self) -> str:
        return f"<ResultsPage of {len(self.items)} items, next={self.next!r}>"


PageFetcher = Callable[[httpx.URL | None], T]
"""Fetches the page at a URL, or the first page for None."""


class SyncPager(Generic[T]):
    """All items of a paged search, fetched page by page as they are iterated.

    No request is made until the pager is used. ``for item in pager`` yields every
    item; ``pager.pages()`` yields pages; ``pager.first_page()`` fetches one page.
    The first page is fetched at most once; later pages on every iteration.
    """

    def __init__(self, fetch: PageFetcher[ResultsPage[T]]) -> None:
        self._fetch = fetch
        self._first: ResultsPage[T] | None = None

    def first_page(self) -> ResultsPage[T]:
        """The first page (fetched on first use)."""
        if self._first is None:
            self._first = self._fetch(None)
        return self._first

    def pages(self) -> Iterator[ResultsPage[T]]:
        """Every page, following ``next`` links until there is none."""
        page = self.first_page()
        yield page
        while page.next_url is not None:
            page = self._fetch(page.next_url)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(Generic[T]):
    """Async variant of `SyncPager`: ``async for item in pager``,
    ``async for page in pager.pages()``, ``await pager.first_page()``."""

    def __init__(self, fetch: PageFetcher[Awaitable[ResultsPage[T]]]) -> None:
        self._fetch = fetch
        self._first: ResultsPage[T] | None = None

    async def first_page(self) -> ResultsPage[T]:
        """The first page (fetched on first use)."""
        if self._first is None:
            self._first = await self._fetch(None)
        return self._first

    async def pages(self) -> AsyncIterator[ResultsPage[T]]:
        """Every page, following ``next`` links until there is none."""
        page = await self.first_page()
        yield page
        while page.next_url is not None:
            page = await self._fetch(page.next_url)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
