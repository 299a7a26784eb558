"""Round 58 lane CL: clean answer text left open in round 57.

Each rule is pinned with the real entry that showed the fault: (1) Bengali's danda
look-alike "৷" (U+09F7) and a "|" typed for the danda end sentences (cloud-glossary), and no
second stop is added after them; (2) a line ending in ":" goes on in the next line of a
script without capitals, so the opening sentence keeps what it leads into (cloud's Canary
Deployment); (3) a lone "23. aprīlis" line is a date, no list item (lingo's jurģi); (4)
abbreviations of other languages end no sentence ("u. tml.", "z. B.", "npr.", "т.е.");
(5) a code record's key field is metadata, never printed unasked, and a clause ending on
its verb ("... when it is.") is no dangling fragment (options-glossary); (6) refusals in
Bengali, Finnish and Hungarian.
"""

from __future__ import annotations

from pathlib import Path

from rag_glossary.answer.blocks import body_blocks
from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.fields import asked_fields
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.rendering import _end
from rag_glossary.answer.segment import Unit, units
from rag_glossary.answer.sentences import sentences
from rag_glossary.models import Entry, Hit

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _page_body(name: str) -> str:
    """A Hugo page's text after its front matter."""
    return (CORPORA / "cloud-glossary" / name).read_text(encoding="utf-8").split("---", 2)[2]


def test_bengali_danda_look_alike_ends_a_sentence() -> None:
    text = (
        "এটি পৃথক পরিষেবাগুলি খুঁজে পেতে এবং সম্ভাব্যভাবে সনাক্ত করার জন্য একটি সাধারণ স্থান"
        " প্রদান করে৷ সার্ভিস ডিসকভারি ইঞ্জিন হল ডাটাবেস-এর মতো টুল।"
    )
    assert sentences(text) == [
        "এটি পৃথক পরিষেবাগুলি খুঁজে পেতে এবং সম্ভাব্যভাবে সনাক্ত করার জন্য একটি সাধারণ স্থান প্রদান করে৷",
        "সার্ভিস ডিসকভারি ইঞ্জিন হল ডাটাবেস-এর মতো টুল।",
    ]
    # no English stop after it ("রোলব্যাক করুন৷." was cloud-001's answer)
    assert _end("প্রয়োজনে দ্রুত স্থিতিশীল সংস্করণে রোলব্যাক করুন৷", "[1]").endswith("করুন৷[1]")


def test_a_bar_after_an_indic_word_is_a_danda() -> None:
    said = [u.text for u in units(_page_body("self-healing.md"))]
    assert said[-1].endswith("(যেমন, নতুন দৃষ্টান্ত তৈরি করা)।")
    loose = "পারে| Application development অনেক গতিশীল হয়।"
    assert sentences(f"প্রতিষ্ঠান খুব দ্রুত সংযোগ স্থাপন করতে {loose}") == [
        "প্রতিষ্ঠান খুব দ্রুত সংযোগ স্থাপন করতে পারে।",
        "Application development অনেক গতিশীল হয়।",
    ]
    # a table's bars between Latin words stay
    assert sentences("Crimp (climbing hold) | Small, horizontal edge.") == [
        "Crimp (climbing hold) | Small, horizontal edge."
    ]


def test_an_opening_that_ends_in_a_colon_keeps_what_it_leads_into() -> None:
    body = _page_body("canary-deployment.md")
    lines = body.strip().splitlines()  # "... দুটি পরিবেশ দিয়ে শুরু হয়:", "একটি লাইভ ... রয়েছে৷"
    assert lines[0].endswith(":") and lines[1].endswith("৷")
    assert units(body)[0].text == f"{lines[0]} {lines[1]}"
    # in a script with capitals a line ending in ":" still ends its paragraph
    assert [k for k, _ in body_blocks("Types are:\nSupervised learning uses labels.")] == [
        "para",
        "para",
    ]


def test_an_ordinal_date_at_a_line_start_is_no_list_item() -> None:
    body = "23. aprīlis kā nomas un darba līgumu termiņš; pāriešana uz citu nomas vai darba vietu."
    assert [(u.kind, u.text) for u in units(body)] == [("sentence", body)]
    # a numbered list keeps its items, and a lone "1." before a caseless script is one
    assert [u.kind for u in units("1. install it\n2. run it")] == ["item", "item"]
    assert next(iter(body_blocks("1. 与之进行金融交易的参与者、银行或客户。")))[0] == "item"


def test_abbreviations_of_other_languages_end_no_sentence() -> None:
    # lingo-glossary's entries (Latvian "u. tml.", "u. c.", "gk.")
    assert sentences(
        "Pāriešanai paredzēts dēlis, baļķis u. tml., no dēļiem, baļķiem u. tml. izveidota šaura"
        " pāreja (piemēram, pāri šaurai upei, grāvim, staignai vietai)."
    ) == [
        "Pāriešanai paredzēts dēlis, baļķis u. tml., no dēļiem, baļķiem u. tml. izveidota šaura"
        " pāreja (piemēram, pāri šaurai upei, grāvim, staignai vietai)."
    ]
    assert units("Sulīgs daudzsēklu auglis, raksturīgs ābelēm, bumbierēm, pīlādžiem u. c.")[
        0
    ].text.endswith("pīlādžiem u. c.")
    # chem-glossary (Icelandic), erp-glossary (Lithuanian), cpp-glossary (Hungarian)
    assert len(sentences("Stöðluð lengdareining metrakerfisins; 1 m = u.þ.b. 1,094 yardar")) == 1
    contact = "Kontaktas turi vardą ir kontaktinę informaciją, pvz. el. pašto adresą ir telefono"
    assert len(sentences(f"{contact} numerį.")) == 1
    assert len(sentences("Kontaktas turi informaciją, pvz. el. pašto adresą.")) == 1
    assert len(sentences("Egy típusba, ún. osztályba csoportosítjuk őket. Ez jó.")) == 2
    # before a capital the last stop may end a sentence; "z. B." does not
    assert sentences("Dažādi augļi, ogas u. tml. Tos ēd svaigus.") == [
        "Dažādi augļi, ogas u. tml.",
        "Tos ēd svaigus.",
    ]
    assert len(sentences("Ein Taktgenerator (z. B. 8 MHz HSI) für den Systemtakt. Gut.")) == 2
    assert sentences("Числа, т.е. целые, и дроби.") == ["Числа, т.е. целые, и дроби."]
    assert sentences("Razne stvari, npr. kuće i zgrade. Drugo.") == [
        "Razne stvari, npr. kuće i zgrade.",
        "Drugo.",
    ]
    # initials and two short words stay as before
    assert len(sentences("Written by J. R. R. Tolkien in England. It was long.")) == 2
    assert len(sentences("A flywheel has 1 input: the voltage driving it. Ex. A drivetrain.")) == 3


def test_a_records_key_field_is_not_printed() -> None:
    text = "What everything is worth today, minus what it cost you to get there."
    entry = Entry(
        id="options-glossary#unrealised-gain-or-loss",
        source="options-glossary",
        anchor="unrealised-gain-or-loss",
        title="Unrealised gain or loss",
        aliases=(),
        body=f"{text}\nkey: unrealised-pnl",
        see_also=(),
        url=None,
        file="options-glossary.rs",
        line=87,
        fields=("key: unrealised-pnl",),
    )
    hit = Hit(entry.id, entry.title, entry.source, None, text, 1.0, entry)
    found = [Unit(entry.definition, "sentence", 0, 0)]
    assert asked_fields(hit, frozenset({"unrealised", "pnl", "gain"}), found) == []
    assert asked_fields(hit, frozenset({"key"}), found)  # asked for by name: shown


def test_refusals_in_bengali_finnish_and_hungarian() -> None:
    assert text_language(_page_body("canary-deployment.md")) == "bn"
    assert phrases("bn").not_covered == "শব্দকোষে এই প্রশ্নের উত্তর নেই"
    assert "{term}" in phrases("bn").not_in and "{named}" in phrases("bn").no_entry
    assert phrases("fi").nearest == "lähimmät hakusanat"
    assert phrases("hu").not_in == "{term} nem szerepel a szójegyzékben"


def test_a_clause_whose_verb_ends_it_is_whole() -> None:
    # options-glossary's Unrealised gain or loss: its answering sentence was dropped as
    # dangling on "is"
    said = (
        "But an option you sold paid you to open it, so its cost is negative: that's why a gain"
        " can be larger than the portfolio value, and it isn't an error when it is."
    )
    assert clean_unit(said) == said
    assert clean_unit("The main benefits of this approach are") is None
