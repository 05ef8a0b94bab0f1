"""The spec's security as the SDK applies it: the client's credentials (constructor arguments
and environment variables named after the schemes), how each scheme sends them (the runtime's
`_auth.Security`), and the alternatives of schemes each operation may use."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator import ir
from generator.ir.naming import snake_case, unique
from generator.python.source import py_string

Alternatives = tuple[tuple[str, ...], ...]
# The client's own constructor arguments, which no credential may take.
CLIENT_ARGUMENTS = frozenset({
    "self", "base_url", "timeout", "max_retries", "http_client", "default_headers", "strict_response_validation",
    "credentials", "token", "username", "password",
})  # fmt: skip
_PLACES = {"header": "the header", "query": "the query parameter", "cookie": "the cookie"}


@dataclass(frozen=True)
class CredentialView:
    """One constructor argument holding a secret, with the environment variable it defaults to."""

    argument: str
    env: str
    label: str  # what it is, in a few words: bearer token, API key ...
    doc: str  # what it is and how it is sent, plain text


@dataclass(frozen=True)
class SchemeView:
    scheme: ir.SecurityScheme
    arguments: tuple[str, ...]

    @property
    def source(self) -> str:
        """Python source of the runtime's `Scheme` for it."""
        kind = self.scheme.applied_as or ""
        name = f", {py_string(self.scheme.param_name or '')}" if kind in _PLACES else ""
        return f"Scheme({py_string(kind)}, {_tuple_source(self.arguments)}{name})"


@dataclass(frozen=True)
class SecurityView:
    """The security of the whole client (`_security` of the generated client classes)."""

    credentials: tuple[CredentialView, ...]
    schemes: tuple[SchemeView, ...]
    default: Alternatives  # what a call uses unless its method says otherwise
    required: tuple[str, ...]  # arguments every operation needs: checked at construction

    @property
    def source(self) -> str:
        """Python source of the runtime's `Security` value."""
        credentials = _tuple_of([f"Credential({py_string(c.argument)}, {py_string(c.env)})" for c in self.credentials])
        schemes = ", ".join(f"{py_string(s.scheme.id)}: {s.source}" for s in self.schemes)
        return (
            f"Security(credentials={credentials}, schemes={{{schemes}}}, "
            f"default={_tuple_source(self.default)}, required={_tuple_source(self.required)})"
        )

    @property
    def arguments_dict(self) -> str:
        """Python source of the mapping from credential names to the constructor's arguments."""
        return "{" + ", ".join(f"{py_string(c.argument)}: {c.argument}" for c in self.credentials) + "}"


def _tuple_of(items: list[str]) -> str:
    """A tuple literal of Python sources (a trailing comma only for one item)."""
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _tuple_source(value: tuple[object, ...]) -> str:
    """A tuple literal of strings (quoted safely) or of such tuples."""
    return _tuple_of([_tuple_source(v) if isinstance(v, tuple) else py_string(str(v)) for v in value])


def applicable_schemes(api: ir.Api) -> dict[str, ir.SecurityScheme]:
    """The schemes the SDK can apply, by id (the others were warned about when read)."""
    return {s.id: s for s in api.security_schemes if s.applied_as is not None}


def operation_alternatives(api: ir.Api, op: ir.Operation) -> Alternatives:
    """The operation's alternatives of schemes the SDK can apply, each in spec order. An
    alternative of only other schemes (mutualTLS ...) becomes the empty one: the runtime then
    sends nothing rather than fail when no credential is given."""
    usable = applicable_schemes(api)
    found = [tuple(use.scheme for use in requirement.schemes if use.scheme in usable) for requirement in op.security]
    return tuple(dict.fromkeys(found))


def default_alternatives(api: ir.Api) -> Alternatives:
    """The alternatives most operations use (the first such on a tie): the client's default."""
    counts = Counter(operation_alternatives(api, op) for op in api.operations)
    return max(counts, key=lambda alternatives: counts[alternatives]) if counts else ()


def security_argument(api: ir.Api, op: ir.Operation, default: Alternatives) -> str | None:
    """Python source of a method's `security=` argument; None when it is the client's `default`."""
    alternatives = operation_alternatives(api, op)
    return None if alternatives == default else _tuple_source(alternatives)


def client_security(api: ir.Api, env_prefix: str) -> SecurityView:
    """The client's credentials, schemes, default alternatives and required credentials."""
    schemes = list(applicable_schemes(api).values())
    arguments = _scheme_arguments(schemes)
    views = tuple(SchemeView(s, arguments[s.id]) for s in schemes)
    docs: dict[str, list[str]] = {}
    for view in views:
        for argument, doc in zip(view.arguments, _credential_docs(view.scheme)):
            docs.setdefault(argument, []).append(doc)
    credentials = tuple(CredentialView(a, f"{env_prefix}_{a.upper()}", d[0].split(" (")[0], "; or ".join(d)) for a, d in docs.items())
    by_id = {view.scheme.id: view for view in views}
    return SecurityView(credentials, views, default_alternatives(api), _required(api, by_id))


def _scheme_arguments(schemes: list[ir.SecurityScheme]) -> dict[str, tuple[str, ...]]:
    """The argument names of each scheme: `token` for every bearer scheme, `username` and
    `password` for basic, `api_key` for the only API key (else one named after each scheme)."""
    api_keys = [s for s in schemes if s.applied_as in _PLACES]
    candidates = ["api_key"] if len(api_keys) == 1 else [snake_case(s.id) for s in api_keys]
    names = dict(zip((s.id for s in api_keys), unique(candidates, taken=CLIENT_ARGUMENTS, fallback_suffix="_")))
    fixed = {"bearer": ("token",), "basic": ("username", "password")}
    return {s.id: fixed.get(s.applied_as or "") or (names[s.id],) for s in schemes}


def _credential_docs(scheme: ir.SecurityScheme) -> list[str]:
    """What each argument of `scheme` is, in the order of its arguments."""
    if scheme.applied_as == "basic":
        return [f"user name for HTTP basic auth ({scheme.id})", f"password for HTTP basic auth ({scheme.id})"]
    if scheme.applied_as == "bearer":
        kind = {"oauth2": "OAuth2 access token", "openIdConnect": "OpenID Connect access token"}.get(scheme.type, "bearer token")
        return [f"{kind} ({scheme.id}), sent in the Authorization header as Bearer"]
    return [f"API key ({scheme.id}), sent as {_PLACES[scheme.applied_as or 'header']} {scheme.param_name}"]


def _required(api: ir.Api, schemes: dict[str, SchemeView]) -> tuple[str, ...]:
    """The arguments every operation needs, whichever alternative it uses (none when an
    operation needs no credentials or there are no operations)."""
    needed: set[str] | None = None
    for op in api.operations:
        alternatives = operation_alternatives(api, op)
        sets = [{a for s in alternative for a in schemes[s].arguments} for alternative in alternatives]
        common = set.intersection(*sets) if sets else set()
        needed = common if needed is None else needed & common
    order = [a for view in schemes.values() for a in view.arguments]
    return tuple(dict.fromkeys(a for a in order if a in (needed or set())))
