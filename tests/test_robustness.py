"""Whatever text comes in, numcheck answers: no exception from extraction or checks."""

from __future__ import annotations

import random
import zlib

import pytest

from numcheck import runner
from numcheck.engine.engine import check, load_rules
from numcheck.read.claims import extract_claims
from numcheck.read.lexicon import load_lexicon
from numcheck.read.markup import build_document

ALPHABET = (
    "0123456789 ,.-–—/%$€£¥½¾:;()[]<>!&#'\"“”‘’abcdefghijklmnopqrstuvwxyz"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ\n\t\u00a0\u202fأبجدΑΒΓΔабвгд数字"
)
WORDS = (
    "more than about some nearly at least up to between and from to million billion thousand hundred half "
    "third quarter percent per cent km miles mph degrees C F years old aged times as many of the including "
    "among them bringing total rose fell $ € £ Oct. 7 Dec. 1 2023 Tuesday yesterday <p> </p> <![ &amp; "
    "&#x27; <script> ``` --- # * <!-- numcheck: ignore --> numcheck: off"
).split()


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        size = rng.randint(1, 60)
        if i % 2:
            texts.append("".join(rng.choice(ALPHABET) for _ in range(size * 3)))
        else:
            figures = [str(rng.randint(0, 10 ** rng.randint(0, 12))) for _ in range(5)]
            texts.append(" ".join(rng.choice(WORDS + figures) for _ in range(size)))
    return texts


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_random_text_never_raises(fmt):
    lexicon, rules = load_lexicon(), load_rules()
    for text in _texts(zlib.crc32(fmt.encode()), 150):  # the same texts on every run (hash() is salted)
        claims = extract_claims(build_document(text, "<fuzz>", fmt), lexicon)
        check(claims, rules, lexicon.definitions, events=lexicon.events)
        for claim in claims:
            assert text[claim.start : claim.end] == claim.text


def test_a_figure_too_large_for_a_float_is_no_figure():
    claims = extract_claims(build_document("The model gave 8e545 and 3.2e3 kg.", "<t>"), load_lexicon())
    assert [c.text for c in claims] == ["3.2e3 kg"]


def test_a_run_of_scale_words_past_any_float_is_no_figure():
    text = "The banner read " + "million billion thousand hundred " * 40 + "again. Then 40 people cheered."
    claims = extract_claims(build_document(text, "<t>"), load_lexicon())
    assert [c.text for c in claims] == ["40"]


def test_an_internal_error_is_one_line_naming_the_file(tmp_path, monkeypatch):
    article = tmp_path / "story.txt"
    article.write_text("Police said 40 people were hurt.")

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr("numcheck.read.claims.extract_claims", broken)
    result = runner.check_file(str(article), runner.Flags())
    assert result.error == f"{article}: internal error, please report it: ValueError: boom"


def test_every_benchmark_sentence_is_read_without_error():
    import json

    from tests.conftest import ROOT

    lexicon = load_lexicon()
    for suite in sorted((ROOT / "benchmarks" / "data").glob("*.jsonl")):
        for line in suite.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                for claim in extract_claims(build_document(text, suite.name), lexicon):
                    assert text[claim.start : claim.end] == claim.text
