"""Static checks of eval/corpora/stm-glossary/questions.jsonl (blind, round 37).

Run from the worktree root: ``python eval/check_stm-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one TOML data file of a Hugo site (``glossary.toml``,
STM32-Guru-Lab/fonsclarus-engineering's ``data/glossary.toml`` at commit d720fe0, hover
tooltips for a German STM32 / embedded-firmware blog): four ``#`` comment lines, then 33
tables ``[GPIO]`` / ``["Slew Rate"]`` (quoted keys when the name has a space or hyphen), each
with ``label = "..."`` and a one-line ``definition = "..."`` in German, most of the form
"English expansion — German definition".

Written blind while round 36's parser read no file from the folder: ``.toml`` is not in
``GLOSSARY_SUFFIXES``, so ``rag-glossary entries`` exits 2 ("no glossary files") and this
check stops there; the negative-term grep would also read no text (``corpus_files`` keeps
only GLOSSARY_SUFFIXES). The anchors are the shared corpus README's slug of each table's
``label`` (``Read-Modify-Write (RMW)`` -> ``read-modify-write-rmw``; the table key would give
``read-modify-write``; every other label equals its key); eval/corpora/stm-glossary/README.md
lists them and how the other checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "stm-glossary"
N = "stm-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (ISR's timer, Alternate Function's UART /
    # Literal Pool's flash, IDR, GPIO input, HSI / NOP, SRAM's stack and heap, ISR / Race
    # Condition / compiler optimisations, ISR / Critical Section, HAL / CMSIS) is in the glossary
    f"{N}023": ["watchdog", "iwdg", "wwdg", "watchdog timer"],
    f"{N}024": ["bootloader", "boot0", "dfu", "system memory", "programmer"],
    f"{N}025": ["entprellen", "prellen", "debounce", "debouncing", "bouncing", "entprellung"],
    f"{N}026": ["pull-up", "pullup", "pull-down", "pulldown", "widerstand", "floatet"],
    f"{N}027": [
        "stop",
        "standby",
        "sleep",
        "low-power",
        "stromsparmodus",
        "stromspar",
        "wfi",
        "wfe",
    ],
    f"{N}028": ["stack overflow", "stapelüberlauf", "stack-overflow", "stack smashing"],
    f"{N}029": ["volatile"],
    f"{N}030": ["nvic", "priorität", "priority", "prioritäten", "preemption", "nested"],
    f"{N}031": ["swd", "jtag", "st-link", "serial wire", "debug", "debugger"],
    # named; several share a word with a title: constant folding (Constant Hoisting), baud rate
    # (Slew Rate), Cortex-M0 (Cortex-M4), function pointer (Alternate Function), memory pool
    # (Literal Pool); bit banding (MODE-Bits, BSRR), mutex, ground bounce (Ringing /
    # Overshoot), LSE (HSE)
    f"{N}032": ["constant folding", "konstantenfaltung", "folding"],
    f"{N}033": ["baud", "baudrate", "baud rate"],
    f"{N}034": ["cortex-m0", "cortex-m0+", "m0"],
    f"{N}035": ["bit-banding", "bit banding", "bitband", "bit-band"],
    f"{N}036": ["function pointer", "funktionszeiger", "funktionspointer"],
    f"{N}037": ["mutex", "semaphore", "semaphor"],
    f"{N}038": ["ground bounce", "masseprellen", "ground"],
    f"{N}039": ["lse", "lsi", "32.768", "low-speed", "32 khz"],
    f"{N}040": ["memory pool", "speicherpool", "malloc"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
