"""The input stage: read documents and check them, before anything is built.

`load` parses JSON/YAML and remembers the line of every JSON pointer; `validate` checks a
document against the official OAS 3.0/3.1 schemas (`meta`: validators over `schemas/`, built once
per process) and our semantic rules;
`refs` resolves `$ref`s (local and across files); `patterns` makes spec regexes portable;
`normalize` writes Prism-friendly copies of the documents (`sdkgen normalize`).
"""
