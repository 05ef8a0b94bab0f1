"""Webhooks and callbacks have pages of their own: the payload type (with its fields), when it is
sent, what the receiving endpoint answers; payload models say which webhook uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.htmltools import pages
from tests.docs.sitetools import FIXTURES, render_to


@pytest.fixture(scope="module")
def hooks_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_to(FIXTURES / "hooks" / "sdk.yaml", tmp_path_factory.mktemp("hooks-site"))


def test_webhooks_page(hooks_site: Path) -> None:
    page = pages(hooks_site)["webhooks.html"]
    text = " ".join(page.text.split())
    assert "webhook-thingcreated-post" in page.ids
    assert "A thing was created." in text and "Sent when anyone in your organisation creates a thing." in text
    assert "Payload application/json: Event" in text and "What your endpoint answers 200 Acknowledged." in text
    assert "models/Event.html" in " ".join(page.links())
    assert "webhooks.html" in " ".join(pages(hooks_site)["index.html"].links())  # in the sidebar


def test_callbacks_on_the_operation_page(hooks_site: Path) -> None:
    text = " ".join(pages(hooks_site)["resources/subscriptions.html"].text.split())
    assert "Callbacks onEvent: POST {$request.body#/callbackUrl} · An event happened." in text
    assert "Sent once per event, at most a minute after it happened." in text


def test_payload_models_name_their_webhook(hooks_site: Path) -> None:
    event = pages(hooks_site)["models/Event.html"]
    assert "../webhooks.html#webhook-thingcreated-post" in event.links()
    assert "webhook thingCreated" in event.text
