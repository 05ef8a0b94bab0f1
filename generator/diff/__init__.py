"""The API diff between two IRs (breaking changes, semver, changelog): the room for `sdkgen diff`."""
