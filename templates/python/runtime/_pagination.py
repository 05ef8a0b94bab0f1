"""Lazy pagers over paged results: next links, cursors, offsets and page numbers."""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import unquote_plus

import httpx

from ._errors import APIError

T = TypeVar("T")


@dataclass(frozen=True)
class Paging:
    """How one operation's pages are read, and the next one requested.

    ``items``, ``next``, ``prev`` and ``total`` name attributes of the page model;
    the ``*_param`` names are query parameters. By ``style``:

    - ``link``: ``next`` is the next page's URL, followed as it is (``cursor_param``
      is the query value of it that `ResultsPage.next_cursor` reports);
    - ``cursor``: ``next`` is a cursor, sent as ``cursor_param``;
    - ``link_or_cursor``: a ``next`` with ``/`` or ``?`` in it is followed as a link,
      any other value sent as ``cursor_param``;
    - ``offset``: ``offset_param`` advances by the number of items received;
    - ``page``: ``page_param`` counts up from ``first_page`` (its value when not sent).

    Every other query parameter is sent again. For ``offset`` and ``page`` the last
    page is one with no items, with fewer than the ``limit_param`` sent, or that
    reaches ``total`` items; for the others, one without ``next``.
    """

    items: str = "items"
    next: str | None = "next"
    prev: str | None = "prev"
    style: Literal["link", "cursor", "link_or_cursor", "offset", "page"] = "link"
    cursor_param: str | None = "cursor"
    offset_param: str | None = None
    limit_param: str | None = None
    page_param: str | None = None
    first_page: int = 1
    total: str | None = None

    def page(self, model: Any, url: httpx.URL) -> ResultsPage[Any]:
        """The page `model` (parsed from the response to `url`), with the URL of the
        next page; TypeError says which attribute does not hold what it should."""
        items = getattr(model, self.items, None)
        if not isinstance(items, list):
            raise TypeError(f"its {self.items} are not a list")
        following = self._text(model, self.next)
        previous = self._text(model, self.prev)
        next_url, cursor = self._next(url, items, following, self._total(model))
        return ResultsPage(model, items, following, previous, url, next_url, cursor)

    @staticmethod
    def _text(model: Any, name: str | None) -> str | None:
        value = getattr(model, name, None) if name else None
        if not isinstance(value, (str, type(None))):
            raise TypeError(f"its {name} is not a string")
        return value or None

    def _total(self, model: Any) -> int | None:
        value = getattr(model, self.total, None) if self.total else None
        if not isinstance(value, (int, type(None))) or isinstance(value, bool):
            raise TypeError(f"its {self.total} is not an integer")
        return value

    def _next(
        self, url: httpx.URL, items: list[Any], following: str | None, total: int | None
    ) -> tuple[httpx.URL | None, str | None]:
        """The next page's URL and cursor (None, None on the last page)."""
        if self.style == "offset" and self.offset_param:
            position = (_number(url, self.offset_param) or 0) + len(items)
            if self._is_last(url, items, total, position):
                return None, None
            return _with_param(url, self.offset_param, position), None
        if self.style == "page" and self.page_param:
            sent = _number(url, self.page_param)
            number = self.first_page if sent is None else sent
            limit = _number(url, self.limit_param)
            received = None
            if limit is not None:
                received = (number - self.first_page) * limit + len(items)
            if self._is_last(url, items, total, received):
                return None, None
            return _with_param(url, self.page_param, number + 1), None
        if following is None:
            return None, None
        if self.cursor_param and (
            self.style == "cursor" or (self.style == "link_or_cursor" and not _is_link(following))
        ):
            return _with_param(url, self.cursor_param, following), following
        link = url.join(following)
        cursor = link.params.get(self.cursor_param) if self.cursor_param else None
        return link, cursor

    def _is_last(
        self,
        url: httpx.URL,
        items: list[Any],
        total: int | None,
        position: int | None,
    ) -> bool:
        limit = _number(url, self.limit_param)
        short = limit is not None and len(items) < limit
        done = total is not None and position is not None and position >= total
        return not items or short or done


NEXT_LINKS = Paging()
"""The default: ``items``, with ``next`` and ``prev`` links."""


def _with_param(url: httpx.URL, name: str, value: object) -> httpx.URL:
    """`url` with the query parameter `name` set to `value`; the rest of the query is
    kept byte for byte (as the method's parameter styles encoded it)."""
    kept = [
        part
        for part in url.query.decode("ascii").split("&")
        if part and unquote_plus(part.split("=", 1)[0]) != name
    ]
    pair = str(httpx.QueryParams({name: str(value)}))
    return url.copy_with(query="&".join([*kept, pair]).encode("ascii"))


def _is_link(value: str) -> bool:
    return "/" in value or "?" in value


def _number(url: httpx.URL, name: str | None) -> int | None:
    """The integer query parameter `name` of `url`; None when it is not one."""
    value = url.params.get(name) if name else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class ResultsPage(Generic[T]):
    """One page of results.

    ``items``, ``next`` and ``prev`` are read from ``model``, the generated page model
    (which also holds any other fields); ``url`` is where this page came from,
    ``next_url`` where the next one is (None: this is the last page) and
    ``next_cursor`` the cursor for it, to resume later, if the API uses one.
    """

    def __init__(
        self,
        model: Any,
        items: list[T],
        next: str | None,
        prev: str | None,
        url: httpx.URL,
        next_url: httpx.URL | None,
        next_cursor: str | None = None,
    ) -> None:
        self.model = model
        self.items: list[T] = list(items)
        self.next = next
        self.prev = prev
        self.url = url
        self.next_url = next_url
        self.next_cursor = next_cursor

    def __repr__(self) -> str:
        return f"<ResultsPage of {len(self.items)} items, next={self.next!r}>"


Fetch = Callable[[httpx.URL | None], T]
"""Requests the page at a URL, or the first page for None."""
Parse = Callable[[httpx.Response, httpx.URL | None], ResultsPage[T]]
"""Parses the response to the URL requested (None: the first page) into a page."""


class _Pages(Generic[T]):
    """What both pagers share: the first page, kept once fetched, and loop detection."""

    def __init__(self, parse: Parse[T], description: str) -> None:
        self._parse = parse
        self._description = description
        self._first_response: httpx.Response | None = None
        self._first: ResultsPage[T] | None = None

    def _parsed_first(self, response: httpx.Response) -> ResultsPage[T]:
        self._first = self._parse(response, None)
        return self._first

    @staticmethod
    def _check_not_seen(page: ResultsPage[T], seen: set[httpx.URL], number: int) -> None:
        if page.next_url in seen:
            raise APIError(
                f"The next link of page {number} leads back to a page already "
                f"fetched ({page.next or str(page.next_url)!r}); stopping instead "
                "of looping"
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
        """Every page, until the last."""
        page = self.first_page()
        seen = {page.url}
        yield page
        while page.next_url is not None:
            self._check_not_seen(page, seen, len(seen))
            page = self._parse(self._fetch(page.next_url), page.next_url)
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
        """Every page, until the last."""
        page = await self.first_page()
        seen = {page.url}
        yield page
        while page.next_url is not None:
            self._check_not_seen(page, seen, len(seen))
            page = self._parse(await self._fetch(page.next_url), page.next_url)
            seen.add(page.url)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item
