"""Lazy pagers that follow the ``next`` links of paged search results."""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._errors import APIError

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
    (which also holds any other fields); ``url`` is where this page came from and
    ``next_url`` the ``next`` link resolved against it.
    """

    def __init__(self, model: PageModel[T], url: httpx.URL, next_url: httpx.URL | None) -> None:
        self.model = model
        self.items: list[T] = list(model.items)
        self.next = model.next
        self.prev = model.prev
        self.url = url
        self.next_url = next_url

    @property
    def next_cursor(self) -> str | None:
        """The ``cursor`` query value of the ``next`` link, to resume a search later."""
        return httpx.URL(self.next).params.get("cursor") if self.next else None

    def __repr__(self) -> str:
        return f"<ResultsPage of {len(self.items)} items, next={self.next!r}>"


Fetch = Callable[[httpx.URL | None], T]
"""Requests the page at a URL, or the first page for None."""
Parse = Callable[[httpx.Response], ResultsPage[T]]
"""Parses a response into a page."""


class _Pages(Generic[T]):
    """What both pagers share: the first page, kept once fetched, and loop detection."""

    def __init__(self, parse: Parse[T], description: str) -> None:
        self._parse = parse
        self._description = description
        self._first_response: httpx.Response | None = None
        self._first: ResultsPage[T] | None = None

    def _parsed_first(self, response: httpx.Response) -> ResultsPage[T]:
        self._first = self._parse(response)
        return self._first

    @staticmethod
    def _check_not_seen(page: ResultsPage[T], seen: set[httpx.URL], number: int) -> None:
        if page.next_url in seen:
            raise APIError(
                f"The next link of page {number} leads back to a page already "
                f"fetched ({page.next!r}); stopping instead of looping"
            )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._description}>"


class SyncPager(_Pages[T]):
    """All items of a paged search, fetched page by page as they are iterated.

    No request is made until the pager is used. ``for item in pager`` yields every
    item; ``pager.pages()`` yields pages; ``pager.first_page()`` fetches one page.
    Each iteration starts again from the first page (fetched once, then kept) and
    follows the ``next`` links afresh; a link back to a page already seen in that
    iteration raises `APIError`.
    """

    def __init__(self, fetch: Fetch[httpx.Response], parse: Parse[T], *, description: str) -> None:
        super().__init__(parse, description)
        self._fetch = fetch

    def prefetch(self) -> None:
        """Request the first page now, parsing it only when it is used."""
        if self._first is None and self._first_response is None:
            self._first_response = self._fetch(None)

    def first_page(self) -> ResultsPage[T]:
        """The first page (requested on first use)."""
        if self._first is not None:
            return self._first
        return self._parsed_first(self._first_response or self._fetch(None))

    def pages(self) -> Iterator[ResultsPage[T]]:
        """Every page, following ``next`` links until there is none."""
        page = self.first_page()
        seen = {page.url}
        yield page
        while page.next_url is not None:
            self._check_not_seen(page, seen, len(seen))
            page = self._parse(self._fetch(page.next_url))
            seen.add(page.url)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPager(_Pages[T]):
    """Async variant of `SyncPager`: ``async for item in pager``,
    ``async for page in pager.pages()``, and ``await pager`` (or
    ``await pager.first_page()``) for the first page."""

    def __init__(
        self,
        fetch: Fetch[Awaitable[httpx.Response]],
        parse: Parse[T],
        *,
        description: str,
    ) -> None:
        super().__init__(parse, description)
        self._fetch = fetch

    async def prefetch(self) -> None:
        """Request the first page now, parsing it only when it is used."""
        if self._first is None and self._first_response is None:
            self._first_response = await self._fetch(None)

    async def first_page(self) -> ResultsPage[T]:
        """The first page (requested on first use)."""
        if self._first is not None:
            return self._first
        return self._parsed_first(self._first_response or await self._fetch(None))

    def __await__(self) -> Generator[Any, None, ResultsPage[T]]:
        return self.first_page().__await__()

    async def pages(self) -> AsyncIterator[ResultsPage[T]]:
        """Every page, following ``next`` links until there is none."""
        page = await self.first_page()
        seen = {page.url}
        yield page
        while page.next_url is not None:
            self._check_not_seen(page, seen, len(seen))
            page = self._parse(await self._fetch(page.next_url))
            seen.add(page.url)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
