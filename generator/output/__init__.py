"""The last stage: format generated Python (black, cached by content, in worker processes) and
write the files (`write`: owned files only); `record` recognises a run whose inputs did not change."""
