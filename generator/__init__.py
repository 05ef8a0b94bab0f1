"""sdkgen: OpenAPI 3.0/3.1 documents to a typed Python SDK and a documentation site."""
