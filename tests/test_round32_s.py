"""Round 32, lane S: a search's CPU, with output identical.

The lookup's scans of every name became lookups in tables built per index, the pure
functions of a word or a text got bounded caches keyed by that text, patterns built
from names are compiled once, and a server's query session runs on one thread. Each
test checks the faster path against the scan it replaced, on the shipped corpus's
entries, and that nothing cached for one index is read for another.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import cache

import numpy as np
import pytest
from rapidfuzz.distance import OSA

from rag_glossary.answer import names as answer_names
from rag_glossary.calibration import DEPTH, standout, unit_standout
from rag_glossary.config import default_corpus_dir
from rag_glossary.coverage import hyphens, phrases, ranked_words, scaffolding, text_lookup
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.name_lookup import _clips_into
from rag_glossary.coverage.names import spells
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.slips import MIN_SLIP_LEN, suffixed
from rag_glossary.coverage.title_forms import _one_slip_apart
from rag_glossary.embedding.query import QUERY_THREADS, SERVER_QUERY_THREADS, _session_options
from rag_glossary.everyday import _text_support, everyday_words
from rag_glossary.lazy_re import cached_regex
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus


@cache
def _entries() -> tuple[Entry, ...]:
    return tuple(load_corpus(default_corpus_dir()).entries)


@cache
def _index() -> CoverageIndex:
    return CoverageIndex(_entries())


# ---------------------------------------------------------------- the scans replaced


def _scan_clipped(idx: CoverageIndex, key: tuple[str, ...]) -> tuple[int, ...]:
    found: set[int] = set()
    for name, where in idx._names.items():
        if len(key) <= len(name) <= len(key) + 1 and _clips_into(key, name):
            found.update(where)
    return tuple(sorted(found))


def _scan_inverted(idx: CoverageIndex, key: tuple[str, ...]) -> tuple[int, ...]:
    found: set[int] = set()
    for name, where in idx._names.items():
        bracketed = any("(" in idx.entries[i].title for i in where)
        if len(name) == len(key) and bracketed and _one_slip_apart(key, name):
            found.update(where)
    return tuple(sorted(found)) if len(found) == 1 else ()


def _scan_slip(idx: CoverageIndex, key: tuple[str, ...]) -> tuple[int, ...]:
    found: set[int] = set()
    for at, word in enumerate(key):
        if len(word) < MIN_SLIP_LEN or word in idx._doc_freq or word in everyday_words():
            continue
        for name, where in idx._names.items():
            if len(name) != len(key) or name[:at] + name[at + 1 :] != key[:at] + key[at + 1 :]:
                continue
            if OSA.distance(word, name[at]) == 1 and not suffixed(word, name[at]):
                found.update(where)
    return tuple(sorted(found)) if len(found) == 1 else ()


def _scan_spelled(idx: CoverageIndex, acronym: str) -> tuple[int, ...]:
    known = {*idx._doc_freq, *everyday_words()}
    return tuple(
        i
        for i, names in enumerate(idx._entry_names)
        if any(len(name) >= 2 and spells(acronym, name, known) for name in names)
    )


def _variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name, each word clipped to four letters, one slip (a swap), reversed."""
    out = [key, key[::-1]]
    for at, w in enumerate(key):
        out.append((*key[:at], w[:4], *key[at + 1 :]))
        if len(w) >= 4:
            out.append((*key[:at], w[0] + w[2] + w[1] + w[3:], *key[at + 1 :]))
    return out


def test_name_tables_find_what_a_scan_of_every_name_finds() -> None:
    """ "mark chain" (Markov Chain clipped), "chain markov", "makrov chain": every name of
    the shipped corpus of two words or more, varied, finds the same entries as before."""
    idx = _index()
    keys = [k for k in idx._names if len(k) >= 2]
    assert len(keys) > 200
    checked = 0
    for name in keys:
        for key in _variants(name):
            assert idx._clipped(key) == _scan_clipped(idx, key), key
            assert idx._inverted_title(key) == _scan_inverted(idx, key), key
            assert idx._one_word_slip(key) == _scan_slip(idx, key), key
            checked += 1
    assert checked > 1000
    # a real clipping and a real bracketed title are still found
    assert "Machine Learning" in {idx.entries[i].title for i in idx._clipped(("mach", "learning"))}
    inverted = idx._inverted_title(("ml", "learning", "machine"))
    assert [idx.entries[i].title for i in inverted] == ["Machine Learning (ML)"]


def test_acronyms_are_spelled_by_the_same_entries() -> None:
    """Only entries with a name opening on the acronym's first letter can spell it: those
    the table lists give what a scan of every entry gives."""
    idx = _index()
    known = text_lookup_known(idx)
    for acronym in ("mae", "mcmc", "mdp", "mape", "lstm", "rnn", "gan", "mrf", "xyz"):
        listed = idx._initial_entries.get(acronym[0], ())
        assert list(listed) == sorted(listed)
        found = tuple(
            i
            for i in listed
            if any(len(n) >= 2 and spells(acronym, n, known) for n in idx._entry_names[i])
        )
        assert found == _scan_spelled(idx, acronym), acronym
    assert _scan_spelled(idx, "mdp")  # Markov Decision Process


def text_lookup_known(idx: CoverageIndex) -> set[str]:
    return {*idx._doc_freq, *everyday_words()}


# ---------------------------------------------------------------- one index, then another


def test_a_second_index_has_its_own_tables() -> None:
    """A rebuilt index without the Machine Learning entries finds no "mach learning";
    the first index, asked again after it, still does (nothing of one is kept for the
    other)."""
    full = _index()
    clipped = ("mach", "learning")
    rebuilt = CoverageIndex([e for e in _entries() if "machine" not in e.title.lower()])
    assert rebuilt._clipped(clipped) == ()
    assert rebuilt._inverted_title(("ml", "learning", "machine")) == ()
    assert "machine" not in rebuilt._names_by_word
    assert full._clipped(clipped) == _scan_clipped(full, clipped) != ()
    for key in [k for k in rebuilt._names if len(k) >= 2][:200]:
        assert rebuilt._clipped(key) == _scan_clipped(rebuilt, key)


def test_hyphen_patterns_follow_the_index_table() -> None:
    """The compiled patterns are keyed by the name table itself: two indexes' tables
    hyphenate their own names only."""
    one = (("just", "in", "time"),)
    other = (("end", "to", "end"),)
    assert hyphens.hyphenated("just in time stock", one) == "just-in-time stock"
    assert hyphens.hyphenated("just in time stock", other) == "just in time stock"
    assert hyphens.hyphenated("an end to end test", other) == "an end-to-end test"
    assert hyphens.hyphenated("an end to end test", one) == "an end to end test"


def _only_in_names_before(word: str, entry: Entry) -> bool:
    if word in phrase_key(words(entry.title)) or word not in everyday_words():
        return False
    head = word[:1].upper()
    if head + word[1:2] not in entry.body and head + word[1:2].upper() not in entry.body:
        return False
    tokens = list(text_lookup._TOKEN.finditer(entry.body))
    said = [at for at, t in enumerate(tokens) if text_lookup._says(t.group().lower(), word)]
    return bool(said) and all(text_lookup._in_name(tokens, at, entry.body) for at in said)


def test_text_keyed_caches_read_a_changed_entry_afresh() -> None:
    """A verdict cached for an entry's body is keyed by the body: the same entry with a
    new body (a rebuilt index) is judged on the new one, and on the old one again after."""
    entry = next(e for e in _entries() if e.title == "Markov Chain")
    named = replace(entry, body="Read the Open Data FAQ of the DIY Drones Group.")
    plain = replace(entry, body="Open data are free to use. The group shares them.")
    verdicts = []
    for e in (named, plain, named, plain):
        for word in ("open", "data", "group", "chain"):
            verdicts.append(text_lookup._only_in_names(word, e))
            assert verdicts[-1] == _only_in_names_before(word, e), (word, e.body)
    assert any(verdicts) and not all(verdicts)
    assert _text_support(named.body) != _text_support(plain.body)
    for e in _entries()[:150]:
        for word in ("model", "data", "learning", "network", "state"):
            assert text_lookup._only_in_names(word, e) == _only_in_names_before(word, e)


def test_every_cache_is_bounded() -> None:
    caches = [
        phrases._word_key,
        phrases.strong_stem,
        scaffolding.strip_scaffolding,
        text_lookup._only_in_names_of,
        ranked_words.statements_said,
        hyphens._patterns,
        _text_support,
        cached_regex,
    ]
    for f in caches:
        maxsize = f.cache_info().maxsize  # type: ignore[attr-defined]
        assert maxsize is not None and 0 < maxsize <= 1 << 16, f


# ---------------------------------------------------------------- same values, less work


def test_unit_standout_reads_the_same_top() -> None:
    """Only the 2 * DEPTH + 1 best entries go to standout, ties in entry order: the same
    z as a dict of every entry."""
    from rag_glossary.unit_vectors import UnitVectors

    rng = np.random.default_rng(7)
    n, d = 400, 16
    entry_vectors = rng.normal(size=(n, d)).astype(np.float32)
    entry_vectors /= np.linalg.norm(entry_vectors, axis=1, keepdims=True)
    unit_entry = np.repeat(np.arange(n), 3)[: 3 * n - 50]
    vectors = np.round(rng.normal(size=(len(unit_entry), d)), 1).astype(np.float16)  # ties
    keys = tuple(str(k) for k in range(len(unit_entry)))
    units = UnitVectors(unit_entry.astype(np.int32), keys, vectors)
    groups = np.arange(n) // 2
    for _ in range(5):
        query = rng.normal(size=d).astype(np.float32)
        top, z = unit_standout(query, units, entry_vectors, groups)
        cos = units.vectors.astype(np.float32) @ query
        best = np.full(n, -np.inf, dtype=np.float32)
        np.maximum.at(best, units.entry, cos)
        found = np.flatnonzero(np.isfinite(best))
        every = {int(i): float(best[i]) for i in found}
        assert len(every) > 2 * DEPTH + 1
        assert z == standout(every, entry_vectors, groups)
        assert top == int(found[np.argmax(best[found])])


def _mentions_before(text: str, name: str) -> bool:
    name_core = answer_names.core(name)
    if not name_core:
        return False
    text_core = answer_names.core(text)
    one_word = len(name_core.split()) == 1
    also = answer_names.qualifier(name)
    if one_word and also and answer_names.core(also) not in text_core:
        return False
    if re.search(rf"(?<![a-z0-9]){re.escape(name_core)}(?:es?|s|e?d|ing)?(?![a-z0-9])", text_core):
        return True
    short = answer_names.TRAILING_KIND.sub("", name_core)
    opens = re.match(rf"(?:(?:a|an|the)\s+)?{re.escape(short)}\b", text_core)
    return short != name_core and opens is not None


def test_mentions_skips_only_texts_without_the_name() -> None:
    """The pattern is tried only when the text holds the name's words as written; every
    entry's opening against every title of the next entries gives the same verdicts."""
    entries = _entries()[:120]
    verdicts = []
    for e in entries:
        opening = e.body[:200]
        for other in entries[:40]:
            verdicts.append(answer_names.mentions(opening, other.title))
            assert verdicts[-1] == _mentions_before(opening, other.title), (e.id, other.title)
    assert any(verdicts) and not all(verdicts)


# ---------------------------------------------------------------- the query encoder


def test_a_servers_search_session_runs_on_one_thread() -> None:
    """A server's query session: one intra-op thread (its requests run side by side); one
    query alone: QUERY_THREADS; documents: one a core, at most two."""
    pytest.importorskip("onnxruntime")
    assert SERVER_QUERY_THREADS == 1
    assert _session_options(SERVER_QUERY_THREADS).intra_op_num_threads == 1
    assert _session_options(QUERY_THREADS).intra_op_num_threads == QUERY_THREADS
    assert _session_options().intra_op_num_threads == min(2, os.cpu_count() or 1)


def test_words_without_a_slash_are_read_as_before() -> None:
    for text in ("A/B testing", "what is a/b", "plain words here", "x/y/z and u/v"):
        said = [
            w.lower() for w in phrases._WORD.findall(phrases._SLASHED_LETTERS.sub(r"\1\2", text))
        ]
        assert words(text) == said
    assert phrase_key(["optimisation", "models"]) == ("optimization", "model")
