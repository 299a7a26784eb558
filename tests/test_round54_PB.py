"""Round 54, lane PB: a PHP page file whose page is HTML kept in the code's strings
(php_strings.py): ``$content = '<dl><dt id="bar"><strong>Бар</strong></dt><dd>...</dl>';``.

The real file is eval/corpora/backgammon-glossary/backgammon-glossary.php (rekontra.net's
Bulgarian backgammon glossary: six single-quoted string assignments, one of them the
article's HTML); the small fixtures are written in its shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.bulgarian_stems import bulgarian_stem
from rag_glossary.coverage.glossary_language import corpus_language, question_forms
from rag_glossary.errors import CorpusError
from rag_glossary.language_stems import index_token
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus
from rag_glossary.parsing.dialects import parse_text
from rag_glossary.parsing.php_strings import string_page
from rag_glossary.ukrainian_latin import UkrainianLatin, sound_key

_BACKGAMMON = Path("eval/corpora/backgammon-glossary")

_PAGE = """<?php
$zaglavie='Речник на термините';
$class_rechnik= 'class="tuke"';
$action= '?s='.$s;
$blanka='
<p>Коментирайте речника!</p>
';
$glavnoto='
<h2>Урок 1: Речник</h2>
<p>Котви: <a href="#bar" >Бар</a> | <a href="#gemyn" >Гемън (gammon)</a></p>
 <dl>
  <dt id="bar" ><strong>Бар</strong></dt>
  <dd>Лентата, разделяща полето на две. Там се слагат битите пулове.<dt>
  <dt id="gemyn" ><strong>Гемън (gammon)</strong></dt>
  <dd>Марс. Дават се 2 точки.</dd>
  <dt id="shashka" ><strong>Шашка</strong></dt>
  <dd>1. Пул.</dd>
  <dd>2. Рядко използвани синоними: пешка, камък.</dd>
 </dl>
<h3>За добавяне</h3>
<ul><li>Капан.</li></ul>
<p>Вижте и правилата: \\'кратко\\'.</p>
';
?>
"""


def _by_id(entries: Sequence[Entry]) -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in entries}


def test_the_html_in_a_php_string_reads_as_a_page_with_the_dt_ids() -> None:
    entries = _by_id(parse_text(_PAGE, "g", file="g.php"))
    assert list(entries) == ["bar", "gemyn", "shashka"]
    assert entries["bar"].title == "Бар" and entries["bar"].line == 12
    # The stray <dt> closing the first definition is neither an entry nor in its body.
    assert entries["bar"].body == "Лентата, разделяща полето на две. Там се слагат битите пулове."
    assert entries["gemyn"].title == "Гемън (gammon)"
    assert {"Гемън", "gammon"} <= set(entries["gemyn"].aliases)
    assert entries["shashka"].body == "1. Пул.\n2. Рядко използвани синоними: пешка, камък."
    assert entries["gemyn"].line == 14 and entries["shashka"].line == 16


def test_strings_without_markup_are_no_page_text() -> None:
    page = string_page(_PAGE)
    assert "Речник на термините" not in page  # the title string has no tag
    assert 'class="tuke"' not in page and "?s=" not in page
    assert page.count("\n") == _PAGE.count("\n")  # lines hold
    assert "\\'" not in page and "'кратко'" in page  # single-quote escapes decoded


def test_double_quoted_strings_and_heredocs_drop_interpolated_variables() -> None:
    source = (
        '<?php\n$intro = "<p>$site glossary</p>";\n'
        "// $x = '<dl><dt>Commented</dt><dd>out</dd></dl>';\n"
        "$body = <<<HTML\n<dl>\n<dt id=\"epoch\">Epoch</dt><dd>One pass over {$data['set']} "
        'the training set.</dd>\n<dt id="bias">Bias</dt><dd>A systematic error, \\$5.</dd>\n'
        '<dt id="lr">Learning rate</dt><dd>The step size.\\nOf a "gradient" step.</dd>\n'
        "</dl>\nHTML;\necho $intro . $body;\n"
    )
    entries = _by_id(parse_text(source, "ml", file="ml.php"))
    assert list(entries) == ["epoch", "bias", "lr"]
    assert entries["epoch"].body == "One pass over the training set."
    assert entries["bias"].body == "A systematic error, $5."
    assert entries["lr"].body == 'The step size. Of a "gradient" step.'
    assert [e.line for e in entries.values()] == [5, 6, 7]
    assert "Commented" not in string_page(source)


def test_an_array_glossary_still_wins_over_markup_in_its_strings() -> None:
    source = (
        "<?php\n$dic = array(\n"
        '  "word" => "<p>a single unit of language</p>",\n'
        '  "book" => "<p>a written text</p>",\n'
        '  "car" => "<p>a road vehicle</p>",\n);\n'
    )
    entries = parse_text(source, "d", file="d.php")
    assert [e.title for e in entries] == ["word", "book", "car"]


def test_php_strings_whose_html_holds_no_terms_give_no_entries(tmp_path: Path) -> None:
    (tmp_path / "layout.php").write_text(
        '<?php\n$header = \'<div class="top"><a href="/">Home</a></div>\';\n'
        "$footer = '<p>(c) 2020</p>';\necho $header;\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match="the HTML in its strings has none"):
        load_corpus(tmp_path)


@pytest.fixture(scope="module")
def backgammon() -> dict[str, Entry]:
    return _by_id(load_corpus(_BACKGAMMON).entries)


def test_backgammon_reads_its_34_dt_terms_by_their_ids(backgammon: dict[str, Entry]) -> None:
    assert len(backgammon) == 34
    assert list(backgammon)[:3] == ["bar", "barabino", "begoniya"]
    assert list(backgammon)[-1] == "shashka"
    assert backgammon["myrtyv-pul"].title == "Мъртъв пул"
    assert backgammon["krosouvyr"].title == "Кросоувър (crossover)"
    assert "crossover" in backgammon["krosouvyr"].aliases
    assert backgammon["bar"].line == 63 and backgammon["shashka"].line == 150


def test_backgammon_bodies_keep_their_numbered_senses(backgammon: dict[str, Entry]) -> None:
    bekgemyn = backgammon["bekgemyn"].body.split("\n")
    assert [line[:2] for line in bekgemyn] == ["1.", "2.", "3.", "4."]
    assert "Синоними: кокс, марсилеза" in bekgemyn[2]
    assert backgammon["bar"].body.endswith("Там се слагат битите пулове.")
    assert "Месопотамия" in backgammon["tabla"].body
    assert backgammon["holding"].body == "Вижте Стратегия за задържане (холдинг)."
    # The page's intro, anchor list and "to be added" list are no entry's text.
    assert not any("Котви" in e.body or "Цукцванг" in e.body for e in backgammon.values())


# --- Phase 2: Bulgarian questions (question forms, stems, Latin letters, unit rescue) ---


def test_bulgarian_forms_and_stems(backgammon: dict[str, Entry]) -> None:
    assert corpus_language(list(backgammon.values())) == "bg"
    forms = question_forms()["bg"]
    assert "значение" in forms.meaning and "разликата" in forms.contrast
    assert "казва" in forms.called and "между" in forms.between
    # the article and the plural meet the entries' words (Табла, Мъртъв пул, Капия)
    assert index_token("таблата", "bg") == index_token("табла", "bg") == "табл"
    assert index_token("мъртвите", "bg") == index_token("мъртъв", "bg")
    assert index_token("капиите", "bg") == index_token("капия", "bg")
    assert index_token("пуловете", "bg") == index_token("пулове", "bg")
    assert bulgarian_stem("пул") == "пул"  # three letters: kept
    assert index_token("таблата", "ru") != "табл"  # Russian's stems are as before


def test_bulgarian_typed_in_latin_letters(backgammon: dict[str, Entry]) -> None:
    assert sound_key("zashto", "bg") == sound_key("защо", "bg")
    assert sound_key("myrtyv", "bg") == sound_key("мъртъв", "bg")
    reader = UkrainianLatin.of((t for e in backgammon.values() for t in (e.title, e.body)), "bg")
    assert reader.read("kakvo e barabino v tablata") == "какво е барабино в таблата"
    assert reader.read("zashto martvite pulove sa slabost") == "защо мъртвите пулове са слабост"
    assert reader.read("what is a blot") == "what is a blot"  # English stays
    # Ukrainian keys are as before
    assert sound_key("shcho") == sound_key("що")


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("какво е суджук в таблата", "sudzhuk"),
        ("пипаж значение", "pipazh"),
        ("zashto martvite pulove sa slabost", "myrtyv-pul"),
        ("хипергемън какво е", None),  # a name the glossary lacks: no unit rescues it
        ("какво е контейнмънт в таблата", None),
    ],
)
def test_bulgarian_questions(
    tmp_path_factory: pytest.TempPathFactory, question: str, cited: str | None
) -> None:
    answer = shared_assistant("backgammon-glossary", tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
    else:
        assert answer.covered and answer.citations[0] == f"backgammon-glossary#{cited}"
