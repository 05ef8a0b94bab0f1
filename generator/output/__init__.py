"""The last stage: write the files (`write`: owned files only); `record` recognises a run whose
inputs did not change."""
