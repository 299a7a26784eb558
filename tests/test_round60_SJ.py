"""Round 60 SJ: pieces.py's English sentence rules read an English glossary's text only.

trachtas-glossary (Irish): a note sentence opening with the copula "Is" ("Is ionann 'source
code' agus 'bun-chóid' tionscadail ...") was read as English "Is used for ..." and got its
term put in front ("(bun-)chód is ionann ..."). The glossary's language (``glossary_asked``,
which the assistant sets while it answers) now gates the rules; an English glossary's
"Is a stochastic model ..." (corpus/data-archive-m.md, Markov Chain) still gets its name.
"""

from __future__ import annotations

from rag_glossary.answer.language_asks import glossary_asked
from rag_glossary.answer.pieces import aside, statement
from rag_glossary.answer.reference_lines import reference_line
from rag_glossary.answer.segment import Unit

_IRISH = (
    "Is ionann 'source code' agus 'bun-chóid' tionscadail, toisc gurb in an cód ar a bhfuil "
    "an tionscadal bunaithe."
)
_IRISH_NOTE = (
    "Is 'pionús' seachas 'pionós' atá i bhFoclóir Uí Dhuinín, ach glactar leis gurb in an "
    "focal céanna le litriú eile"
)
_ENGLISH = (
    "Is a stochastic model that describes a sequence of events in which the probability of "
    "each event depends only on the state attained in the previous event."
)


def _said(text: str, title: str, position: int = 8) -> str:
    return statement((Unit(text, "sentence", position, position), ["x"]), 0, title).text


def test_irish_copula_keeps_its_sentence() -> None:
    with glossary_asked("ga"):
        assert _said(_IRISH, "(bun-)chód") == _IRISH
        assert _said(_IRISH_NOTE, "pionós (foghlama)", 5) == _IRISH_NOTE


def test_english_subjectless_sentence_still_named() -> None:
    assert _said(_ENGLISH, "Markov Chain", 0) == f"Markov Chain i{_ENGLISH[1:]}"
    with glossary_asked(None):
        assert _said(_ENGLISH, "Markov Chain", 0).startswith("Markov Chain is a stochastic")


def test_other_english_openings_only_in_english() -> None:
    # German "Also," is "so"; the English rule would write "is also called" into German
    also = "Also, linguistic analysis or linguistic breakdown."
    assert (
        _said(also, "Parsing", 0)
        == "Parsing is also called linguistic analysis or linguistic breakdown."
    )
    with glossary_asked("de"):
        assert _said(also, "Parsing", 0) == also
    goes_on = "Or Peak to Short Term Loudness (PSR) is the ratio of peak to loudness."
    assert _said(goes_on, "Crest Factor", 0).startswith("Crest Factor or Peak")
    with glossary_asked("fr"):
        assert _said(goes_on, "Crest Factor", 0) == goes_on


# trachtas-glossary's record blocks (Tagairtí: references, Nótaí Aistriúcháin: notes), as
# the index stores its units; csharp-glossary's "Kommentar: Se även parameter."
_REFERENCES = (
    "Tagairtí: bun-: De Bhaldraithe (1978), Dineen (1934), Ó Dónaill et al. (1991), "
    "Ó Dónaill (1977)",
    "Sampla fánach: De Bhaldraithe (1978), Ó Dónaill et al. (1991), Ó Dónaill (1977)",
    "Foghlaim: féach ar an téarma 'machine learning / ríomhfhoghlaim'",
    "Nótaí Aistriúcháin: Féach chomh maith ar an téarma 'network / líonra'.",
    "Féach chomh maith ar an téarma 'counterexample / frith-shampla'",
    "Tagairtí: sampla: féach ar an téarma 'sample / sampla'",
    "Kommentar: Se även parameter.",
)
_STATEMENTS = (
    "Sainmhíniú (ga): Sampla a thógtar go randamach.",
    "Nótaí Aistriúcháin: Tá an téarma seo ina iomlán ar fáil sna foclóirí thuas.",
    "Sainmhíniú (en): A sample that is taken randomly.",
    "Kommentar: I syfte att göra koden mer lättläst och/eller enklare att vidareutveckla.",
)


def test_reference_lines_are_aside() -> None:
    for text in _REFERENCES:
        assert reference_line(text), text
        assert aside(Unit(text, "sentence", 3, 3))
    for text in _STATEMENTS:
        assert not reference_line(text), text
        assert not aside(Unit(text, "sentence", 3, 3))
