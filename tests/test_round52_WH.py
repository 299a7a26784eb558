"""Round 52 lane WH: Hebrew words in the letters rescue (judgement_letters.py).

Round 52 AR answered a refused description in a letter-read script when its first entry
alone shares three or more content stems with it, by Snowball's Arabic and Hindi stemmers;
Snowball has no Hebrew, so a Hebrew question gave no stems and azd's paraphrases stayed
refused with their entry first ("... עוד משאבים באזור הזה, יש הגבלה" and Quota's "מגבלות על
כמות המשאבים שניתן ליצור במנוי או אזור"). hebrew_prefixes.stem folds final letters, sets
joined letters apart when the rest is a glossary word ("המשאבים", "באזור") and drops a
plural ending ("משאבים": "משאב").

And an abbreviation table's row ("| RBAC | Role-Based Access Control | שיטת בקרת גישה מבוססת
תפקידים |") is an entry whose text is its expansion and whose description column is a
field: the answer printed "RBAC: Role-Based Access Control." alone. A field of an entry whose
own text only names it is shown unasked, with that name ("Software Development Kit — אוסף
כלי פיתוח"), in its place (answer/fields.py ``named_only``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.fields import asked_fields, named_only
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.hebrew_prefixes import said_words, stem
from rag_glossary.judgement_letters import EntryStems, stems
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def azd() -> list[Entry]:
    return list(load_corpus(CORPORA / "azd-glossary").entries)


def _at(entries: list[Entry], anchor: str) -> int:
    return next(i for i, e in enumerate(entries) if e.anchor == anchor)


def test_hebrew_stems_set_joined_letters_and_plurals_apart(azd: list[Entry]) -> None:
    said = said_words(t for e in azd for t in (e.title, *e.aliases, e.body))
    # joined "the" / "in", a plural ending, a final letter
    assert stem("המשאבים", said) == stem("משאבים", said) == stem("משאב", said) == "משאב"
    assert stem("באזור", said) == stem("אזור", said)
    # joined-looking letters stay when the rest is no glossary word: azd writes
    # "המוגדרים" only, never "מוגדרים" (nor "וגדרים", "גדרים")
    assert "מוגדרים" not in said
    assert stem("המוגדרים", said) == "המוגדר"
    assert stem("בית", said) == "בית"  # too short to lose a letter
    # the text's Hebrew words only; Latin ones are left out
    assert stems("Quota resources", said=said) == frozenset()


def test_the_first_entry_alone_says_the_hebrew_question(azd: list[Entry]) -> None:
    said = EntryStems(azd)
    frame = frame_words("he")
    asked = "למה אני לא יכול ליצור עוד משאבים באזור הזה, יש הגבלה כמה מותר לי?"
    assert said.first_leads(asked, _at(azd, "quota"), frame)
    assert not said.first_leads(asked, _at(azd, "zone"), frame)
    # a negative sharing two topic words ("בסיס", "נתונים") with several entries
    assert not said.first_leads(
        "איך מגבים את בסיס הנתונים כל לילה ומשחזרים אם נמחק משהו", _at(azd, "sql-database"), frame
    )


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("למה אני לא יכול ליצור עוד משאבים באזור הזה, יש הגבלה כמה מותר לי?", "quota"),
        # negatives stay refused (azd-glossary-025, -030)
        ("איך מגבים את בסיס הנתונים כל לילה ומשחזרים אם נמחק משהו", None),
        ("איך מסמנים משאבים לפי צוות או פרויקט כדי לדעת מי מוציא כמה כסף", None),
    ],
)
def test_hebrew_paraphrase_answered_negatives_refused(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("azd-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
    else:
        assert answer.covered and answer.citations[0] == f"azd-glossary#{cited}"


def _hit(entry: Entry) -> Hit:
    return Hit(entry.id, entry.title, entry.source, None, "", 1.0, entry)


def test_a_row_whose_text_is_its_expansion_shows_its_description(azd: list[Entry]) -> None:
    sdk = _hit(azd[_at(azd, "sdk")])
    found = entry_units(sdk.entry)
    assert [u.text for u in found] == ["Software Development Kit"]
    assert named_only(sdk, found)
    shown = asked_fields(sdk, frozenset(), found)
    assert [u.text for u in shown] == ["Software Development Kit — אוסף כלי פיתוח"]
    # another copy of the term in the answer's group keeps its row as it was
    assert asked_fields(sdk, frozenset(), found, main=False) == []
    # an entry with text of its own: its fields stay unshown unless asked
    quota = _hit(azd[_at(azd, "quota")])
    assert not named_only(quota, entry_units(quota.entry))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("SDK מה זה", "אוסף כלי פיתוח"),
        ("מה זה SLA", "התחייבות לזמינות"),
        ("ma ze RBAC b azure", "בקרת גישה מבוססת תפקידים"),  # azd-glossary-008
    ],
)
def test_abbreviation_rows_answer_with_their_description(
    tmp_path_factory: pytest.TempPathFactory, question: str, said: str
) -> None:
    answer = shared_assistant("azd-glossary", tmp_path_factory).ask(question)
    assert answer.covered and said in answer.text
