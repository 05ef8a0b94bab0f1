"""The site renderer: the IR as static HTML pages (templates and assets in `templates/docs/`).

`site` decides the pages and their URLs, `markdown` turns spec text into safe HTML, `search`
builds the client-side index and `render` fills the templates. Example code comes from
`generator.python.snippets`.
"""
