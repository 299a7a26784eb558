"""Round 37 lane P2 (parser): a DokuWiki glossary page and a MkDocs abbreviations snippet of
round 37's blind sets, and three more real files of the two families, under
tests/fixtures/formats/ (SOURCES.md says where from).

- abbreviation snippets (``*[KEY]: definition``) repeat one definition under every surface
  form of a word; keys whose definitions are the same text (spacing and case aside, and
  after the key's own leading expansion) are one entry, titled by the first key that is not
  an acronym, the other keys its aliases. Only there: in other glossaries two terms sharing a
  text are distinct terms ("Adagio" / "Lento": "Slow");
- a snippet key's leading expansion is an alias when the acronym spells it loosely too
  ("TAI: Transformative AI.", "RLHF: Reinforcement Learning from Human Feedback.");
- DokuWiki / MediaWiki headings (``===== Term =====``) are headings; a no-break space before
  a bold term's `` — `` separates; a wiki link half converted from an HTML anchor
  (``[[url#G">Gobo]]``, ``[[url|>direction]]``) keeps its target and its text.
"""

from __future__ import annotations

from pathlib import Path

from format_fixtures import by_title, fixture_entries

from rag_glossary.parsing import parse_text

# --- the DokuWiki page (scratch) ---------------------------------------------------------


def test_dokuwiki_bullets_all_read(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "scratch-glossary.txt")
    titles = by_title(entries)
    assert len(entries) == 55
    assert titles["answer"].body.startswith("A value which holds")  # "**answer**\xa0— A ..."
    assert "direction" in titles and ">direction" not in titles


def test_wiki_link_from_html_anchor(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "scratch-glossary.txt"))
    cat = titles["cratch cat"]
    assert '">' not in cat.body and cat.body.endswith("Gobo.")
    assert cat.see_also[-1].endswith("Scratch_Terms_Glossary#G")
    assert titles["control Block"].body.endswith("Trigger Block")


def test_dokuwiki_headings(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "instantpii-glossary.txt"))
    assert titles["Improvement Proposal"].aliases == ("IP",)
    assert titles["SEPG"].body == "See Software Engineering Process Group"
    assert titles["Standard"].body.startswith("It is really hard")


def test_mediawiki_headings() -> None:
    text = "== Glossary ==\n\n=== Mesa ===\nA '''flat''' hill.\n\n=== Butte ===\nA small mesa.\n"
    titles = by_title(parse_text(text, "geo"))
    assert titles["Mesa"].body == "A flat hill."
    assert titles["Butte"].body == "A small mesa."


def test_mediawiki_definition_lines() -> None:
    text = "== Glossary ==\n; Tor : A rocky peak.\n; Scree : Loose stones.\n; Col\n: A low pass.\n"
    titles = by_title(parse_text(text, "geo"))
    assert titles["Tor"].body == "A rocky peak."
    assert titles["Col"].body == "A low pass."


# --- abbreviation snippets (safety, datavault) ------------------------------------------


def test_keys_sharing_a_definition_are_one_entry(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "safety-abbreviations.md")
    titles = by_title(entries)
    assert len(entries) == 135  # 239 keys
    law = titles["Goodhart's law"]
    assert law.id == "safety-abbreviations#goodharts-law"
    assert {"Goodharts law", "Goodharting"} <= set(law.aliases)
    assert not any(e.id.startswith("safety-abbreviations#goodharts-law-") for e in entries)
    cot = titles["chain-of-thought"]  # "CoT" comes first: an acronym key titles no group
    assert {"CoT", "Chain-of-Thought prompting"} <= set(cot.aliases)


def test_leading_expansion_joins_and_names(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "safety-abbreviations.md"))
    assert {"ASI", "ASIs", "Artificial Superintelligence"} <= set(
        titles["Superintelligence"].aliases
    )
    assert "TAI" in titles["Transformative AI"].aliases
    assert titles["RLHF"].aliases == ("Reinforcement Learning from Human Feedback",)
    assert titles["RLAIF"].aliases == ("Reinforcement Learning from AI Feedback",)
    assert titles["ACDC"].aliases == ("Automatic Circuit DisCovery",)
    assert "RLCAI" in titles["Constitutional AI"].aliases


def test_different_definitions_stay_apart(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "safety-abbreviations.md")
    ids = {e.id.split("#")[1]: e for e in entries}
    assert ids["inner-alignment"].body.startswith("When a mesa optimizer ends up pursuing")
    assert "Inner Alignment" in ids["inner-misalignment"].aliases
    assert "polysemantic-neurons-1" in ids  # one key twice, two definitions


def test_plural_and_singular_keys(tmp_path: Path) -> None:
    titles = by_title(fixture_entries(tmp_path, "datavault-abbreviations.md"))
    assert set(titles["PITs"].aliases) == {"Point in Time", "PIT"}
    assert "PIT" not in titles
    assert titles["ETL"].aliases == ()  # "Extract, Load, Transform" spells ELT


def test_loose_expansion_only_in_snippets() -> None:
    """Elsewhere a title's expansion must be its initials (measured: 0 better, 3 worse)."""
    page = "# Terms\n\n## DWH\n\nData Warehouse. The central store.\n"
    assert by_title(parse_text(page, "dwh"))["DWH"].aliases == ()
    snippet = "*[DWH]: Data Warehouse. The central store.\n"
    assert by_title(parse_text(snippet, "dwh"))["DWH"].aliases == ("Data Warehouse",)
