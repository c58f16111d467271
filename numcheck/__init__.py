"""numcheck: a numeric-claim consistency checker for prose.

`numcheck.extract(text)` returns the claims table (a pandas DataFrame, one row per number in
the text, columns `numcheck.claims.COLUMNS`). Imports are lazy so that the command line
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"
__all__ = ["extract"]


def extract(text: str, path: str = "<text>", fmt: str = "text") -> pd.DataFrame:
    """The claims table of `text` (`fmt` is 'text' or 'markdown')."""
    from numcheck.claims import extract_claims, to_frame
    from numcheck.lexicon import load_lexicon
    from numcheck.markup import build_document

    return to_frame(extract_claims(build_document(text, path, fmt), load_lexicon()))
