"""A term record's reference lines, which no answer prints as sentences (round 60 SJ).

A record in blocks (definition, references, notes) lists what attests each word of its
term: "Tagairtí: bun-: De Bhaldraithe (1978), Ó Dónaill (1977)" (works and their years
alone) or "Foghlaim: féach ar an téarma 'machine learning / ríomhfhoghlaim'" (a pointer
under its labels). Neither says what the term is; the entry's other units answer
(pieces.aside). A pointer is read by its language's "see" word: English "see" / "refer
to", the languages pointer_words.py knows, and Irish "féach (chomh maith) ar". Irish is
read here only: pointer_words.py's words also decide parsing and the stored units, which
an answer-side rule leaves as they are (no version change)."""

from __future__ import annotations

from rag_glossary.answer.cleaning import SEE_POINTER
from rag_glossary.cited_works import sources_only
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.pointer_words import opens_with_pointer

# "Tagairtí: bun-: ", "Sampla fánach: ", "Nótaí Aistriúcháin: ": one or two short labels
_LABELS = lazy_regex(r"^(?:[^\W\d][^:.!?;\n]{0,40}?:\s+){1,2}")
# Irish "féach ar an téarma X", "Féach chomh maith ar X" (see, see also)
_IRISH_SEE = lazy_regex(r"(?i)féach\s+(?:chomh\s+maith\s+|freisin\s+)?ar\s")


def reference_line(text: str) -> bool:
    """The unit only cites works with their years or sends the reader to another term,
    under at most two labels."""
    labels = _LABELS.match(text)
    rest = text[labels.end() :] if labels else text
    if labels and sources_only(rest):
        return True
    return bool(
        (labels and (SEE_POINTER.match(rest) or opens_with_pointer(rest))) or _IRISH_SEE.match(rest)
    )
