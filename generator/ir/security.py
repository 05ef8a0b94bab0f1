"""The IR of a document's security schemes, operations' security requirements and servers."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.diagnostics import Reporter
from generator.spec.refs import Location, Resolver


def security_requirement(requirement: dict[str, Any]) -> ir.SecurityRequirement:
    """One alternative of a `security` list: every scheme it names, with its scopes."""
    return ir.SecurityRequirement(tuple(ir.SchemeScopes(name, tuple(scopes or ())) for name, scopes in requirement.items()))


def security_schemes(root: Location, resolver: Resolver, reporter: Reporter) -> list[ir.SecurityScheme]:
    """The document's `components/securitySchemes`; one warning for each the SDK cannot apply."""
    schemes = []
    for name in (root.document.data.get("components") or {}).get("securitySchemes") or {}:
        location = root.child("components", "securitySchemes", name)
        node = resolver.follow(location).node
        flows = []
        for kind, flow in (node.get("flows") or {}).items():
            if kind.startswith("x-"):  # an extension, not a flow
                continue
            scopes = tuple(sorted((flow.get("scopes") or {}).items()))
            flows.append(ir.OAuthFlow(kind, flow.get("authorizationUrl"), flow.get("tokenUrl"), scopes))
        scheme = ir.SecurityScheme(
            id=name,
            type=str(node.get("type")),
            scheme=node.get("scheme"),
            bearer_format=node.get("bearerFormat"),
            location=node.get("in"),
            param_name=node.get("name"),
            flows=tuple(flows),
            description=node.get("description"),
        )
        if scheme.applied_as is None:
            _warn_unsupported_scheme(scheme, location, reporter)
        schemes.append(scheme)
    return schemes


def _warn_unsupported_scheme(scheme: ir.SecurityScheme, location: Location, reporter: Reporter) -> None:
    """One `unsupported-security` warning for a scheme the SDK cannot apply: what it
    does instead (nothing) and what the user must do."""
    if scheme.type == "mutualTLS":
        what = "mutualTLS: the SDK sends no client certificate"
        instead = "pass an http_client that has one, e.g. httpx.Client(cert=(\"client.pem\", \"client.key\"))"
    else:
        described = {"http": f"http {scheme.scheme}", "apiKey": f"apiKey in {scheme.location!r}"}.get(scheme.type, f"type {scheme.type}")
        what = f"{described} is not a scheme the SDK can apply; it sends nothing for it"
        instead = "send the credential yourself with default_headers= on the client (or extra_headers= per call)"
    message = f"security scheme {scheme.id!r} ({what}); {instead}"
    reporter.warning(location.document.display, location.pointer, message, kind="unsupported-security")


def server(node: dict[str, Any]) -> ir.Server:
    """One entry of `servers`, with its variables."""
    variables = tuple(
        ir.ServerVariable(name, str(var.get("default", "")), tuple(str(v) for v in var.get("enum") or ()), var.get("description"))
        for name, var in (node.get("variables") or {}).items()
    )
    return ir.Server(url=str(node.get("url", "/")), description=node.get("description"), variables=variables)
