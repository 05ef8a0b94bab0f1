"""The SDK's version, and the OpenAPI documents it was generated from."""

__version__ = "0.1.0"

# Per document: file name, `info.title`, `info.version` and the SHA-256 of the file.
BUILT_FROM: tuple[dict[str, str], ...] = (
    {
        "file": "http-bindings.json",
        "title": "Things HTTP Bindings API",
        "version": "0.6.0",
        "sha256": "ed319b0c2207e2d303c5b63836bbe412400a67c6bed68d44b61b36db434af9dd",
    },
    {
        "file": "mqtt-bindings.json",
        "title": "Things MQTT Bindings API",
        "version": "0.2.0",
        "sha256": "9db53ae330ce94ea0e440d83dfa0450e115fea8139fff232f4e86a345f5a9697",
    },
    {
        "file": "mqtt-downlinks.json",
        "title": "Things MQTT Downlinks API",
        "version": "0.10.0",
        "sha256": "4bf2c1c2b8224799207ccd384adffd3cd4a732f8f95e7ada326d44cfd4d442c1",
    },
    {
        "file": "projects.json",
        "title": "Things Projects API",
        "version": "0.8.0",
        "sha256": "19feeda282fc9904081548c9cd7c5bbbfb5ba2fa84cdfa2af21de8ff88ba83b7",
    },
    {
        "file": "device-groups.json",
        "title": "Things Device Group API",
        "version": "0.9.0",
        "sha256": "65da45ed19cdfa19981d58eb431524a0cf68d43323ac070e351f63aa6ff203ed",
    },
)
