"""Compare what an operation asks for credentials, and the security schemes themselves."""

from __future__ import annotations

from generator import ir
from generator.diff.changes import ChangeSet


def _alternatives(op: ir.Operation) -> dict[frozenset[str], dict[str, set[str]]]:
    """Each alternative of `security` as its set of schemes, with the scopes each asks for."""
    return {frozenset(s.scheme for s in r.schemes): {s.scheme: set(s.scopes) for s in r.schemes} for r in op.security}


def compare_security(old: ir.Operation, new: ir.Operation, here: str, subject: str, found: ChangeSet) -> None:
    before, after = _alternatives(old), _alternatives(new)
    here += "/security"
    if not before and after:
        found.add("security-added", True, "request", here, f"{subject}: now needs credentials ({_names(after)})")
        return
    if before and not after:
        found.add("security-removed", False, "request", here, f"{subject}: no longer needs credentials")
        return
    kept = [schemes for schemes in before if schemes in after]
    if before and not kept:
        found.add("security-scheme-changed", True, "request", here, f"{subject}: credentials {_names(before)} → {_names(after)}")
        return
    for schemes in kept:
        for scheme in sorted(schemes):
            for scope in sorted(after[schemes][scheme] - before[schemes][scheme]):
                found.add("security-scope-added", True, "request", here, f"{subject}: needs scope {scope!r} of {scheme}")
            for scope in sorted(before[schemes][scheme] - after[schemes][scheme]):
                found.add("security-scope-removed", False, "request", here, f"{subject}: no longer needs scope {scope!r} of {scheme}")


def compare_schemes(old: ir.Api, new: ir.Api, found: ChangeSet) -> None:
    """A scheme of the same name that now sends credentials another way."""
    before = {s.id: s for s in old.security_schemes}
    file = new.documents[0].file if new.documents else ""
    for scheme in new.security_schemes:
        previous = before.get(scheme.id)
        if previous is None:
            continue
        old_way = (previous.type, previous.scheme, previous.location, previous.param_name)
        new_way = (scheme.type, scheme.scheme, scheme.location, scheme.param_name)
        if old_way != new_way:
            found.add("security-scheme-changed", True, "request", f"{file}#/components/securitySchemes/{scheme.id}", f"security scheme {scheme.id!r}: {_way(previous)} → {_way(scheme)}")


def _way(scheme: ir.SecurityScheme) -> str:
    if scheme.type == "apiKey":
        return f"API key in {scheme.location} {scheme.param_name!r}"
    return f"{scheme.type} {scheme.scheme}" if scheme.scheme else scheme.type


def _names(alternatives: dict[frozenset[str], dict[str, set[str]]]) -> str:
    return " or ".join(" + ".join(sorted(schemes)) for schemes in alternatives) or "none"
