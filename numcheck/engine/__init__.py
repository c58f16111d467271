"""The rule engine: from the claims table to findings (rule files, the relation language,
intervals, the built-in checks, findings, suppressions). Imports from `read`, never `lint`."""
