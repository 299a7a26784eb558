"""Round 58 lane CY: where a stop and a capital end no sentence.

Pinned with the real entries that showed each rule: a stop inside a bracket that closes
later ("(Prevalence and incidence. WHO Bulletin 1966;35:783-784)"), and a short Latin
abbreviation of two or three consonants after a word or comma ("pl. Java", "gk.
Atlantijas", "bkz. The Python 2.3 ..."), unless it ends a list of short items ("Python,
Ruby, JavaScript, stb.") or follows an article ("a tx."). Splitting at a capital of any
cased script (Cyrillic, Greek) was measured and left out (see the first test).
"""

from __future__ import annotations

from rag_glossary.answer.sentences import sentences


def test_cyrillic_capital_still_starts_no_plain_sentence() -> None:
    """Measured and left out: splitting Cyrillic prose at ". Х" reads right but cost
    dotnet (3 answers), backgammon (a negative answered), desktop and opendata answers
    (round 58 CY); the plain split keeps A-Z capitals until the composer is tuned to it."""
    text = (  # dotnet-glossary: сборка
        "Сборка может включать разные типы, например интерфейсы, классы, структуры,"
        " перечисления и делегаты. Сборки в папке bin проекта иногда называют двоичными файлами."
    )
    assert sentences(text) == [text]


def test_no_split_inside_a_bracket_that_closes_later() -> None:
    text = (  # ihr-glossary: incidence
        "The number of instances of illness commencing, or of persons falling ill, during a"
        " given period in a specified population (Prevalence and incidence. WHO Bulletin"
        " 1966;35:783-784)."
    )
    assert sentences(text) == [text]
    text = (  # gimp-glossary: PNG (the bracket never closes before the next one opens)
        "PNG is the acronym of Portable Network Graphic (pronounce ping. This recent format"
        " offers many advantages (it is used for this Help)."
    )
    assert len(sentences(text)) == 2


def test_consonant_abbreviation_before_a_capital() -> None:
    text = (  # lingo-glossary 941: "gk." (galvenokārt)
        'Kaulzivju klases siļķveidīgo kārtas dzimta ("Clupeidae"), izplatīta gk. Atlantijas'
        " un Klusajā okeānā, 65 ģ., ~230 sugu."
    )
    assert len(sentences(text)) == 1
    text = (  # cpp-glossary: virtuális öröklődés, "pl." (például)
        "(Anti-pattern). Nem véletlen van sok objektum orientált nyelv, ami nem is engedi"
        " ezt, pl. Java."
    )
    assert sentences(text)[-1].endswith("engedi ezt, pl. Java.")


def test_list_end_variable_and_noun_still_end_a_sentence() -> None:
    text = (  # cpp-glossary: statikusan típusos nyelv ("stb." ends the list)
        "Ellenpéldául szolgálnak a dinamikusan típusos nyelvek, például: Python, Ruby,"
        " JavaScript, stb. Ezeknél változók típusai sokszor csak futási időben dőlnek el."
    )
    assert len(sentences(text)) == 2
    text = (  # datomic-glossary: assertion
        "An atomic fact in the database, associating an entity, attribute, value, and a tx."
        " Opposite of a retraction."
    )
    assert len(sentences(text)) == 2
    text = (  # controls-glossary: x-dot
        "dotx, or x-dot: the derivative of the state vector x. If the system had just a"
        " velocity state, then dotx would represent the system's acceleration."
    )
    assert len(sentences(text)) == 2
