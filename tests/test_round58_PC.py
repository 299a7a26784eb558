"""Round 58 lane PC: a data record's long prose fields stay in the entry.

A glossary kept as data (a TypeScript module, a JSON or YAML file, a CSV) often writes
more than one text per term: the definition, then ``explanation`` / ``details`` / ``notes``
paragraphs and a ``faq: [{q, a}]`` list. Until round 58 only the definition and the short
fields were read; the long fields and the question/answer lists were dropped (70 % of
studio-glossary.ts, a Croatian recording-studio Pojmovnik). They are now the body's
paragraphs after the definition (record_prose.py); short metadata (ids, slugs, categories,
dates, URLs) and lists of names stay out.
"""

from __future__ import annotations

import json

from rag_glossary.parsing import parse_text

# The head of eval/corpora/studio-glossary/studio-glossary.ts: its type and first record.
STUDIO = r"""export type PojmovnikCategory = 'snimanje' | 'mixing' | 'mastering' | 'oprema' | 'osnove';

export interface PojmovnikTerm {
  slug: string;
  term: string;
  englishTerm?: string;
  category: PojmovnikCategory;
  metaTitle: string;
  metaDescription: string;
  definition: string;
  explanation: string;
  studioContext: string;
  faq: { q: string; a: string }[];
  relatedTerms: string[];
  relatedServices?: string[];
  relatedGear?: string[];
}

const pojmovi: PojmovnikTerm[] = [
  // ==========================================
  // SNIMANJE
  // ==========================================
  {
    slug: 'preamp',
    term: 'Preamp',
    englishTerm: 'Preamplifier',
    category: 'snimanje',
    metaTitle: 'Preamp (preamplifikator) - što je i zašto je bitan',
    metaDescription:
      'Što je preamp i zašto je ključan za kvalitetu snimke. Kako preamp pojačava signal mikrofona i utječe na karakter zvuka u studiju.',
    definition:
      'Preamp (preamplifikator) je uređaj koji pojačava slab signal mikrofona na razinu pogodnu za snimanje i obradu. Kvaliteta preampa direktno utječe na čistoću, toplinu i karakter zvuka koji ulazi u snimku.',
    explanation:
      'Mikrofon proizvodi vrlo slab električni signal koji sam po sebi nije dovoljno jak za snimanje ili daljnju obradu. Preamp taj signal pojačava za 30 do 60 decibela, dovodeći ga na radnu razinu koju audio interface i digitalni sustav mogu kvalitetno obraditi.\n\nNije svaki preamp isti. Različite konstrukcije daju različit karakter zvuka. Tranzistorski (solid-state) preampovi su čisti i transparentni, dok lampeni (tube) preampovi dodaju blagu toplinu i harmoničku saturaciju. Class-A topologija, kakvu koriste vrhunski studijski preampovi, osigurava minimalna izobličenja i prirodan zvuk.\n\nPreamp je prvi aktivni uređaj u signalnom lancu nakon mikrofona, što znači da svaka nepravilnost ili šum na ovoj razini prolazi kroz cijeli ostatak lanca. Zato profesionalni studiji ulažu u kvalitetne preampove - jer čista, dobro pojačana snimka je temelj svake kvalitetne produkcije.\n\nOsim pojačanja, mnogi preampovi nude dodatne funkcije poput phantom napajanja za kondenzatorske mikrofone, pad prekidača za smanjenje ulaznog signala kod glasnih izvora, te filtere za uklanjanje niskofrekventnog šuma.',
    studioContext:
      'U M Street Music studiju koristimo Universal Audio Volt 876 kao glavni preamp za snimanje. Volt 876 ima osam diskretnih Class-A preampova koji daju čist, detaljan zvuk s niskim šumom. Svaki kanal ima vlastitu kontrolu pojačanja i phantom napajanje za kondenzatorske mikrofone. Volt-ov Vintage mod dodaje blagu harmoničku saturaciju inspiriranu klasičnim 610 preampom, što vokalu i akustičnim instrumentima daje toplinu bez gubitka detalja. Za zahtjevnije projekte, Apollo x6 nudi Unison preampove koji fizički mijenjaju impedanciju ulaznog stupnja i emuliraju ponašanje legendarnih preampova poput Neve 1073.',
    faq: [
      {
        q: 'Koja je razlika između preampa u audio interfaceu i vanjskog preampa?',
        a: 'Audio interfaceovi imaju ugrađene preampove, ali vanjski preampovi obično nude veći headroom, niži šum i specifičan karakter zvuka. Za profesionalno snimanje, kvalitetniji preamp čini zamjetnu razliku, posebno na vokalu.',
      },
      {
        q: 'Treba li mi skup preamp za dobru snimku?',
        a: 'Ne nužno. Današnji audio interfaceovi (poput Volt 876) imaju preampove koji nadmašuju studijske preampove od prije 15 godina. Za početak je to više nego dovoljno. Razlika se čuje tek u profesionalnom kontekstu.',
      },
      {
        q: 'Što je phantom napajanje i trebam li ga?',
        a: 'Phantom napajanje (48V) je napon koji preamp šalje kroz kabel mikrofonu. Kondenzatorski mikrofoni ga trebaju za rad. Dinamički mikrofoni ga ne trebaju, ali im neće naškoditi ako ga slučajno uključite.',
      },
    ],
    relatedTerms: ['audio-interface', 'signalni-lanac', 'gain', 'monitoring'],
    relatedServices: ['snimanje-benda', 'snimanje-vokala'],
    relatedGear: ['volt-876', 'apollo-x6'],
  },
];

export default pojmovi;
"""  # noqa: E501


def _one(text: str, file: str) -> tuple[str, tuple[str, ...]]:
    entries = parse_text(text, "g", file=file)
    assert len(entries) == 1
    return entries[0].definition, entries[0].fields


def test_the_studio_record_keeps_its_explanation_context_and_faq() -> None:
    [entry] = parse_text(STUDIO, "studio-glossary", file="studio-glossary.ts")
    assert entry.id == "studio-glossary#preamp"
    assert entry.title == "Preamp"
    assert "Preamplifier" in entry.aliases
    paragraphs = entry.definition.split("\n\n")
    assert paragraphs[0].startswith("Preamp (preamplifikator) je uređaj koji pojačava")
    # the explanation's four paragraphs, the studio context, three question/answer pairs
    assert len(paragraphs) == 1 + 4 + 1 + 3
    assert paragraphs[1].startswith("Mikrofon proizvodi vrlo slab električni signal")
    assert paragraphs[5].startswith("U M Street Music studiju koristimo Universal Audio")
    assert paragraphs[6] == (
        "Koja je razlika između preampa u audio interfaceu i vanjskog preampa?\n"
        "Audio interfaceovi imaju ugrađene preampove, ali vanjski preampovi obično nude veći "
        "headroom, niži šum i specifičan karakter zvuka. Za profesionalno snimanje, "
        "kvalitetniji preamp čini zamjetnu razliku, posebno na vokalu."
    )
    assert paragraphs[8].startswith("Što je phantom napajanje i trebam li ga?\nPhantom")
    # short fields stay "Name: value" lines; slugs and lists of names stay out of the text
    assert entry.fields == (
        "englishTerm: Preamplifier",
        "category: snimanje",
        "metaTitle: Preamp (preamplifikator) - što je i zašto je bitan",
        "metaDescription: Što je preamp i zašto je ključan za kvalitetu snimke. Kako preamp "
        "pojačava signal mikrofona i utječe na karakter zvuka u studiju.",
    )
    assert "volt-876" not in entry.body and "snimanje-benda" not in entry.body
    assert list(entry.see_also) == ["audio-interface", "signalni-lanac", "gain", "monitoring"]


_LONG = (
    "The first paragraph of a long text says what the term does in practice and why a "
    "reader would care about it at all.\n\nIts second paragraph goes on with the history "
    "of the term, who coined it and how its meaning moved over the years since then, "
    "in more sentences than any short field would hold. A third sentence follows, so that "
    "the text is well past the length of a field line."
)


def test_a_json_record_keeps_its_notes_and_question_answer_list() -> None:
    record = {
        "id": "widget-42",
        "term": "Widget",
        "definition": "A small device.",
        "category": "tools",
        "updated": "2024-01-02",
        "url": "https://example.org/widget",
        "details": _LONG,
        "questions": [
            {"question": "Is a widget a gadget?", "answer": "Mostly, yes."},
            {"question": "Who sells them?", "answer": "Hardware shops."},
        ],
        "related": ["gadget", "gizmo"],
    }
    definition, fields = _one(json.dumps({"terms": [record]}), "g.json")
    parts = definition.split("\n\n")
    assert parts[0] == "A small device."
    assert parts[1].startswith("The first paragraph") and parts[2].startswith("Its second")
    assert parts[3:] == ["Is a widget a gadget?\nMostly, yes.", "Who sells them?\nHardware shops."]
    assert fields == ("category: tools",)  # the id, the date and the url stay out


def test_another_languages_question_keys_and_unnamed_pairs() -> None:
    record = {
        "begriff": "Widget",
        "term": "Widget",
        "definition": "Ein kleines Gerät.",
        "faq": [
            {"frage": "Ist das ein Gadget?", "antwort": "Meistens ja."},
        ],
        "qa": [["x"]],
        "pairs": [{"text": "Wer verkauft es?", "more": "Baumärkte."}],
    }
    definition, _ = _one(json.dumps({"terms": [record]}), "g.json")
    assert definition.split("\n\n") == [
        "Ein kleines Gerät.",
        "Ist das ein Gadget?\nMeistens ja.",
        "Wer verkauft es?\nBaumärkte.",
    ]


def test_short_fields_code_names_and_other_languages_stay_out() -> None:
    record = {
        "term": "Widget",
        "definition": "A small device.",
        "definition_de": _LONG,  # another language's definition: not this entry's text
        "license": _LONG,  # bookkeeping, however long
        "snippet": "x = [1, 2, 3]; y = {a: 1}; " * 20,  # long, but no prose
        "aliases_list": ["one", "two"],
        "history": [{"version": "1.0", "date": "2026-06-10", "change": "Initial release."}],
        "note": "A short note.",
    }
    definition, fields = _one(json.dumps({"terms": [record]}), "g.json")
    assert definition == "A small device."
    assert "note: A short note." in fields


def test_a_yaml_list_of_sentences_is_text_and_a_list_of_names_is_not() -> None:
    text = (
        "- term: Widget\n"
        "  definition: A small device.\n"
        "  notes:\n"
        "    - Widgets were first sold in the small hardware shops of the nineteenth century.\n"
        "    - Their name comes from a play of the same period, where it meant any gadget.\n"
        "    - Engineers still use the word for a part whose exact make does not matter here.\n"
        "    - Economists use it for a generic product in a model of a market or a firm.\n"
        "  tags: [device, gadget, small thing, shop item]\n"
        "- term: Gadget\n"
        "  definition: A clever device.\n"
    )
    entries = parse_text(text, "g", file="g.yaml")
    widget = entries[0].definition.split("\n\n")
    assert widget[0] == "A small device."
    assert len(widget) == 5 and widget[1].startswith("Widgets were first sold")
    assert "device, gadget" not in entries[0].body


# --- phase 2: Croatian, Serbian or Bosnian written in Latin letters ---------------------


def _studio_texts() -> list[str]:
    from pathlib import Path

    from rag_glossary.parsing import load_corpus

    root = Path(__file__).resolve().parent.parent
    loaded = load_corpus(root / "eval" / "corpora" / "studio-glossary")
    return [t for e in loaded.entries for t in (e.title, *e.aliases, e.body)]


def test_the_croatian_studio_glossary_is_read_as_serbo_croatian_in_latin_letters() -> None:
    from rag_glossary.coverage.glossary_language import corpus_language
    from rag_glossary.parsing import parse_text
    from rag_glossary.ukrainian_latin import written_in_latin

    assert corpus_language(parse_text(STUDIO, "s", file="s.ts")) == "sr"
    assert written_in_latin(_studio_texts(), "sr")
    assert not written_in_latin(["Шта је курсор? Курсор је знак који показује где се пише."], "sr")
    # a language whose lists hold no Latin words never is: English text beside Ukrainian
    assert not written_in_latin(["a cursor is a sign", "що це курсор"], "uk")


def test_a_latin_question_over_a_latin_glossary_is_read_as_typed() -> None:
    from rag_glossary.ukrainian_latin import UkrainianLatin

    # round 57 read every Latin question over a Serbian glossary in Cyrillic, and a
    # Croatian glossary's own words ("slusalicama", "kasnjenje") were lost
    reader = UkrainianLatin.of(_studio_texts(), "sr")
    question = "kad sviram gitaru kroz laptop cujem se u slusalicama malo zakasnjelo"
    assert reader.read(question) == question


def test_refusals_over_a_latin_glossary_are_in_latin_letters() -> None:
    from rag_glossary.answer.phrases import phrases, text_language, written

    assert written("sr", _studio_texts()) == "sr-Latn"
    assert written("sr", ["Курсор је знак који показује где се пише."]) == "sr"
    assert written("de", ["Der Cursor ist ein Zeichen."]) == "de"  # no Latin set of its own
    assert written(None, ["a cursor"]) is None
    said = phrases("sr-Latn")
    assert said.not_covered == "Pojmovnik ne odgovara na ovo pitanje"
    assert said.not_in.format(term="Haas efekt") == "Haas efekt nije u pojmovniku"
    definition = "Preamp je uređaj koji pojačava slab signal mikrofona na razinu za snimanje."
    assert text_language(definition * 3) == "sr-Latn"
