"""What a worker process of `numcheck serve` does with one job: read, check, write the answer.

Job: `answer(config, job)` reads the article of a `fields.Job` (its text, or its file: UTF-8,
UTF-16, a Word file) as the command line reads standard input, checks it with the rules the
job names through the runner's own `check_document`, and writes the answer's body, so that
every step that costs time runs here, under the pool's time limit:

- check: the JSON report of `numcheck check --format json` (schema_version 2), for this one
  article;
- table: the claims rows of `numcheck table --format json`;
- view: the HTML report's pieces for the page (`html_report.fragments`): the article with its
  claims marked, the list of findings and their explanations, and the counts; with the text
  read, when the article came as a file (a Word file's paragraphs, one a line).

An article that cannot be read is a 422 naming the field it came in; a bug of numcheck's a
500 with one line. Nothing is written anywhere: the article lives in this process's memory
for the length of the job.

Limits: runs in a worker process (the pool's), where the rules and the lexicon are loaded once,
by their paths. Answers are bytes, made here, so the server's own process only passes them on.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from numcheck.lint.config import Config
from numcheck.serve.fields import Job

if TYPE_CHECKING:
    from numcheck.lint.runner import FileResult
    from numcheck.read.document import Document
    from numcheck.read.lexicon import Lexicon

# a first job for each worker, so that the first request waits for no loading (units, templates);
# its codes are set to every rule's
WARM_UP = Job(
    "view",
    "<warm-up>",
    "text",
    "The storm damaged 120 homes, 15% of them in a town 40 km (25 miles) away, and cost $3 million.",
    None,
    None,
    (),
    None,
)


@dataclass(frozen=True)
class Answer:
    """A response: its status and its JSON body."""

    status: int
    body: bytes


def as_json(status: int, data: Any) -> Answer:
    return Answer(status, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def problem(status: int, field: str | None, message: str) -> Answer:
    """An error's answer: `{"error": {"field": ..., "message": ...}}` (no field: the request as a whole)."""
    return as_json(status, {"error": {"field": field, "message": message}})


def _document(job: Job, config: Config) -> Document:
    """The job's article read as the command line reads standard input, or an InputError."""
    from numcheck.lint.inputs import decode, read_bounded, read_stream
    from numcheck.read.markup import build_document

    data = job.data if job.data is not None else (job.text or "").encode("utf-8")
    if job.text is not None and job.fmt == "docx":  # a Word file's paragraphs, given as text
        text = decode(read_bounded(io.BytesIO(data), config.max_bytes, job.path), job.path)
        return build_document(text, job.path, job.fmt)
    return read_stream(io.BytesIO(data), job.path, config.max_bytes, job.fmt)


def answer(config: Config, job: Job) -> Answer:
    """The answer to `job` under the server's `config`."""
    from numcheck.engine.engine import load_rules
    from numcheck.lint.inputs import InputError
    from numcheck.lint.runner import Flags, check_document, lexicon_of

    started = time.perf_counter()
    try:
        document = _document(job, config)
    except InputError as exc:
        return problem(422, "text" if job.text is not None else "file", str(exc))
    lexicon = lexicon_of(config)
    if job.kind == "table":
        return _table(job, document, lexicon)
    rules = load_rules(config.rules)
    wanted = set(job.codes)
    selected = [r for r in rules.rules if r.code in wanted]
    flags = Flags(input_format=job.fmt, reference=job.date, every_claim=job.kind == "view")
    # the job's codes are the choice; the configuration only sets the least severity shown
    shown = replace(
        config,
        select=("ALL",),
        extend_select=(),
        ignore=(),
        per_file_ignores=(),
        min_severity=job.min_severity or config.min_severity,
    )
    result = check_document(job.path, document, flags, shown, lexicon, rules, selected)
    if result.error:
        return problem(500, None, result.error)  # a bug of numcheck's, in one line
    if job.kind == "view":
        return _view(job, result, document.text)
    return _report(result, time.perf_counter() - started)


def _report(result: FileResult, seconds: float) -> Answer:
    from numcheck.lint.report import Note, Run, json_report

    run = Run(
        result.findings,
        {result.path: result.claims},
        result.rules,
        1,
        seconds,
        formats={result.path: result.fmt},
        notes=[Note(result.path, line) for line in result.notes],
    )
    return Answer(200, json_report(run).encode("utf-8"))


def _table(job: Job, document: Document, lexicon: Lexicon) -> Answer:
    from numcheck.lint.formats import table_json
    from numcheck.read.claims import claim_rows, extract_claims

    claims = extract_claims(document, lexicon, job.date)
    return Answer(200, table_json(claim_rows(claims)).encode("utf-8"))


def _view(job: Job, result: FileResult, text: str) -> Answer:
    from numcheck.lint.html_report import fragments

    pieces = fragments(
        result.findings, {job.path: result.claims}, {job.path: result.text}, {job.path: job.fmt}
    )
    view = {
        "errors": pieces.errors,
        "warnings": pieces.warnings,
        "claims": pieces.claims,
        "article": pieces.articles,
        "findings_list": pieces.findings_list,
        "findings": pieces.findings,
        "notes": list(result.notes),
    }
    if job.data is not None:  # the text read from the file, for the editor to go on with
        view["text"] = text
    return as_json(200, view)
