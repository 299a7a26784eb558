"""Round 58, lane DO: "what does X do" outside English.

English "what does X do" reads X as its term. In another language the do verb stayed in
the term ("что делает ngen" read "делает ngen", "hva gjør copperplate" "gjør copperplate",
"מה עושה git" "עושה git") or made the question a content one ("was macht die integrierte
leitstelle", "was tut ein maschinist": "was" is an English fact word too), so the entry
the question names was not the term. Round 57 (lane WD) left the do verbs out of the
meaning lists because they also mean *make*: "com es fa la corba de supervivencia ..."
(coad-glossary-024) asks how a thing is made, "hvad gør power bi hvis ..."
(powerbi-glossary-015) what a thing does under a condition. data/question_forms.json now
lists each language's do verb (``does``: third person singular and plural) and its
condition words (``if``), and coverage/does_asked.py reads the verb as asking what X does
only right after the question word that opens the question or closes it, with no question,
condition or impersonal-subject word in X. The verbs are no frame words: the language a
question is read in is the same as before. The coverage lookup reads the question without
the verb (coverage/does_asked.without_do): "что делает ngen" was refused as "делает ngen
нет в глоссарии", "מה עושה git" as "עושה git אינו במילון".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_asks import asked_language, asks_what_in_language
from rag_glossary.answer.question import analyze
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.does_asked import without_do
from rag_glossary.coverage.glossary_language import frame_words
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"

# (corpus, entry anchor, question, the term the question names)
CASES = [
    ("feuerwehr-glossary", "verteiler", "was macht der verteiler", "verteiler"),
    ("feuerwehr-glossary", "maschinist", "was tut ein maschinist", "maschinist"),
    (
        "feuerwehr-glossary",
        "ils-integrierte-leitstelle",
        "was macht die integrierte leitstelle",
        "integrierte leitstelle",
    ),
    ("golf-glossary", "dogleg", "qué hace un dogleg", "dogleg"),
    ("ecom-glossary", "hijacker", "cosa fa un hijacker", "hijacker"),
    ("ecom-glossary", "hijacker", "che cosa fa un hijacker", "hijacker"),
    ("wine-glossary", "ouillage", "que fait l'ouillage", "ouillage"),
    ("trig-glossary", "radiano", "o que faz o radiano", "radiano"),
    ("trig-glossary", "inversa-trigonométrica-arcsin", "arcsin o que faz", "arcsin"),
    ("scouting-glossary", "sjorring", "wat doet een sjorring", "sjorring"),
    ("dotnet-glossary", "ngen", "что делает ngen", "ngen"),
    ("dotnet-glossary", "jit", "что делает jit", "jit"),
    ("obsidian-glossary", "мітка", "що робить мітка", "мітка"),
    ("obsidian-glossary", "спливне-вікно", "що робить спливне вікно", "спливне вікно"),
    ("batteri-glossary", "copperplate", "hva gjør copperplate", "copperplate"),
    ("powerbi-glossary", "dashboard", "hvad gør et dashboard", "dashboard"),
    ("liikenne-glossary", "neliporrasmalli", "mitä tekee neliporrasmalli", "neliporrasmalli"),
    ("boatyard-glossary", "καλαφάτισμα", "τι κάνει το καλαφάτισμα", "καλαφάτισμα"),
    ("boatyard-glossary", "πηδάλιο", "τι κάνει το πηδάλιο", "πηδάλιο"),
    ("opendata-glossary", "psi", "ce face PSI", "psi"),
    ("chem-glossary", "tilgáta", "hvað gerir tilgáta", "tilgáta"),
    ("azd-glossary", "key-vault", "מה עושה key vault", "key vault"),
    ("azd-glossary", "git", "מה עושה git", "git"),
    ("bee-glossary", "drönare", "vad gör en drönare", "drönare"),
    ("coad-glossary", "pipeline", "què fa el pipeline", "pipeline"),
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
    [
        # coad-glossary-024 (negative): "fa" is "is made", a how-to
        "com es fa la corba de supervivencia dels pacients segons el subtipus molecular",
        # powerbi-glossary-015 (content): what Power BI does under a condition
        "hvad gør power bi hvis en visual har flere datapunkter end den kan vise",
        # the impersonal subject: how a thing is used, not what it does
        "was macht man mit einem verteiler",
        # feuerwehr-glossary-009 (paraphrase): "macht" closes a relative clause
        "wie heisst der knoten den man ins seilende macht",
    ],
)
def test_do_verbs_elsewhere_ask_no_definition(question: str) -> None:
    assert analyze(question).shape == "content"


def test_a_do_verb_after_a_noun_stays_in_the_term() -> None:
    # stm-glossary-019: "welchen takt macht die pll" asks which clock, the verb is no
    # question word's
    assert analyze("welchen takt macht die pll").term == "takt macht die pll"


def test_english_and_the_language_read_are_unchanged() -> None:
    assert analyze("what does mlflow do").shape == "content"
    assert asked_language("what does face id do") is None
    assert not asks_what_in_language("what does face id do")
    # the do verbs are no frame words: language detection does not read them
    assert "делает" not in frame_words("ru")
    assert "gjør" not in frame_words("nb")


# (corpus, question, the entry): refused on main, the coverage lookup reading the do verb
# as part of the name ("делает ngen нет в глоссарии")
COVERED = [
    ("dotnet-glossary", "что делает ngen", "dotnet-glossary#ngen"),
    ("dotnet-glossary", "что делает jit", "dotnet-glossary#jit"),
    ("obsidian-glossary", "що робить мітка", "obsidian-glossary#мітка"),
    ("obsidian-glossary", "що робить спливне вікно", "obsidian-glossary#спливне-вікно"),
    ("feuerwehr-glossary", "was tut ein maschinist", "feuerwehr-glossary#maschinist"),
    ("powerbi-glossary", "hvad gør et dashboard", "powerbi-glossary#dashboard"),
    ("chem-glossary", "hvað gerir tilgáta", "chem-glossary#tilgáta"),
    ("azd-glossary", "מה עושה git", "azd-glossary#git"),
]


@pytest.mark.parametrize(("corpus", "question", "entry"), COVERED)
def test_the_coverage_lookup_reads_the_named_thing(corpus: str, question: str, entry: str) -> None:
    found = CoverageIndex(load_corpus(CORPORA / corpus).entries).check(question)
    assert found.found
    assert entry in found.entry_ids


def test_the_do_verb_is_dropped_only_where_it_asks() -> None:
    assert without_do("что делает ngen", "ru") == "что ngen"
    assert without_do("arcsin o que faz", "pt") == "arcsin o que"
    kept = "hvad gør power bi hvis en visual har flere datapunkter"
    assert without_do(kept, "da") == kept
    assert without_do("was macht man mit einem verteiler", "de").startswith("was macht")
    # feuerwehr-glossary-037 (negative): still a name the glossary lacks
    lookup = CoverageIndex(load_corpus(CORPORA / "feuerwehr-glossary").entries)
    assert not lookup.check("was macht ein kreisbrandmeister").found
