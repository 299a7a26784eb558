"""Round 57, lane WD: "what does X do / what is X for / what does X stand for" outside English.

question.py reads English forms; a question in another language loses its language's frame
words at the edges of its term (answer/language_asks.term_in_language) only when they are
listed in data/question_forms.json. The verbs that ask what a thing is used or serves
for ("sirve", "sert", "serve", "dient", "används", "służy", "slouží", "нужен", "szolgál",
"käytetään", "χρησιμεύει", "fungsi", "משמש", ...) were listed only in German,
Slovak ("slúži"), Lithuanian ("naudojamas") and Turkish ("işe yarar"), so
they stayed in the term: "dogleg para que sirve" was refused as "dogleg sirve", "dropshipping
a cosa serve" and "le pigeage ça sert à quoi" likewise, and "à quoi sert l'ouillage" read the
term "sert l ouillage". Each language's "meaning" list now has the present forms (third
person, singular and plural) of its "serve", "be used" and "be needed" verbs, taken from
the grammar, not from any set's questions. Its "do" / "make" verbs are not listed: they ask
how a thing is made ("com es fa la corba de supervivencia", coad-glossary-024, a negative
the Catalan "fa" answered) or what a named thing does under a condition ("hvad gør power bi
hvis en visual har flere datapunkter", powerbi-glossary-015, a content question the Danish
"gør" turned into a definition of Power BI).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_asks import asks_what_in_language
from rag_glossary.answer.question import analyze
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"

# (corpus, entry anchor, question, the term the question names)
CASES = [
    ("golf-glossary", "dogleg", "dogleg para que sirve", "dogleg"),
    ("golf-glossary", "dogleg", "para qué sirven los dogleg", "dogleg"),
    ("ecom-glossary", "dropshipping", "dropshipping a cosa serve", "dropshipping"),
    ("ecom-glossary", "hijacker", "a cosa serve un hijacker", "hijacker"),
    ("wine-glossary", "ouillage", "à quoi sert l'ouillage", "ouillage"),
    ("wine-glossary", "pigeage", "le pigeage sert à quoi", "pigeage"),
    ("trig-glossary", "radiano", "para que serve o radiano", "radiano"),
    ("feuerwehr-glossary", "verteiler", "wozu dient der verteiler", "verteiler"),
    ("scouting-glossary", "sjorring", "waar dient een sjorring voor", "sjorring"),
    ("grafy-glossary", "graf-dwudzielny", "graf dwudzielny do czego służy", "graf dwudzielny"),
    ("iot-glossary", "registr-identit", "k čemu slouží registr identit", "registr identit"),
    ("dotnet-glossary", "ngen", "для чего нужен ngen", "ngen"),
    ("dotnet-glossary", "jit", "для чего используется jit", "jit"),
    ("obsidian-glossary", "мітка", "для чого служить мітка", "мітка"),
    ("obsidian-glossary", "граф", "на що потрібен граф", "граф"),
    ("pydoc-glossary", "gil", "GIL ne için kullanılır", "gil"),
    ("pydoc-glossary", "garbage-collection", "çöp toplama ne için kullanılır", "çöp toplama"),
    ("cpp-glossary", "include-guard", "mire szolgál az include guard", "include guard"),
    ("cpp-glossary", "raii", "mire szolgál a RAII", "raii"),
    ("batteri-glossary", "copperplate", "hva brukes copperplate til", "copperplate"),
    ("powerbi-glossary", "dashboard", "hvad bruges et dashboard til", "dashboard"),
    ("liikenne-glossary", "neliporrasmalli", "mihin neliporrasmalli käytetään", "neliporrasmalli"),
    ("boatyard-glossary", "καλαφάτισμα", "σε τι χρησιμεύει το καλαφάτισμα", "καλαφάτισμα"),
    ("boatyard-glossary", "πηδάλιο", "σε τι χρησιμοποιείται το πηδάλιο", "πηδάλιο"),
    ("opendata-glossary", "psi", "la ce folosește PSI", "psi"),
    ("adopsi-glossary", "laggards", "apa fungsi laggards", "laggards"),
    (
        "adopsi-glossary",
        "utaut-unified-theory-of-acceptance-and-use-of-technology",
        "kegunaan utaut apa",
        "utaut",
    ),
    ("chem-glossary", "tilgáta", "til hvers er tilgáta notuð", "tilgáta"),
    ("azd-glossary", "key-vault", "למה משמש key vault", "key vault"),
    ("azd-glossary", "git", "למה משמש git", "git"),
    ("bermeo-glossary", "zorrizto", "zertarako erabiltzen da zorrizto", "zorrizto"),
]


@pytest.mark.parametrize(("corpus", "anchor", "question", "term"), CASES)
def test_what_it_does_names_the_entry(corpus: str, anchor: str, question: str, term: str) -> None:
    ids = {e.id for e in load_corpus(CORPORA / corpus).entries}
    assert f"{corpus}#{anchor}" in ids
    asked = analyze(question)
    assert asked.term == term
    assert asked.shape == "define"
    assert asks_what_in_language(question)


@pytest.mark.parametrize(
    "question",
    ["what does serve mean in tennis", "what is a fan in hvac", "how does face id work"],
)
def test_english_questions_keep_their_words(question: str) -> None:
    # "serve", "fa", "face" are Italian, Catalan, Romanian verbs now listed; an English
    # question is read by English rules
    assert not asks_what_in_language(question)


@pytest.mark.parametrize(
    "question",
    [
        "com es fa la corba de supervivencia dels pacients segons el subtipus molecular",
        "hvad gør power bi hvis en visual har flere datapunkter end den kan vise",
    ],
)
def test_do_verbs_ask_no_meaning(question: str) -> None:
    assert analyze(question).shape == "content"
    assert not asks_what_in_language(question)
