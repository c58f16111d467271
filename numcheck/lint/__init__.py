"""The lint: files and people in, reports out (the CLI, configuration, discovery, input
files, the runner, report writers, the HTML report and rule docs). Imports `read` and `engine`."""
