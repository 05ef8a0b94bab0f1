"""The last stage: format generated Python (black, cached by content) and write the files."""
