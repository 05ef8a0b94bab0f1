"""Render the Python SDK: Jinja templates over IR views, plus the runtime copied verbatim."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jinja2
import sdkgen_templates

from generator import ir
from generator.config import Config
from generator.python.build_info import built_from
from generator.python.call_source import check_arguments, query_dict
from generator.python.format import Formatter
from generator.python.guides import render_guides
from generator.python.models import ModelsBuilder
from generator.python.resources import ResourcesBuilder
from generator.python.security import SecurityView, client_security
from generator.python.snippets import EXAMPLE_LINE_LENGTH, Snippets
from generator.python.source import docstring, import_block, parameter, py_string, sorted_names
from generator.python.templates import environment

TEMPLATES = Path(next(iter(sdkgen_templates.__path__))) / "python"  # templates/python, installed as package data
RUNTIME = TEMPLATES / "runtime"
# What the package exports from the runtime, by module (see templates/python/runtime/CONTRACT.md).
RUNTIME_EXPORTS = {
    "_base_client": ("RequestTimeout", "TokenSource"),
    "_errors": (
        "APIConnectionError", "APIError", "APIResponseValidationError", "APIStatusError", "APITimeoutError",
        "AuthenticationError", "BadRequestError", "ConflictError", "InternalServerError", "NotFoundError",
        "PermissionDeniedError", "ProblemDetails", "RateLimitError", "RequestValidationError",
        "UnprocessableEntityError",
    ),
    "_pagination": ("AsyncPager", "ResultsPage", "SyncPager"),
    "_response": ("APIResponse",),
    "_streaming": ("AsyncBinaryResponse", "AsyncEventStream", "BinaryResponse", "EventStream", "ServerSentEvent"),
    "_types": ("NOT_GIVEN", "Base64Bytes", "BinaryContent", "Duration", "FileTypes", "NotGiven", "OpenStrEnum"),
    "_version": ("BUILT_FROM", "__version__"),
}  # fmt: skip


@functools.cache
def _environment(template_cache: Path | None) -> jinja2.Environment:
    env = environment(
        TEMPLATES, "sdk", template_cache,
        autoescape=False,  # Python source: spec text reaches it only through pystr/docstring
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )  # fmt: skip
    env.filters["pystr"] = py_string
    env.filters["tomlstr"] = json.dumps  # a JSON string is a valid TOML basic string
    env.filters["argdict"] = query_dict
    env.filters["checkargs"] = check_arguments
    env.filters["import_block"] = import_block
    env.filters["sorted_names"] = sorted_names
    env.globals["parameter"] = parameter
    return env


def _readme_context(api: ir.Api, config: Config) -> dict[str, object]:
    """One example per resource (what it creates, else what it lists), from the docs' snippets."""
    shown = []
    for resource in api.resources:
        listing = next((op for op in resource.operations if op.pagination), None)
        creating = next((op for op in resource.operations if op.method == "post" and op.request_body), None)
        shown.append((resource, creating or listing or resource.operations[0]))
    examples = []
    with Formatter(line_length=EXAMPLE_LINE_LENGTH) as formatter:
        snippets = Snippets(api, config, formatter)
        snippets.prefetch(shown)
        for resource, operation in shown:
            description = " ".join((operation.summary or operation.description or "").split())
            examples.append({"resource": resource.py_name, "description": description, "code": snippets.operation(resource, operation).python})
    return {"examples": examples, "documents": [d.title for d in api.documents]}


def _client_doc(name: str, kind: str, config: Config, security: SecurityView, base_url: str) -> str:
    """The docstring of a client class: its arguments, credentials first, and where each defaults from."""
    credentials = ", ".join(f"{c.argument}=None" for c in security.credentials)
    signature = f"{name}({credentials + ', ' if credentials else ''}*, base_url=None, timeout=30.0, max_retries=2, http_client=None, default_headers=None, strict_response_validation=False)"
    parts = [f"{kind} client of the {config.title} {config.api_noun}.", f"``{signature}``."]
    if security.credentials:
        lines = [
            f"    {c.argument}: {c.doc}; default: the ``{c.env}`` environment variable"
            + (" (every operation needs it: missing, the constructor raises `APIError`)." if c.argument in security.required else ".")
            for c in security.credentials
        ]
        parts.append(
            "Credentials, each a string or a callable returning one (called before every request, so it may"
            " refresh); a call that needs one that is missing raises `APIError` naming it:\n" + "\n".join(lines)
        )
    parts.append(
        f"The base URL defaults to ``{config.env_prefix}_BASE_URL`` or {base_url}; ``timeout=None`` is no timeout;"
        " ``strict_response_validation=True`` raises `APIResponseValidationError` for a response that does not fit"
        " its schema (otherwise it is kept as received, with a warning). ``with_options(...)`` gives a copy with"
        " other settings that shares the connection pool."
    )
    return docstring("\n\n".join(parts), "    ")


def _client_context(api: ir.Api, config: Config, resource_classes: list[str]) -> dict[str, object]:
    """What `client.py.j2` needs besides the common context: security, docstrings, imports."""
    security = client_security(api, config.env_prefix)
    base_url = default_base_url(api)
    imports = {
        "from collections.abc import Mapping",
        "from functools import cached_property",
        "import httpx",
        "from typing_extensions import Self",
        "from ._base_client import AsyncAPIClient, RequestTimeout, SyncAPIClient",
        "from ._types import NOT_GIVEN, NotGiven",
    }
    if security.credentials:
        imports |= {"from ._auth import Credential, Scheme, Security", "from ._base_client import TokenSource"}
    if resource_classes:  # a document may have no paths (webhooks or schemas only)
        imports.add(f"from .resources import {', '.join(resource_classes)}")
    docs = {
        "sync": _client_doc(config.client, "Synchronous", config, security, base_url),
        "async": _client_doc(config.async_client, "Asynchronous", config, security, base_url),
    }
    return {"security": security, "client_docs": docs, "client_imports": imports}


def _init_imports(config: Config, model_names: list[str]) -> set[str]:
    """The package's public names, imported from the modules that define them."""
    imports = {f"from .{module} import {', '.join(names)}" for module, names in RUNTIME_EXPORTS.items()}
    imports.add(f"from ._client import {config.async_client}, {config.client}")
    if model_names:
        imports.add(f"from .models import {', '.join(model_names)}")
    return imports


def default_base_url(api: ir.Api) -> str:
    """The spec's first server; a relative one (or none) is taken against http://localhost."""
    url = api.server_url() or ""
    return url if url.startswith(("http://", "https://")) else "http://localhost" + ("/" + url.lstrip("/") if url.strip("/") else "")


def runtime_paths(package: str) -> set[str]:
    """The paths (in `render_sdk`'s result) of the runtime's modules: copied as they are, never
    formatted (the runtime is kept formatted)."""
    return {f"{package}/{path.name}" for path in RUNTIME.glob("_*.py")}


def render_sdk(api: ir.Api, config: Config, template_cache: Path | None = None) -> dict[str, str]:
    """Every file of the SDK distribution, keyed by path below generated/python/ (compiled
    templates are kept in `template_cache`, if given)."""
    config = config.named_after(d.title for d in api.documents)
    env = _environment(template_cache)
    resources = ResourcesBuilder(api).build()
    used = frozenset(name.id for r in resources for m in r.methods for a in m.annotations() for name in a.names())
    models = ModelsBuilder(api).build(used_elsewhere=used)
    package = config.package
    context = {
        "title": config.title,
        "title_doc": config.title,
        "api_noun": config.api_noun,
        "client": config.client,
        "async_client": config.async_client,
        "env_prefix": config.env_prefix,
        "default_base_url": default_base_url(api),
        "user_agent": f"{config.distribution}-python/{config.version}",
        "version": config.version,
        "distribution": config.distribution,
        "package": package,
        "resources": resources,
        "built_from": built_from(api, config),
    }
    files: dict[str, str] = {}
    imports = set(models.imports)
    if any(c.base == "BaseModel" for c in models.classes):
        imports.add("from ._models import BaseModel")
    if any(c.init for c in models.classes):
        imports.add("from typing import TYPE_CHECKING")
    if any(c.base == "UnknownVariant" for c in models.classes):
        imports.add("from ._models import UnknownVariant")
    if any(a.recursive for a in models.aliases):
        imports |= {"from typing_extensions import TypeAliasType", "from typing import TYPE_CHECKING"}
    if any(f.py_name != f.wire_name for c in models.classes for f in c.fields):
        imports.add("from pydantic import Field")
    if any(c.class_vars for c in models.classes):
        imports.add("from typing import ClassVar")
    files[f"{package}/models.py"] = env.get_template("models.py.j2").render(
        context, module=models, imports=import_block(imports), public_names=models.public_names
    )
    for resource in resources:
        files[f"{package}/resources/{resource.module}.py"] = env.get_template("resource.py.j2").render(context, resource=resource)
    resource_classes = [f"{prefix}{r.class_name}{suffix}" for r in resources for prefix in ("", "Async") for suffix in ("", "WithRawResponse")]
    files[f"{package}/resources/__init__.py"] = env.get_template("resources_init.py.j2").render(
        context,
        resource_imports={f"from .{r.module} import {', '.join(n for n in resource_classes if n.removeprefix('Async').startswith(r.class_name))}" for r in resources},
        resource_exports=resource_classes,
    )
    files[f"{package}/_client.py"] = env.get_template("client.py.j2").render(context, **_client_context(api, config, resource_classes))
    files[f"{package}/_version.py"] = env.get_template("version.py.j2").render(context)
    runtime_names = [name for names in RUNTIME_EXPORTS.values() for name in names]
    exports = sorted({*runtime_names, config.client, config.async_client, *models.public_names})
    files[f"{package}/__init__.py"] = env.get_template("init.py.j2").render(context, init_imports=_init_imports(config, models.public_names), exports=exports)
    files[f"{package}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("pyproject.toml.j2").render(context)
    guides = {guide.slug: guide.markdown for guide in render_guides(api, config, default_base_url(api), template_cache)}
    files["README.md"] = env.get_template("README.md.j2").render(context, guides=guides, **_readme_context(api, config))
    changelog = config.changelog_text()
    if changelog is not None:
        files["CHANGELOG.md"] = changelog
    for runtime_file in sorted(RUNTIME.glob("_*.py")):  # see runtime_paths
        files[f"{package}/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    return files
