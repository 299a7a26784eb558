"""Round 60 lane CL: text faults round 59's readers found, each pinned with a real entry.

- troff's ``\\'`` is ``\\(aa``, which nroff prints as the ASCII apostrophe: csh's "the
  character `\\'' in pairs" is the shell's quote ‘'’, not an acute accent ‘´’.
- a backquote named in typographic quotes (csh's "enclosed in ‘`’ characters") is the
  character, kept in the answer and no dirt; a backquote elsewhere is still a code mark.
- a "$" right after a word or a number ("(60$)", "200$", "US$") is currency: it opens no
  formula unless what follows reads as TeX ("CO$_2$").
- an abbreviation's stop ends no sentence: a FAQ answer is no longer cut at "(npr." or
  "Npr.", and a stop the segmenter joins across ("stb. nyelvi") stays.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.answer.faq_pairs import _answer_sentences, faq_pairs
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.sentences import sentences
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(CORPORA / name).entries}


def _entry(name: str, slug: str) -> Entry:
    return _entries(name)[f"{name}#{slug}"]


def test_troff_acute_escape_reads_as_the_apostrophe_it_quotes() -> None:
    body = _entry("csh-glossary", "quotation").body
    assert "usually by using the character ‘'’ in pairs, or by using the character ‘\\’" in body
    assert "´" not in body


def test_backquote_in_typographic_quotes_is_kept_and_clean() -> None:
    body = _entry("csh-glossary", "command-substitution").body
    assert "enclosed in ‘`’ characters" in body
    shown = clean_inline(body)
    assert "a command enclosed in ‘`’ characters by the text output" in shown
    assert dirty_reasons(shown) == []
    # a backquote that quotes nothing is still markup, and still dirt when left
    assert clean_inline("use `ls` here") == "use ls here"
    assert dirty_reasons("use `ls here") == ["backtick"]


def test_currency_dollar_is_no_maths() -> None:
    body = _entry("studio-glossary", "daw").body
    line = next(x for x in body.splitlines() if "200$" in x)
    shown = clean_inline(line)
    assert "Reaper je pristupačan (60$) i moćan, Logic Pro je 200$ jednokratno" in shown
    assert clean_inline("costs US$ 5 and 10$ more") == "costs US$ 5 and 10$ more"
    # paired signs around TeX are still maths, after a word too
    assert clean_inline("carbon dioxide (CO$_2$) and $x^2$") == "carbon dioxide (CO_2) and x^2"


def test_faq_answer_is_not_cut_at_an_abbreviation() -> None:
    pairs = dict(faq_pairs(_entry("studio-glossary", "true-peak").body))
    answer = next(a for a in pairs.values() if "Apple Music" in a)
    said = _answer_sentences(answer)
    assert (
        said[-1]
        == "Neke platforme (npr. Apple Music) preporučuju čak -2 dBTP za dodatnu sigurnost."
    )
    pairs = dict(faq_pairs(_entry("studio-glossary", "sidechain").body))
    answer = next(a for a in pairs.values() if "Npr. možete rezati" in a)
    assert "Npr. možete rezati 200 Hz na gitari samo kad bas svira u tom rasponu." in (
        _answer_sentences(answer)
    )
    # a sentence that ends on a word still ends there
    pairs = dict(faq_pairs(_entry("studio-glossary", "faza").body))
    answer = next(a for a in pairs.values() if "(npr. mikrofon ispod" in a)
    assert _answer_sentences(answer)[1:3] == [
        "Koristite ga kad dva mikrofona snimaju isti izvor, a jedan je okrenut naopako u odnosu"
        " na drugi (npr. mikrofon ispod snare bubnja).",
        "Isprobajte oba položaja i zadržite onaj koji zvuči punije.",
    ]


def test_an_abbreviations_stop_is_kept_when_its_sentence_goes_on() -> None:
    text = (
        "C++-ban az inline függvények, template-ek, lambdák, stb. nyelvi elemek mellett már"
        " egyébként sem adnak hasznot..."
    )
    assert text in _entry("cpp-glossary", _cpp_slug(text)).body.replace("\n", " ")
    assert sentences(text) == [text]
    # a stray stop inside a phrase still goes ("machine. learning")
    assert sentences("Used in machine. learning tasks everywhere.") == [
        "Used in machine learning tasks everywhere."
    ]


def _cpp_slug(text: str) -> str:
    found = next(e for e in _entries("cpp-glossary").values() if "stb. nyelvi" in e.body)
    return found.id.split("#", 1)[1]


def test_section_references_go_in_every_answer() -> None:
    from rag_glossary.answer.extractive import compose
    from rag_glossary.models import Hit

    def said(slug: str, question: str) -> list[str]:
        e = _entry("csh-glossary", slug)
        return [s.text for s in compose(question, [Hit(e.id, e.title, e.source, None, "", 1.0, e)])]

    # one section went and a list of two stayed: both go now, as after a closing bracket
    assert said("cp", "what is cp")[-1] == "It is one of the most commonly used UNIX commands."
    assert said("signal", "what is a signal")[-1] == (
        "Signals are sent either by typing special control characters on the keyboard or by"
        " using the kill or stop commands."
    )
    assert said("absolute-pathname", "what is an absolute pathname")[-1].endswith(
        "Pathnames which are not absolute are called relative (see definition of relative"
        " pathname)."
    )
