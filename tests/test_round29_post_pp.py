"""Round 29 post-fix PP: what the parser lost or invented on the first blind batch (real
entries of eval/corpora photo-, audio- and bitcoin-glossary, and small fixtures of their
shapes).

- JSON: the largest mapping or list of ``{term, definition}`` records at any depth is the
  glossary (a next-intl catalogue's ``glossary`` -> ``entries``), not the page's interface
  strings beside it; a slug key of a record that has its own term is its anchor;
- Markdown bullets: a list whose every item opens with its bold term, as a sentence's
  subject or before a colon, reads both kinds; a table inside a term's bullet is pipe rows
  of that term's text (never entries of its own), and the text after it stays the term's;
- TOML front matter (``+++``) is skipped like YAML's; on a page of paragraphs opened by
  term lines, a paragraph before the first term is the page's title or banner (no entry)
  and one after a term continues it; a comma may stand in a term line;
- an inverted title its text says the other way round (``Fork, Hard``: "a hard fork")
  and a word with its clipped form (``Satoshi/Sat``) give aliases.
"""

from __future__ import annotations

import json

from answer_helpers import outside_corpus

from rag_glossary.parsing import parse_text
from rag_glossary.parsing.clean import front_matter
from rag_glossary.parsing.title_names import inverted_name, slashed_clips

P = "photo-glossary#"
A = "audio-basics#"
B = "bitcoin-glossary#"


# --- JSON: records at any depth ---------------------------------------------------------

_CATALOGUE = {
    "glossary": {
        "title": "Photography Glossary",
        "subtitle": "Searchable reference of photography terms. Click any term to see it.",
        "noResults": "No terms match your search.",
        "tryTool": "Try the {toolName}",
        "entries": {
            "aperture": {"term": "Aperture", "definition": "The opening in a lens."},
            "ev": {"term": "EV (Exposure Value)", "definition": "A number for exposure."},
        },
    }
}


def test_records_two_levels_down_in_a_mapping_are_the_glossary() -> None:
    entries = parse_text(json.dumps(_CATALOGUE, indent=2), "messages", "json")
    assert [e.id for e in entries] == ["messages#aperture", "messages#ev"]
    assert entries[1].title == "EV (Exposure Value)"
    assert "EV" in entries[1].aliases


def test_the_real_catalogue_reads_its_57_terms_and_no_interface_string() -> None:
    entries, _ = outside_corpus("photo-glossary")
    assert len(entries) == 57
    assert entries[f"{P}ev"].title == "EV (Exposure Value)"
    assert entries[f"{P}bokeh"].body.startswith("The aesthetic quality of out-of-focus areas")
    titles = {e.title for e in entries.values()}
    assert not titles & {"title", "subtitle", "tryTool", "Photography Glossary"}


def test_a_list_of_records_deeper_down_is_found_too() -> None:
    data = {"page": {"heading": "Terms", "body": {"items": [
        {"term": "Alpha", "definition": "The first letter of the Greek alphabet."},
        {"term": "Beta", "definition": "The second letter of the Greek alphabet."},
    ]}}}  # fmt: skip
    entries = parse_text(json.dumps(data), "greek", "json")
    assert [e.title for e in entries] == ["Alpha", "Beta"]


# --- Markdown bullets: sentence-style terms, tables inside a bullet ---------------------

_BULLETS = """\
Let us recap:

- **Phase** of sound is measured in degrees from 0 (zero), over 90
  (maximum positive), 180 (zero), 270 (maximum negative), to 360 (zero).

- **Full Scale**: In audio there are multiple absolute units:

  Unit   | Meaning
  ------ | ----------------------------------------
  dB FS  | Decibel relative to Full Scale
  LKFS   | Loudness K-weighted relative to Full Scale

  The relation of the absolute units is `db FS ~~ LKFS`.

- **Loudness Target** differs between organizations:

  Organization                 | Loudness Target
  ---------------------------- | ---------------
  Spotify:                     | -14 LUFS i
  Netflix (Dialog):            | -27 LUFS i
"""


def test_bold_subject_bullets_beside_colon_bullets_are_entries() -> None:
    entries = {e.id: e for e in parse_text(_BULLETS, "audio", "md-terms")}
    assert list(entries) == ["audio#phase", "audio#full-scale", "audio#loudness-target"]
    assert entries["audio#phase"].body.startswith("Phase of sound is measured in degrees")


def test_a_table_inside_a_bullet_is_pipe_rows_of_its_term() -> None:
    entries = {e.id: e for e in parse_text(_BULLETS, "audio", "md-terms")}
    scale = entries["audio#full-scale"].body
    assert "| LKFS | Loudness K-weighted relative to Full Scale |" in scale
    assert scale.endswith("The relation of the absolute units is `db FS ~~ LKFS`.")
    assert "| Spotify: | -14 LUFS i |" in entries["audio#loudness-target"].body
    assert "audio#spotify" not in entries and "audio#lkfs" not in entries


def test_the_real_page_keeps_every_bold_bullet_and_no_row_entry() -> None:
    entries, _ = outside_corpus("audio-glossary")
    assert len(entries) == 36  # 23 top-level bullets, 13 nested
    for name in ("sound", "phase", "speed", "polarity", "lufs", "audio-clipping"):
        assert entries[f"{A}{name}"].body
    assert "speed of light" in entries[f"{A}speed"].body  # its second paragraph
    assert "| Spotify: | -14 LUFS i |" in entries[f"{A}loudness-target"].body
    assert "try to reach -18 LUFS s" in entries[f"{A}loudness-target"].body
    assert "6.02 dB" in entries[f"{A}human-way-of-hearing"].body
    assert not {f"{A}spotify", f"{A}1--10", f"{A}breathing", f"{A}lufs-s--stl"} & set(entries)
    assert "Loudness Target" not in entries[f"{A}loudness-gain-volume"].body


# --- Hugo page: TOML front matter, banner, inverted and slashed titles ------------------


def test_toml_front_matter_is_skipped_and_its_title_read() -> None:
    meta = front_matter(["+++", "date = '2025-03-06'", "title = 'Glossary'", "+++", "x"])
    assert meta.end == 4
    assert meta.fields["title"] == "Glossary"


_PAGE = """\
+++
title = 'Glossary'
+++

<h1>
  Glossary of Bitcoin Terms
</h1>

<h2>
  Here are many words and phrases you'll hear in the world of Bitcoin, and what they mean.
</h2>

<details>
  <summary>
    <h3 id="hard-fork">
      Fork, Hard
    </h3>
  </summary>
  A hard fork is a change to Bitcoin's protocol that old nodes reject.
</details>

<details>
  <summary>
    <h3 id="satoshi">
      Satoshi/Sat
    </h3>
  </summary>
  A satoshi, or just "sat", is the smallest unit of bitcoin.
</details>

<details>
  <summary>
    <h3 id="mempool">
      Mempool
    </h3>
  </summary>
  The mempool is a list of pending on-chain transactions.
</details>
"""


def test_banner_and_front_matter_of_a_term_page_are_no_entries() -> None:
    entries = parse_text(_PAGE, "btc")
    assert [e.title for e in entries] == ["Fork, Hard", "Satoshi/Sat", "Mempool"]
    assert entries[0].body.startswith("A hard fork is")  # the title not repeated
    assert "Hard Fork" in entries[0].aliases
    assert {"Satoshi", "Sat"} <= set(entries[1].aliases)


def test_the_real_page_has_its_59_terms_only() -> None:
    entries, _ = outside_corpus("bitcoin-glossary")
    assert len(entries) == 59
    assert f"{B}entry" not in entries and f"{B}glossary-of-bitcoin-terms" not in entries
    assert entries[f"{B}fork-hard"].body.startswith("A hard fork is a change")
    assert entries[f"{B}dont-trust-verify"].body.startswith('"Don\'t Trust, Verify" is')
    assert "Soft Fork" in entries[f"{B}fork-soft"].aliases
    assert "Sat" in entries[f"{B}satoshisat"].aliases


def test_inverted_and_slashed_names_need_their_evidence() -> None:
    assert inverted_name("Fork, Hard", "A hard fork is ...") == ["Hard Fork"]
    assert inverted_name("Precision, recall", "Precision and recall are ...") == []
    assert inverted_name("Don't Trust, Verify", "Don't trust, verify.") == []
    assert slashed_clips("Satoshi/Sat") == ["Satoshi", "Sat"]
    assert slashed_clips("TCP/IP") == [] and slashed_clips("Input/Output") == []
