"""The web page and HTTP API of `numcheck serve`: articles in over HTTP, the reports out.
May import the three rooms; `lint.cli` starts it through `serve.command` alone."""
