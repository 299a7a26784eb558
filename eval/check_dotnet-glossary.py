"""Static checks of eval/corpora/dotnet-glossary/questions.jsonl (blind, round 45).

Run from the worktree root: ``python eval/check_dotnet-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one docfx Markdown page in **Russian** (``dotnet-glossary.md``,
vsnedro/docs.ru-ru's ``docs/standard/glossary.md``, the Russian (HT, human-reviewed)
localisation of Microsoft's ".NET Glossary", November 2020, CC BY 4.0): YAML front matter
with ``ms.*`` localisation keys, a ``#`` title, then 37 ``## <a name="slug"></a>Title``
terms (an HTML anchor with the English slug glued before a Russian or English title),
acronym titles whose expansion is the first body line ("IL" / "Промежуточный язык."),
in-page ``(#slug)`` links, relative ``../core/...`` links, bullets, ``&mdash;`` entities and
a closing "См. также" section. The questions are in Russian, typed as Russian users do
(lower case, missing "?", a few typos, English terms and slang: "прога", "дотнет").

Russian inflects, and the negative-term check matches whole words: every negative lists the
inflected forms of its key words and their English names and abbreviations.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dotnet-glossary"
N = "dotnet-glossary-"
# The key term(s) of each negative, lower case, Russian forms (inflected) and English names
# with usual abbreviations: none may occur in the glossary file (whole words,
# case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Сборка мусора, CLR,
    # IL / JIT, ASP.NET Core, библиотека / BCL, сборка)
    f"{N}023": [
        "упаковка",
        "упаковки",
        "упаковку",
        "упаковкой",
        "распаковка",
        "распаковки",
        "boxing",
        "unboxing",
        "куча",
        "куче",
        "кучу",
        "кучи",
        "heap",
    ],
    f"{N}024": [
        "async",
        "await",
        "асинхронный",
        "асинхронного",
        "асинхронные",
        "асинхронность",
        "асинхронно",
        "task",
        "задача",
        "задачи",
        "блокирует",
        "блокировать",
    ],
    f"{N}025": [
        "linq",
        "запрос",
        "запроса",
        "запросы",
        "запросов",
        "sql",
        "where",
        "orderby",
    ],
    f"{N}026": [
        "внедрение",
        "внедрения",
        "внедрением",
        "dependency",
        "injection",
        "di",
        "ioc",
        "контейнер",
        "контейнера",
        "контроллер",
        "контроллера",
        "конструктор",
        "конструктора",
    ],
    f"{N}027": [
        "generic",
        "generics",
        "обобщение",
        "обобщения",
        "обобщенный",
        "обобщённый",
        "обобщенные",
        "обобщённые",
        "шаблон",
        "шаблоны",
        "list",
    ],
    f"{N}028": [
        "middleware",
        "конвейер",
        "конвейера",
        "конвейере",
        "конвеер",
        "pipeline",
        "http",
    ],
    f"{N}029": [
        "p/invoke",
        "pinvoke",
        "dllimport",
        "interop",
        "взаимодействие",
        "нативный",
        "нативной",
        "нативного",
        "нативные",
        "неуправляемый",
        "неуправляемого",
        "неуправляемый код",
    ],
    f"{N}030": [
        "поколение",
        "поколения",
        "поколений",
        "generation",
        "generations",
        "gen0",
        "gen1",
        "gen2",
    ],
    f"{N}031": [
        "null",
        "nullable",
        "допускающие",
        "допускающий",
        "значение null",
    ],
    # named; several share a word with a title: ASP.NET MVC (ASP.NET), .NET MAUI (.NET),
    # многоуровневая компиляция (JIT / AOT's "компиляция"), глобальный кэш сборок (сборка),
    # ReadyToRun (NGEN / AOT), Roslyn (IL), WinUI (UWP), Blazor and Kestrel (ASP.NET Core)
    f"{N}032": ["blazor", "webassembly", "wasm"],
    f"{N}033": ["mvc", "model-view-controller", "модель-представление-контроллер"],
    f"{N}034": ["maui", "xamarin.forms", "multi-platform app ui"],
    f"{N}035": ["readytorun", "ready to run", "r2r", "crossgen"],
    f"{N}036": ["roslyn", "csc", "csc.exe"],
    f"{N}037": [
        "многоуровневая",
        "многоуровневой",
        "многоуровневую",
        "tiered",
        "tiered compilation",
    ],
    f"{N}038": ["winui", "winui 3", "windows app sdk"],
    f"{N}039": [
        "gac",
        "global assembly cache",
        "кэш",
        "кэша",
        "кеш",
        "глобальный",
        "глобального",
    ],
    f"{N}040": ["kestrel", "веб-сервер", "веб-сервера", "iis"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
