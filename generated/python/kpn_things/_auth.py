"""Credentials and the security schemes that send them: bearer tokens, basic auth
and API keys in a header, the query or a cookie, chosen per call from the spec's
alternatives."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeAlias
from urllib.parse import quote

from ._errors import APIError

TokenSource: TypeAlias = str | Callable[[], str]
"""A credential (token, API key, user name or password), or a zero-argument callable
returning the current one (called before every request, so it may refresh)."""

SchemeKind: TypeAlias = Literal["bearer", "basic", "header", "query", "cookie"]

_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


@dataclass(frozen=True)
class Credential:
    """A constructor argument of the client holding a secret, and the environment
    variable read when the argument is not given."""

    argument: str
    env: str


@dataclass(frozen=True)
class Scheme:
    """One security scheme as the SDK applies it.

    ``bearer``: ``Authorization: Bearer <token>``; ``basic``: ``Authorization: Basic``
    with base64 of ``user:password``; ``header``/``query``/``cookie``: an API key sent
    as the header, query parameter or cookie `name`. `credentials` are the argument
    names whose values it sends (``("username", "password")`` for basic).
    """

    kind: SchemeKind
    credentials: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class Security:
    """The security of an API: its credentials, its schemes by spec name, the
    alternatives a call uses unless it says otherwise (`default`; each alternative is
    a tuple of scheme names applied together) and the credentials every operation
    needs (`required`: checked when the client is made)."""

    credentials: tuple[Credential, ...] = ()
    schemes: Mapping[str, Scheme] = field(default_factory=dict)
    default: tuple[tuple[str, ...], ...] = ()
    required: tuple[str, ...] = ()


@dataclass
class Applied:
    """What one request carries for auth, and the secrets to keep out of messages."""

    headers: dict[str, str] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)  # percent-encoded
    cookies: list[str] = field(default_factory=list)  # ``name=value``, encoded
    secrets: list[str] = field(default_factory=list)


class Credentials:
    """The credentials a client was given or found in the environment."""

    def __init__(self, security: Security, given: Mapping[str, TokenSource | None]) -> None:
        self.security = security
        self.sources: dict[str, TokenSource] = {}
        for credential in security.credentials:
            value = given.get(credential.argument)
            value = value if value is not None else os.environ.get(credential.env)
            if value:
                self.sources[credential.argument] = value
        self._chosen: dict[tuple[tuple[str, ...], ...], Sequence[str]] = {}
        missing = [a for a in security.required if a not in self.sources]
        if missing:
            raise APIError(f"Missing credentials: {self._how_to_give(missing)}")

    def value(self, argument: str) -> str:
        """The current value of a credential (a callable is called now)."""
        source = self.sources[argument]
        value = source() if callable(source) else source
        if not isinstance(value, str) or not value:
            raise APIError(
                f"The credential {argument} must be a non-empty string (in a header: "
                "of visible ASCII characters)"
            )
        return value

    def apply(self, alternatives: tuple[tuple[str, ...], ...]) -> Applied:
        """Auth for a call: the first alternative whose credentials were all given;
        nothing when the call needs no auth (or allows none and none was given)."""
        chosen = self._chosen.get(alternatives)
        if chosen is None:  # the sources never change: choose once per alternatives
            chosen = self._chosen[alternatives] = self._choose(alternatives)
        applied = Applied()
        for scheme_name in chosen:
            self._apply_scheme(self.security.schemes[scheme_name], applied)
        return applied

    def _choose(self, alternatives: Sequence[Sequence[str]]) -> Sequence[str]:
        wanted = [alternative for alternative in alternatives if alternative]
        for alternative in wanted:
            if all(a in self.sources for a in self._arguments(alternative)):
                return alternative
        if len(wanted) < len(alternatives) or not wanted:
            return ()
        ways = [
            self._how_to_give([a for a in self._arguments(alt) if a not in self.sources])
            for alt in wanted
        ]
        raise APIError("Missing credentials for this call: " + "; or ".join(ways))

    def _arguments(self, alternative: Sequence[str]) -> list[str]:
        schemes = self.security.schemes
        return list(dict.fromkeys(a for s in alternative for a in schemes[s].credentials))

    def _how_to_give(self, arguments: Sequence[str]) -> str:
        envs = {c.argument: c.env for c in self.security.credentials}
        passed = " and ".join(f"{a}=..." for a in arguments)
        variables = " and ".join(envs[a] for a in arguments)
        plural = "s" if len(arguments) > 1 else ""
        return f"pass {passed} or set the {variables} environment variable{plural}"

    def _apply_scheme(self, scheme: Scheme, applied: Applied) -> None:
        values = [self.value(argument) for argument in scheme.credentials]
        applied.secrets += values
        if scheme.kind == "basic":
            pair = base64.b64encode(":".join(values).encode("utf-8")).decode("ascii")
            applied.headers["Authorization"] = f"Basic {pair}"
            applied.secrets.append(pair)
            return
        secret = values[0]
        if scheme.kind == "query":
            encoded = quote(secret, safe="")
            applied.query.append((quote(scheme.name, safe=""), encoded))
            applied.secrets.append(encoded)
        elif scheme.kind == "cookie":
            encoded = quote(secret, safe="")
            applied.cookies.append(f"{scheme.name}={encoded}")
            applied.secrets.append(encoded)
        else:
            if not _HEADER_SAFE.fullmatch(secret):
                raise APIError(
                    f"The credential {scheme.credentials[0]} must be a non-empty "
                    "string of visible ASCII characters"
                )
            if scheme.kind == "bearer":
                applied.headers["Authorization"] = f"Bearer {secret}"
            else:
                applied.headers[scheme.name] = secret
