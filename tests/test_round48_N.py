"""Round 48 lane N: second names a definition's first sentence gives its own term become
aliases (parsing/first_names.py), and a pointer entry in another language ("Se Bivax.")
gives its title to the entry it names (redirects.alias_pointers). The texts are the
corpora's own entries, copied as written."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.models import Entry
from rag_glossary.parsing.first_names import first_sentence_names
from rag_glossary.parsing.redirects import alias_pointers


@pytest.mark.parametrize(
    ("title", "body", "language", "names"),
    [
        (  # iot-glossary (Czech): the acronym and its expansion open the sentence
            "Protokol rozšířené fronty zpráv",
            "Protokol AMQP (Advanced Message Queueing Protocol) je jedním z protokolů zasílání"
            " zpráv, které IoT Hub podporuje pro komunikaci se zařízeními.",
            "cs",
            ["AMQP", "Advanced Message Queueing Protocol"],
        ),
        (  # banking-glossary: an opening phrase, the clause goes on after the comma
            "Annual Percentage Yield",
            "Also known as APY, it indicates the total amount of interest you earn on a deposit"
            " account over one year",
            None,
            ["APY"],
        ),
        (  # vecsearch-glossary: an apposition after the term's name
            "Vector search",
            "Vector search, also known as similarity search or nearest neighbor search, is a"
            " technique for finding items that are similar to a query item.",
            None,
            ["similarity search", "nearest neighbor search"],
        ),
        (  # biodiv-glossary: listed words share the last name's head noun
            "corridor",
            "Known as habitat, wildlife, or ecological corridors, these natural areas are"
            " designed to keep local, migratory species moving.",
            None,
            ["habitat corridors", "wildlife corridors", "ecological corridors"],
        ),
        (  # gimp-glossary: what an acronym title stands for
            "SVG",
            "SVG stands for Scalable Vector Graphics. It is a format for two-dimensional"
            " vector graphics.",
            None,
            ["Scalable Vector Graphics"],
        ),
        (  # scouting-glossary (Dutch): a phrase around the name ("ook wel {name} genoemd")
            "tentpaal",
            "De tentpaal, ook wel tentstok genoemd is de paal die de tent rechtop houdt.",
            "nl",
            ["tentstok"],
        ),
        (  # scouting-glossary: "RSA staat voor Rowans (...)": Rowans is no expansion of RSA
            "RSA",
            "RSA staat voor Rowans (jongens) en Sherpas (meisjes) Afdeling, de speltak van"
            " scouting van 15 tot 18 jaar.",
            "nl",
            [],
        ),
        (  # docker-glossary: "plans" is an everyday word, no name of the term
            "Docker subscription",
            "Docker subscription tiers, sometimes referred to as plans, include Personal, Pro,"
            " Team, and Business.",
            None,
            [],
        ),
        (  # covid-glossary: "are well known as" describes, it names nothing
            "corticosteroids",
            "Corticosteroids are well known as immunomodulators, and can reduce the"
            " inflammatory response.",
            None,
            [],
        ),
        (  # fl-glossary: the title less its acronym is no new name (the acronym the title has)
            "Federated Averaging (FedAvg)",
            "Federated Averaging (FedAvg) is a foundational federated learning algorithm.",
            None,
            ["FedAvg"],
        ),
    ],
)
def test_first_sentence_names(
    title: str, body: str, language: str | None, names: list[str]
) -> None:
    assert first_sentence_names(title, body, language) == names


def test_a_name_that_is_another_entrys_title_stays_that_entrys() -> None:
    # raku-glossary: "lexpad" is "Short for lexical pad.", and "lexical pad" is an entry
    assert first_sentence_names("lexpad", "Short for lexical pad.") == ["lexical pad"]
    assert first_sentence_names("lexpad", "Short for lexical pad.", None, {"lexical pad"}) == []


def _entry(title: str, body: str) -> Entry:
    anchor = title.casefold().replace(" ", "-")
    return Entry(f"g#{anchor}", "g", anchor, title, (), body, (), None, "g.md", 1)


@pytest.mark.parametrize(
    ("pointer", "target"),
    [
        (  # bee-glossary (Swedish)
            _entry("Vax", "Se Bivax."),
            _entry("Bivax", "Vax som produceras av arbetsbin från särskilda körtlar."),
        ),
        (  # dotnet-glossary (Russian): the name less "раздел" (section), a no-break space
            _entry(".NET Core", "См. раздел .NET\xa05 и более поздних версий."),
            _entry(".NET 5 и более поздних версий", "Кроссплатформенная реализация .NET."),
        ),
        (  # ecom-glossary (Italian): the pointer opens a longer text
            _entry("3PL", 'Vedi "Logistica 3PL". Provider esterno che gestisce stoccaggio.'),
            _entry("Logistica 3PL", "Provider logistico esterno che gestisce stoccaggio."),
        ),
    ],
)
def test_a_pointer_in_another_language_names_its_target(pointer: Entry, target: Entry) -> None:
    other = _entry("Drone", "Se upp för drönare i kupan.")  # "Se upp" is no pointer
    out = {e.id: e for e in alias_pointers([pointer, target, other])}
    assert pointer.title in out[target.id].aliases
    assert out[other.id].aliases == ()


def test_the_acronym_in_a_czech_definition_answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("iot-glossary", tmp_path_factory).ask("amqp co to je")
    assert answer.covered
    assert answer.citations[0] == "iot-glossary#protokol-rozšířené-fronty-zpráv"
