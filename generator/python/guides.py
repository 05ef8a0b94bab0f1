"""The SDK's guides (install, errors, pagination, ...): Markdown rendered from
`templates/python/guides/`, once, for both the SDK README and the docs site."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2
import sdkgen_templates

from generator import ir
from generator.config import Config
from generator.python.security import client_security
from generator.python.snippets import simplest_operation
from generator.python.templates import environment

GUIDES_FOLDER = Path(next(iter(sdkgen_templates.__path__))) / "python" / "guides"
GUIDES = (
    ("install", "Install and authenticate"),
    ("errors", "Errors"),
    ("pagination", "Pagination"),
    ("retries", "Retries and timeouts"),
    ("raw-responses", "Raw responses and headers"),
    ("forward-compatibility", "Forward compatibility"),
    ("configuration", "Configuration"),
)


@dataclass(frozen=True)
class Guide:
    slug: str  # the page is guides/<slug>.html
    title: str
    markdown: str  # starts with `## <title>`

    @property
    def body(self) -> str:
        """The Markdown after its `## <title>` line (the site prints the title itself)."""
        return self.markdown.removeprefix(f"## {self.title}\n").lstrip("\n")


def listing_example(api: ir.Api) -> dict[str, str]:
    """The resource and method the guides use as their example call (the quickstart's)."""
    simplest = simplest_operation(api)
    if simplest is None:
        return {"resource": "", "method": "", "first_page": ""}
    resource, op = simplest
    return {"resource": resource.py_name, "method": op.py_name, "first_page": ".first_page()" if op.pagination else ""}


def paged_example(api: ir.Api) -> dict[str, str]:
    """The first paginated method, for the pagination guide, with how its pager advances."""
    for resource in api.resources:
        for op in resource.operations:
            if op.pagination is not None:
                return {"resource": resource.py_name, "method": op.py_name, "advances": _advances(op.pagination)}
    return {"resource": "", "method": "", "advances": ""}


def _advances(paging: ir.Pagination) -> str:
    """How a pager of this style asks for the next page, in words."""
    if paging.style == "link":
        return f"follows the `{paging.next_field}` links page by page (only to the same server)"
    if paging.style == "cursor":
        return f"sends each page's `{paging.next_field}` as the `{paging.cursor_param}` query parameter of the next request"
    if paging.style == "link_or_cursor":
        return f"follows each page's `{paging.next_field}` link, or sends it as the `{paging.cursor_param}` query parameter when it is a cursor"
    if paging.style == "offset":
        until = f"`{paging.total_field}` items" if paging.total_field else "an empty page"
        return f"advances the `{paging.offset_param}` query parameter by the items received, until {until}"
    return f"counts the `{paging.page_param}` query parameter up from {paging.first_page}, until an empty or short page"


@functools.cache
def _environment(template_cache: Path | None) -> jinja2.Environment:
    # Markdown, not escaped: the site sanitises it, the README is Markdown too
    return environment(GUIDES_FOLDER, "guides", template_cache, autoescape=False, keep_trailing_newline=True)


def render_guides(api: ir.Api, config: Config, default_base_url: str, template_cache: Path | None = None) -> list[Guide]:
    env = _environment(template_cache)
    context = {
        "package": config.package,
        "distribution": config.distribution,
        "client": config.client,
        "async_client": config.async_client,
        "env_prefix": config.env_prefix,
        "default_base_url": default_base_url,
        "paged": listing_example(api),
        "paging": paged_example(api),
        "credentials": client_security(api, config.env_prefix).credentials,
    }
    return [Guide(slug, title, env.get_template(f"{slug}.md.j2").render(context)) for slug, title in GUIDES]
