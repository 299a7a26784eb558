"""Glossaries filed in groups: a collection whose items are labelled groups of term pairs.

An app's glossary screen keeps its terms under their letters (Kotlin's ``val glossary =
listOf("A" to listOf("Address" to "...", "Albatros" to "..."), "B" to listOf(...))``, a
Swift ``["A": ["Address": "..."], "B": [...]]``, Go's ``map[string]map[string]string{"A":
{...}}``, a Ruby / PHP / JSON ``{"A" => {"Address" => "..."}}``) or under topics (``"Scores"
to mapOf(...)``). A person reads every group's terms and takes the labels for the index
they are: each pair is an entry, no label is one.

Groups are read so only when they are a glossary split up: two groups or more, every one
(nearly) all term pairs, and (nearly) no term in two groups: a table of one message per
language (``"en": {...}, "fr": {...}``) repeats its keys in every group and is no glossary.
The pairs together must still read as a glossary (the map readers' checks).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MIN_GROUPS = 2
_DISTINCT = 0.9  # share of all the groups' keys that are distinct


def distinct_groups(groups: Sequence[Sequence[str]]) -> bool:
    """Two groups or more whose keys (nearly) never repeat from group to group."""
    keys = [k.strip().casefold() for g in groups for k in g]
    return len(groups) >= MIN_GROUPS and bool(keys) and len(set(keys)) >= _DISTINCT * len(keys)


def string_groups(data: Any) -> list[tuple[Any, Mapping[Any, Any]]] | None:
    """(label, group) of a mapping of labels to mappings of strings (a data file's or a
    script literal's ``{"A": {"Address": "..."}, "B": {...}}``), else None."""
    if not isinstance(data, Mapping) or len(data) < MIN_GROUPS:
        return None
    groups = [(k, v) for k, v in data.items() if isinstance(v, Mapping) and v]
    if len(groups) != len(data):
        return None
    if not all(isinstance(x, str) for _, g in groups for x in g.values()):
        return None
    if not distinct_groups([[str(k) for k in g] for _, g in groups]):
        return None
    return groups
