"""The guides: one source (templates/python/guides/) for the SDK README and the site's guide pages,
and every Python block in them runs as a user would run it, against Prism mocking the spec of
the resource it calls (token and base URL from the environment)."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

from generator.config import load_config
from generator.diagnostics import Reporter
from generator.pipeline import load_api
from generator.python.guides import GUIDES, Guide, render_guides
from generator.python.render import default_base_url, render_sdk
from tests.docs.htmltools import pages
from tests.docs.sitetools import REPO_ROOT
from tests.docs.test_python_examples import single_page_prism  # noqa: F401  (a fixture)

CONFIG = REPO_ROOT / "specs" / "sdk.yaml"
_FENCE = "```"


def python_blocks(markdown: str) -> list[str]:
    """The ```python blocks of a Markdown text, in order."""
    blocks, current = [], None
    for line in markdown.splitlines(keepends=True):
        if current is None and line.startswith(_FENCE + "python"):
            current = []
        elif current is not None and line.startswith(_FENCE):
            blocks.append("".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


@pytest.fixture(scope="module")
def guides() -> list[Guide]:
    config = load_config(CONFIG)
    api = load_api(config, Reporter())
    return render_guides(api, config, default_base_url(api))


def test_the_readme_and_the_site_show_the_same_guides(guides: list[Guide], site: Path) -> None:
    config = load_config(CONFIG)
    readme = render_sdk(load_api(config, Reporter()), config)["README.md"]
    site_pages = pages(site)
    assert [g.slug for g in guides] == [slug for slug, _ in GUIDES]
    for guide in guides:
        assert guide.markdown in readme, guide.slug
        page = site_pages[f"guides/{guide.slug}.html"]
        for block in python_blocks(guide.markdown):
            assert block.strip() in page.text, (guide.slug, block[:60])


def test_the_errors_guide_names_every_exception_the_sdk_exports(guides: list[Guide], sdk: ModuleType) -> None:
    errors = next(g for g in guides if g.slug == "errors").markdown
    exported = sorted(name for name in dir(sdk) if isinstance(getattr(sdk, name), type) and issubclass(getattr(sdk, name), sdk.APIError))
    assert [name for name in exported if f"{name}" not in errors] == []


def test_every_guide_block_runs(guides: list[Guide], sdk: ModuleType, single_page_prism: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    api = load_api(load_config(CONFIG), Reporter())
    spec_of = {resource.py_name: Path(resource.operations[0].source.file).name for resource in api.resources}
    monkeypatch.setenv("KPN_THINGS_TOKEN", "test-token")
    failures, ran = [], 0
    for guide in guides:
        for number, code in enumerate(python_blocks(guide.markdown), 1):
            called = set(re.findall(r"\.(\w+)(?=\.)", code)) & set(spec_of)  # the resources it calls
            assert len(called) <= 1, (guide.slug, called)
            monkeypatch.setenv("KPN_THINGS_BASE_URL", single_page_prism[spec_of[called.pop()]] if called else "http://127.0.0.1:9")
            asyncio.set_event_loop(asyncio.new_event_loop())  # a block may call asyncio.run
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(code, f"<guide {guide.slug} block {number}>", "exec"), {"__name__": "__main__"})
                ran += 1
            except Exception as exc:  # collect every failing block
                failures.append(f"{guide.slug} block {number}: {exc!r}\n{code}")
    assert failures == []
    assert ran >= len(guides)
