"""The SDK renderer: the IR as a Python package (templates in `templates/python/`).

`annotations` is a small expression tree for type annotations; `type_names` maps IR types onto
it (add a Python type for a format here), `regex` turns spec patterns into Python ones (and
words); `models`, `params` (the dict shapes of request bodies) and `resources` build the views
the templates read; `source` spells Python literals, docstrings and import blocks;
`example_code` and `snippets` write the example calls the README and the site show; `format`
runs ruff's formatter over the Python (cached by content); `render` puts it together.
"""
