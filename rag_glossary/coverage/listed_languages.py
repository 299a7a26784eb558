"""The languages a glossary's function words can name (glossary_language.py): the
stop-words package's, and those data/question_forms.json gives a list of their own that
the package lacks (Basque, "eu", round 56: "eta", "da", "dira", "zer"), but those known
for comparisons only (Thai, told by its script: script_language.py)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from stop_words import LANGUAGE_MAPPING

_FORMS = Path(__file__).resolve().parent.parent / "data" / "question_forms.json"


@functools.cache
def detected_languages() -> tuple[str, ...]:
    """The stop-words package's languages, then those with an own ``function_words`` list."""
    own = json.loads(_FORMS.read_text(encoding="utf-8"))
    listed = (
        code
        for code, forms in own.items()
        if not code.startswith("_")
        and code not in LANGUAGE_MAPPING
        and forms.get("function_words")
        and not forms.get("comparisons_only", False)
    )
    return (*LANGUAGE_MAPPING, *listed)
