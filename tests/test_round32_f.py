"""Round 32 lane F: ``### Term`` headings whose bodies carry bold label lines, in a page
read as ``md-terms`` (the shape of a data-warehouse project's "Glossary & Terminology"
page, which lost half its headings to entries named "Types", "Benefits", "Default").

- a heading that opens with its own definition paragraph, then a few bold labels
  (``**Types**:`` over ``- **Type 1**: ...``, ``**Benefits**: ...``, ``**vs X**: ...``), is
  the term; the labels, their lists (bold or plain ``- Name: text`` items) are its body,
  when most headings of its level read so; a heading whose intro leads into many bold
  terms stays a group of terms (cnc-glossary's ``## CNC Operation``);
- a bold list item whose label recurs through the file (``- **Retryable**: Yes`` under
  each error code) is a field of the term above it;
- a bold paragraph with no text over a list of bold terms labels the list;
- ``**CRUD**: Create, Read, Update, Delete``: the comma list is the acronym's expansion;
- ``**SELECT * **:`` (a space before the closing ``**``) still names a term.

The texts below have the page's shape with other words; the parse of every corpus on main
is unchanged by these rules (eval/parse_snapshot.py before and after).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text

ROOT = Path(__file__).resolve().parent.parent

PAGE = """# Glossary & Terminology

## Storage Terms

### Block Cache
Memory area holding recently read disk blocks so repeated reads skip the disk.

**Example**: a 4 GB cache in front of the table files.

### Compaction
Background job that merges small sorted files into larger ones.

**Example**: merging ten level-0 files into one level-1 file.

### Consistency Level (CL)
How many replicas must answer before a read or write counts as done.

**Levels**:
- **ONE**: a single replica answers
- **QUORUM**: a majority of replicas answer
- **ALL**: every replica answers

### Write-Ahead Log
Append-only file every change is written to before it reaches the tables.

**Benefits**: Crash recovery, replication feed.

### Bloom Filter
Probabilistic set that tells when a key is surely absent.

**Default**: 10 bits per key.

### Tombstone
Marker recording that a row was deleted.

**Example**: a delete writes a tombstone until compaction drops it.

### Encoding
Way values of a column are written to save space.

**Examples**:
- RLE: For long runs of one value
- Dictionary: For few distinct values
- Bit-packing: For small integers

### Hot Partition
Partition that receives far more traffic than the others.

**Problem**: One node saturates while others idle.
**Solution**: Add a random suffix to the partition key.

## Error Codes

**NO_QUORUM**: Too few replicas answered
- **Retryable**: Yes
- **Action**: Retry after replicas recover

**BAD_SCHEMA**: Column type does not match
- **Retryable**: No
- **Action**: Fix the schema

**DISK_FULL**: No space left for the write
- **Retryable**: Yes
- **Action**: Free space or add a node

## Summary

**Things to Remember**:
- **Snapshot Isolation**: Reads see one point in time
- **Read Repair**: Stale replicas fixed on read
"""


@cache
def _page() -> dict[str, Entry]:
    return {e.title: e for e in parse_text(PAGE, "store", "md-terms")}


def test_a_heading_with_its_definition_keeps_its_labels_and_their_lists() -> None:
    entries = _page()
    levels = entries["Consistency Level (CL)"]
    assert levels.body.startswith("How many replicas must answer")
    assert "Levels:" in levels.body
    assert "- QUORUM: a majority of replicas answer" in levels.body
    assert "CL" in levels.aliases
    assert "Benefits: Crash recovery" in entries["Write-Ahead Log"].body
    assert "Default: 10 bits per key." in entries["Bloom Filter"].body
    hot = entries["Hot Partition"]
    assert "Problem: One node saturates" in hot.body
    assert "Solution: Add a random suffix" in hot.body
    for label in ("Levels", "Benefits", "Default", "Problem", "Solution", "ONE", "QUORUM"):
        assert label not in entries


def test_a_plain_list_under_a_terms_label_is_its_body_not_terms() -> None:
    entries = _page()
    assert "- RLE: For long runs of one value" in entries["Encoding"].body
    for item in ("RLE", "Dictionary", "Bit-packing"):
        assert item not in entries


def test_a_label_recurring_in_bold_list_items_is_a_field_of_the_term_above() -> None:
    entries = _page()
    assert "- Retryable: Yes" in entries["NO_QUORUM"].body
    assert "- Action: Fix the schema" in entries["BAD_SCHEMA"].body
    assert "Retryable" not in entries and "Action" not in entries


def test_a_bold_label_with_no_text_over_a_list_of_terms_is_no_entry() -> None:
    entries = _page()
    assert "Things to Remember" not in entries
    assert entries["Read Repair"].body == "Stale replicas fixed on read"


def test_an_intro_paragraph_over_many_bold_terms_stays_a_group() -> None:
    text = """## Basics

### Machine Parts
Know the names of the parts before you start.

**Axis**: a direction the machine moves in.

**Collet**: a sleeve that grips the bit.

**Spindle**: the motor that turns the bit.

**Gantry**: the bridge that carries the spindle.

### Operations
These are run from the control software.

**Jog**: moving the machine by hand.

**Home**: moving to the end stops.

**Probe**: touching off the stock.

**Zero**: setting the origin.
"""
    titles = [e.title for e in parse_text(text, "cnc", "md-terms")]
    assert titles == ["Axis", "Collet", "Spindle", "Gantry", "Jog", "Home", "Probe", "Zero"]


def test_topic_headings_with_an_intro_over_a_few_bold_terms_stay_groups() -> None:
    """No label recurs under three headings: nothing shows the headings are terms."""
    text = """# Glossary

## Networking
Terms about moving packets between machines.

**Router**: forwards packets between networks.

**Switch**: forwards frames within one network.

## Storage
Terms about keeping data on disk.

**RAID**: several disks acting as one.

**SSD**: a drive with no moving parts.

## Security
Terms about keeping systems safe.

**Firewall**: filters traffic by rules.

**VPN**: an encrypted tunnel between networks.
"""
    titles = [e.title for e in parse_text(text, "topics", "md-terms")]
    assert titles == ["Router", "Switch", "RAID", "SSD", "Firewall", "VPN"]


def test_a_comma_list_of_one_word_a_letter_expands_an_acronym() -> None:
    text = """## Acronyms

**CRUD**: Create, Read, Update, Delete

**ACID**: Atomicity, Consistency, Isolation, Durability - transaction properties

**API**: Application Programming Interface

**GB**: Gigabyte
"""
    entries = {e.title: e for e in parse_text(text, "acr", "md-terms")}
    assert entries["CRUD"].aliases == ("Create, Read, Update, Delete",)
    assert entries["ACID"].aliases == ("Atomicity, Consistency, Isolation, Durability",)
    assert entries["API"].aliases == ("Application Programming Interface",)
    assert entries["GB"].aliases == ()


def test_a_space_before_the_closing_stars_still_names_the_term() -> None:
    text = """## Anti-Patterns

**SELECT * **:
```sql
SELECT * FROM sales;
```

**Functions on Keys**:
```sql
WHERE YEAR(day) = 2025
```
"""
    titles = [e.title for e in parse_text(text, "anti", "md-terms")]
    assert titles[0].startswith("SELECT")
    assert "Functions on Keys" in titles


@cache
def _corpus(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / name).entries}


def test_sub_terms_under_a_heading_term_stay_in_its_body_as_elsewhere() -> None:
    """The evidence for keeping ``Type 2`` in its heading's body: heading-per-term pages
    (pv-glossary, dl-glossary's ``## Layer`` over ``**Input Layer**``, ``**Hidden Layer**``)
    keep their bold sub-terms in the heading's entry."""
    entries = _corpus("pv-glossary")
    failure = entries["pv-glossary#vaccine-failure"]
    assert "Confirmed clinical vaccine failure" in failure.body
    assert not any(e.title == "Confirmed clinical vaccine failure" for e in entries.values())
    layers = _corpus("dl-glossary")
    assert "Hidden Layer" in layers["dl-glossary#layer"].body
    assert not any(e.title == "Hidden Layer" for e in layers.values())
