"""Round 54 IX: code health.

The index's language (coverage/glossary_language.py ``corpus_language``, detected at build
time and stored in the manifest) is a freshness input: the manifest keeps the detection's
stamp (language_stamp.py: DETECTION_VERSION and a digest of the detection's data), and an
index detected by another rule or word list is stale and rebuilt, as one stemmed by an
older rule is (LEXICAL_VERSION). Round 52 needed an unrelated LEXICAL bump for it.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder

from rag_glossary import language_stamp, thai_text
from rag_glossary.coverage import glossary_language, thai_terms
from rag_glossary.coverage.glossary_language import comparison_forms
from rag_glossary.forms_data import listed_words
from rag_glossary.index import CURRENT, build_index, index_status, load_index
from rag_glossary.parsing import load_corpus
from rag_glossary.thai_text import split_thai, untoned

THAI_RUN = re.compile("[\u0e01-\u0e4f]+")

CORPORA = ROOT / "eval" / "corpora"


@pytest.fixture(autouse=True)
def _fresh_stamp() -> Iterator[None]:
    language_stamp.detection_stamp.cache_clear()
    yield
    language_stamp.detection_stamp.cache_clear()


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """stm-glossary: a German glossary of STM32 names (round 37's first non-English set)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA / "stm-glossary", corpus, ignore=shutil.ignore_patterns("q*.jsonl"))
    return corpus


# ---------------------------------------------------------------- the stamp


def test_the_stamp_reads_the_detection_fields_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = json.loads(language_stamp.FORMS.read_text(encoding="utf-8"))
    now = language_stamp.detection_stamp()
    assert now.startswith(f"{language_stamp.DETECTION_VERSION}-")
    copy = tmp_path / "question_forms.json"
    monkeypatch.setattr(language_stamp, "FORMS", copy)

    def stamp_with(edited: dict[str, object]) -> str:
        copy.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
        language_stamp.detection_stamp.cache_clear()
        return language_stamp.detection_stamp()

    # a question word more is no detection input
    asked = json.loads(json.dumps(forms))
    asked["de"]["question"] = [*asked["de"]["question"], "wieso"]
    assert stamp_with(asked) == now
    # a function word more, a letter more, or a language read for comparisons only is
    for field, value in [
        ("more_function_words", ["zumal"]),
        ("letters", "ß"),
        ("comparisons_only", True),
    ]:
        edited = json.loads(json.dumps(forms))
        edited["de"][field] = value
        assert stamp_with(edited) != now, field


# ---------------------------------------------------------------- the index


def test_an_index_detected_by_an_older_rule_is_stale_and_rebuilt(
    german: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "idx"
    # as an older detection read it: no language's function words stand out enough
    with monkeypatch.context() as older:
        older.setattr(glossary_language, "MIN_FUNCTION_SHARE", 0.99)
        older.setattr(language_stamp, "DETECTION_VERSION", 0)
        build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]
        assert index_status(german, index).state == "ok"
        assert load_index(index).manifest.language is None
    language_stamp.detection_stamp.cache_clear()
    status = index_status(german, index)
    assert status.state == "stale"
    assert status.reason == "its language was detected by an older rule or word list"
    report = build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]
    assert report.built and report.reused == report.n_chunks  # the vectors are kept
    manifest = load_index(index).manifest
    assert manifest.language == "de"
    assert manifest.language_stamp == language_stamp.detection_stamp()
    assert index_status(german, index).state == "ok"


def test_an_index_read_with_other_detection_data_is_stale(
    german: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "idx"
    build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]
    assert index_status(german, index).state == "ok"
    forms = json.loads(language_stamp.FORMS.read_text(encoding="utf-8"))
    forms["de"]["more_function_words"] = [*forms["de"].get("more_function_words", ()), "zumal"]
    copy = tmp_path / "question_forms.json"
    copy.write_text(json.dumps(forms, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(language_stamp, "FORMS", copy)
    language_stamp.detection_stamp.cache_clear()
    assert index_status(german, index).state == "stale"
    build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]
    assert index_status(german, index).state == "ok"


def test_an_index_built_before_the_stamp_was_kept_is_stale(
    german: Path, tmp_path: Path, fake_encoder: FakeEncoder
) -> None:
    index = tmp_path / "idx"
    build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]
    generation = index / (index / CURRENT).read_text().strip()
    manifest = json.loads((generation / "manifest.json").read_text())
    assert manifest["language"] == "de"
    del manifest["language_stamp"]  # as an index written before round 54 has it
    (generation / "manifest.json").write_text(json.dumps(manifest))
    assert index_status(german, index).state == "stale"


def test_the_query_path_reads_no_corpus_for_the_stamp(
    german: Path, tmp_path: Path, fake_encoder: FakeEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """index_status compares the stamp: it never detects the language again."""
    index = tmp_path / "idx"
    build_index(german, index, encoder=fake_encoder)  # type: ignore[arg-type]

    def no_detection(*_: object) -> None:
        raise AssertionError("the language was detected on the query path")

    monkeypatch.setattr(glossary_language, "corpus_language", no_detection)
    monkeypatch.setattr(glossary_language, "glossary_language", no_detection)
    assert index_status(german, index).state == "ok"


# ---------------------------------------------------------------- Thai words, one source

# what thai_text.py and coverage/thai_terms.py wrote in code before round 54: the data
# (question_forms.json "th": asking, and, or, versus, asked_after) must read the same
_OLD_ASKING = re.compile(
    "คืออะไร|แปลวาอะไร|เรียกวาอะไร|หมายถึงอะไร|หมายความวาอะไร|ยอมาจากอะไร|ยอมาจาก"
    "|ตางกันยังไง|ตางกันอยางไร|ตางกันตรงไหน|อะไร|อยางไร|ยังไง|ตรงไหน|เทาไหร|เทาไร"
    "|ครับ|ไหม|มัย"
)
_OLD_JOINS = {"กับ": "and", "และ": "and", "หรือ": "or", "เทียบกับ": "vs"}
_OLD_ASKED_AFTER = re.compile("^(?:คืออะไร|คือ|แปลว่า|หมายถึง|ย่อมาจาก)")
QUANTFIN = CORPORA / "quantfin-glossary"


def _quantfin_texts() -> list[str]:
    entries = load_corpus(QUANTFIN).entries
    questions = [
        json.loads(line)["question"]
        for line in (QUANTFIN / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [*(f"{e.title} {' '.join(e.aliases)} {e.body}" for e in entries), *questions]


def test_thai_asking_from_the_data_cuts_the_runs_as_the_code_did() -> None:
    assert set(thai_text.thai_asking().pattern.split("|")) == set(_OLD_ASKING.pattern.split("|"))
    texts = _quantfin_texts()
    assert len(texts) > 70
    for text in texts:
        old = [p for r in THAI_RUN.findall(untoned(text)) for p in _OLD_ASKING.split(r) if p]
        assert thai_text.thai_runs(text) == old


def test_thai_joins_and_asking_after_a_name_come_from_the_data() -> None:
    assert dict(thai_terms._joins()) == _OLD_JOINS
    # LanguageForms merges "and" and "or"; the raw lists keep them apart
    assert comparison_forms()["th"].joins == {"กับ", "และ", "หรือ"}
    assert listed_words("th", "or") == ("หรือ",)
    for text in _quantfin_texts():
        for at in range(len(text)):
            rest = text[at:]
            assert bool(thai_terms._asked_after().match(rest)) == bool(_OLD_ASKED_AFTER.match(rest))
        assert thai_terms.latin_names(text) == _old_latin_names(text)


def _old_latin_names(question: str) -> tuple[str, str | None]:
    out: list[str] = []
    asked: str | None = None
    pieces = split_thai(question)
    for at, (is_thai, piece) in enumerate(pieces):
        text = " ".join(piece.split())
        if not is_thai:
            out.append(text)
            nxt = pieces[at + 1][1] if at + 1 < len(pieces) else ""
            if re.search("[A-Za-z][A-Za-z]", text) and _OLD_ASKED_AFTER.match(nxt):
                asked = text
        elif text in _OLD_JOINS and out and out[-1] and at + 1 < len(pieces):
            out.append(_OLD_JOINS[text])
    return " ".join(" ".join(out).split()), asked
