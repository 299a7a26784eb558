"""The extractive answer: the units of the entries that answer the question, each cited.

:func:`compose` picks the entry that answers (the retrieval rank, the term match and
how well its units cover the question's own words), merges the same term from other
sources (one statement, both citations), and takes its definition sentence plus the
units that answer what the question asks, in reading order; a list is shown as a
short list with its lead-in. A second entry comes in only when the question names
it (a comparison, an acronym with several meanings) or it answers question words
the first leaves open. :func:`render` turns the statements into text with markers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.question import Question, analyze
from rag_glossary.answer.segment import Unit, units
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.terms import normalize

MAX_ANSWER_WORDS = 70
DEFINE_WORDS = 60  # a definition answer grows sentence by sentence up to this
MAX_LIST_ITEMS = 5
MAX_LIST_WORDS = 60
SIDE_WORDS = 60  # each side of a comparison: one or two sentences
SHORT_DEFINITION = 20  # a definition shorter than this gets the next sentence (or its list)
CROSS_BLOCK_WORDS = 35  # a definition takes sentences from later paragraphs only while shorter
CLOSE_SCORE_RATIO = 0.6  # entries below this share of the best score never answer
COVER_WEIGHT = 0.7  # choosing the entry: how much its best unit's coverage counts
MIN_COVERAGE = 0.34  # share of the question's own words a unit must contain to be picked
SECOND_ENTRY_COVERAGE = 0.75
_WHY = re.compile(
    r"(?i)\b(because|since|due to|reason|so that|therefore|thus|as it|allows?|helps?|in order to"
    r"|benefits?|useful|important|purpose|advantages?|to (?:reduce|avoid|improve|speed))\b"
)
_CONTRAST = re.compile(r"(?i)\b(unlike|whereas|while|compared|instead|rather than|differ)")
_NEVER = re.compile(r"(?!)")
_CUES = {"why": _WHY, "compare": _CONTRAST, "number": re.compile(r"\d")}
_LABEL = re.compile(r"^[A-Z][\w-]*(?: [\w-]+)?:\s+(?=\S)")
_SUBJECTLESS = re.compile(r"^(Is|Are|Refers to|Describes|Means)\b")

Idf = Callable[[str], float]


@dataclass(frozen=True)
class Statement:
    """One sentence, or one list with its lead-in, and the ids that say it."""

    text: str
    ids: tuple[str, ...]
    items: tuple[str, ...] = ()
    order: tuple[int, int] = (0, 0)  # (entry rank, position) for reading order


@dataclass
class _Group:
    """An entry and the same term from other sources, with their merged units."""

    hits: list[Hit]
    units: list[tuple[Unit, list[str]]] = field(default_factory=list)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(h.id for h in self.hits)


def extractive_answer(
    hits: Sequence[Hit], question: str = "", idf: Idf | None = None
) -> tuple[str, tuple[str, ...]]:
    """The answer text and the cited ids in marker order."""
    registry = Registry(hits)
    return extractive_text(hits, registry, question, idf), tuple(registry.order)


def extractive_text(
    hits: Sequence[Hit], registry: Registry, question: str = "", idf: Idf | None = None
) -> str:
    return render(compose(question, hits, idf), registry)


def compose(question: str, hits: Sequence[Hit], idf: Idf | None = None) -> list[Statement]:
    """The statements of the answer, in the order they are printed."""
    q = analyze(question) if question.strip() else analyze(hits[0].title if hits else "x")
    weight = idf or (lambda _token: 1.0)
    if not hits:
        return []
    stub = _stub(q, hits)
    if stub is not None:
        return stub
    if (meanings := _acronym_meanings(q, hits)) is not None:
        return meanings
    if q.shape == "compare" and (both := _comparison(q, hits, weight)) is not None:
        return both
    main = _main_group(q, hits, weight)
    if main is None:
        names = ", ".join(h.title for h in hits[:3])
        return [Statement(f"The closest glossary entries ({names}) have no text to quote.", ())]
    statements = _answer_units(q, main, weight, rank=0)
    statements += _second_entry(q, hits, main, statements, weight)
    return statements


# ------------------------------------------------------------------ choosing entries


def _main_group(q: Question, hits: Sequence[Hit], idf: Idf) -> _Group | None:
    with_text = [h for h in hits if units(h.entry.body)]
    if not with_text:
        return None
    best = max(h.score for h in hits) or 1.0
    named = [h for h in with_text if _names_term(h, q.term)]
    if q.names_term and named:
        return _group(named[0], hits)
    candidates = [h for h in with_text if h.score >= CLOSE_SCORE_RATIO * best] or with_text[:1]

    def merit(hit: Hit) -> float:
        name = " ".join((hit.title, *hit.entry.aliases))
        cover = max((_coverage(q.focus, u, idf, name) for u in units(hit.entry.body)), default=0)
        return hit.score / best + COVER_WEIGHT * cover + 0.3 * hit.signals.get("term", 0.0)

    return _group(max(candidates, key=merit), hits)


def _group(main: Hit, hits: Sequence[Hit]) -> _Group:
    group = _Group([main] + [h for h in hits if h is not main and _same_term(main, h)])
    seen: dict[str, tuple[Unit, list[str]]] = {}
    for hit in group.hits:
        for unit in units(hit.entry.body):
            key = _key(unit.text)
            if unit.kind == "sentence" and key == _key(hit.title.rstrip("…")):
                continue  # an annotation's note that only repeats its title
            if key in seen:
                if hit.id not in seen[key][1]:
                    seen[key][1].append(hit.id)
            elif hit is main or not _near_duplicate(key, seen):
                seen[key] = (unit, [hit.id])
                group.units.append(seen[key])
    return group


def _same_term(a: Hit, b: Hit) -> bool:
    names_a = {_core(n) for n in (a.title, *a.entry.aliases)}
    names_b = {_core(n) for n in (b.title, *b.entry.aliases)}
    return bool(names_a & names_b - {""}) and bool(units(b.entry.body) or not b.entry.body)


def _core(name: str) -> str:
    words = normalize(re.sub(r"\(.*?\)", " ", name)).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _near_duplicate(key: str, seen: dict[str, tuple[Unit, list[str]]]) -> bool:
    words = set(key.split())
    return any(len(words & set(k.split())) >= 0.85 * max(len(words), 1) for k in seen)


def _entry_focus(q: Question, hit: Hit) -> frozenset[str]:
    """The question's words the entry's text must answer: without its name, when the
    title is a name (a title that is a sentence is part of what it says)."""
    name = _clean_title(hit.title)
    own = set(tokenize(" ".join((name, *hit.entry.aliases)))) if name else set()
    return q.focus - own


def _coverage(focus: frozenset[str], unit: Unit, idf: Idf, context: str = "") -> float:
    """The idf-weighted share of the question's own words the unit contains."""
    if not focus:
        return 0.0
    words = {_stem(t) for t in tokenize(f"{context} {unit.lead} {unit.text}")}
    total = sum(idf(t) for t in focus)
    return sum(idf(t) for t in focus if _stem(t) in words) / total if total else 0.0


def _stem(token: str) -> str:
    # Matching only: "detect" finds "detection", "computed" finds "compute".
    return token[:6] if len(token) > 6 else token


# ------------------------------------------------------------------ the answer of one entry


def _answer_units(q: Question, group: _Group, idf: Idf, rank: int) -> list[Statement]:
    focus = _entry_focus(q, group.hits[0])
    pool = group.units
    title = _clean_title(group.hits[0].title)
    definition = next(((u, ids) for u, ids in pool if u.kind == "sentence"), None)
    scored = sorted(
        ((_score(q, focus, u, idf), u, ids) for u, ids in pool),
        key=lambda x: (-x[0], x[1].position),
    )
    best_score, best_unit, _ = scored[0]
    if _wants_list(q, best_unit, best_score) and (
        definition is None or best_score > _score(q, focus, definition[0], idf)
    ):
        opening = definition and title and (q.shape != "list" or q.names_term)
        named = _statement(definition, rank, title, _display_name(group)) if definition else None
        lead = [named] if opening and named else []
        return [*lead, _list(pool, best_unit, rank, title)]
    if definition is None:  # an entry that is only a list
        return [_list(pool, pool[0][0], rank, title)]
    picked: dict[int, tuple[Unit, list[str]]] = {}
    words = 0
    cue = _CUES.get(q.shape)
    reason = next(
        (x for x in pool[1:] if cue and x[0].kind == "sentence" and cue.search(x[0].text)), None
    )
    if reason is not None:  # the first reason, or number, the entry gives
        picked[reason[0].position] = reason
        words += _count(reason[0].text)
    if focus and best_score >= MIN_COVERAGE:
        floor = max(MIN_COVERAGE, 0.5 * best_score)
        for score, unit, ids in scored[:6]:
            fits = not picked or words + _count(unit.text) <= MAX_ANSWER_WORDS
            new = unit.position not in picked
            if score >= floor and unit.kind == "sentence" and len(picked) < 3 and fits and new:
                picked[unit.position] = (unit, ids)
                words += _count(unit.text)
    opening_fits = words + _count(definition[0].text) <= MAX_ANSWER_WORDS
    if not picked or opening_fits:
        picked.setdefault(definition[0].position, definition)
        words += _count(definition[0].text)
        limit = DEFINE_WORDS if not focus or len(picked) == 1 else SHORT_DEFINITION
        words = _grow(pool, definition[0], picked, words, limit)
    ordered = [picked[p] for p in sorted(picked)]
    name = _display_name(group)
    out = [_statement(x, rank, title, name if i == 0 else "") for i, x in enumerate(ordered)]
    items = [u for u, _ in pool if u.kind == "item"]
    if words < SHORT_DEFINITION and items:  # "Machine Learning Operations." says too little
        out.append(_list(pool, items[0], rank, ""))
    return out


def _wants_list(q: Question, unit: Unit, score: float) -> bool:
    return unit.kind == "item" and (q.shape in ("list", "why") or score >= MIN_COVERAGE)


def _grow(
    pool: list[tuple[Unit, list[str]]],
    first: Unit,
    picked: dict[int, tuple[Unit, list[str]]],
    words: int,
    limit: int,
) -> int:
    """Add the sentences that follow the definition in its paragraph, up to ``limit`` words."""
    for unit, ids in pool:
        if unit.position <= first.position or unit.position in picked:
            continue
        other_block = unit.block != first.block or unit.position - first.position > 3
        if unit.kind != "sentence" or (other_block and words >= CROSS_BLOCK_WORDS):
            continue
        if words + _count(unit.text) > limit and words >= SHORT_DEFINITION:
            break
        picked[unit.position] = (unit, ids)
        words += _count(unit.text)
    return words


def _score(q: Question, focus: frozenset[str], unit: Unit, idf: Idf) -> float:
    score = _coverage(focus, unit, idf)
    if q.shape == "number" and re.search(r"\d", unit.text):
        score += 0.3
    elif q.shape != "number" and _CUES.get(q.shape, _NEVER).search(unit.text):
        score += 0.35 if q.shape == "why" else 0.2
    elif q.shape == "list" and unit.kind == "item":
        score += 0.1
    if (
        unit.kind == "item"
        and unit.lead
        and _coverage(focus, Unit(unit.lead, "item", 0, 0), idf) >= 0.5
    ):
        score += 0.05  # the question names what the list is about ("TPOT automates the following")
    return score - 0.002 * unit.position  # earlier text wins a tie


def _statement(
    unit_ids: tuple[Unit, list[str]], rank: int, title: str, name: str = ""
) -> Statement:
    """A unit as a statement; ``name`` leads it ("Term: ...") when it does not name its term."""
    unit, ids = unit_ids
    text = unit.text
    if _SUBJECTLESS.match(text) and title:
        text = f"{title} {text[0].lower()}{text[1:]}"
    elif name and not _mentions(text, name):
        text = f"{name}: {_LABEL.sub('', text)}"
    return Statement(text, tuple(ids), order=(rank, unit.position))


def _mentions(text: str, name: str) -> bool:
    core = _core(name)
    return bool(core) and core in _core(text)


def _display_name(group: _Group) -> str:
    """The group's clean title, preferably one that spells out its acronym."""
    titles = [_clean_title(h.title) for h in group.hits]
    return next((t for t in titles if "(" in t), titles[0])


def _list(pool: list[tuple[Unit, list[str]]], anchor: Unit, rank: int, title: str) -> Statement:
    members = [(u, ids) for u, ids in pool if u.kind == "item" and u.lead == anchor.lead]
    start = next((i for i, (u, _) in enumerate(members) if u.position >= anchor.position), 0)
    if anchor.lead or start < MAX_LIST_ITEMS:
        start = 0
    chosen: list[tuple[Unit, list[str]]] = []
    words = 0
    for member in members[start : start + MAX_LIST_ITEMS]:
        words += _count(_first_sentence(member[0].text))
        if chosen and words > MAX_LIST_WORDS:
            break
        chosen.append(member)
    ids: list[str] = []
    for _, unit_ids in chosen:
        ids.extend(i for i in unit_ids if i not in ids)
    items = tuple(_first_sentence(u.text) for u, _ in chosen)
    lead = anchor.lead if anchor.lead and not anchor.lead.endswith("?") else title
    if lead and lead != title and title and not _mentions(lead, title):
        lead = f"{title}: {lead}"
    return Statement(lead, tuple(ids), items, order=(rank, chosen[0][0].position if chosen else 0))


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!])\s+[A-Z]", text)
    return match.group(1) if match and len(match.group(1).split()) >= 4 else text


def _count(text: str) -> int:
    return len(text.split())


def _clean_title(title: str) -> str:
    """The title when it is a name (not a sentence or a cut quotation), else ""."""
    title = " ".join(title.split())
    sentence_like = re.search(r"(?i)\b(is|are|was|were|can|should|will|use|uses|we|you)\b", title)
    cut = title.endswith(("…", ":", ".", "?")) or len(title.split()) > 10
    cut = cut or bool(re.search(r"[<>=|]|--", title))
    return "" if cut or sentence_like else title


def entry_label(hit: Hit) -> str:
    """How to name an entry in a list: its title, or, when the title is a cut
    quotation ("…never make it to…"), the entry's first sentence if short."""
    title = " ".join(hit.title.split())
    if not title.endswith("…"):
        return title
    first = next((u.text for u in units(hit.entry.body) if u.kind == "sentence"), "")
    if first and _count(first) <= 20:
        return first.rstrip(".")
    return title.rstrip("…").rsplit(" ", 1)[0]


# ------------------------------------------------------------------ several entries


def _second_entry(
    q: Question, hits: Sequence[Hit], main: _Group, statements: list[Statement], idf: Idf
) -> list[Statement]:
    """A unit of another entry, when it answers question words the answer leaves open."""
    said = " ".join(s.text + " " + " ".join(s.items) for s in statements)
    open_words = frozenset(t for t in _entry_focus(q, main.hits[0]) if t not in set(tokenize(said)))
    if len(open_words) < 2 or sum(idf(t) for t in open_words) < 0.5 * sum(
        idf(t) for t in _entry_focus(q, main.hits[0]) or {""}
    ):
        return []
    best = max(h.score for h in hits) or 1.0
    best_pick: tuple[float, Hit, Unit] | None = None
    for hit in hits:
        if hit.id in main.ids or hit.score < 0.8 * best:
            continue
        for unit in units(hit.entry.body):
            cover = _coverage(open_words, unit, idf)
            if cover >= SECOND_ENTRY_COVERAGE and (best_pick is None or cover > best_pick[0]):
                if unit.kind == "item":
                    continue
                best_pick = (cover, hit, unit)
    if best_pick is None:
        return []
    _, hit, unit = best_pick
    return [_statement((unit, [hit.id]), 1, "")]


def _comparison(q: Question, hits: Sequence[Hit], idf: Idf) -> list[Statement] | None:
    first = _hit_for(q.sides[0], hits)
    sides = [first, _hit_for(q.sides[1], [h for h in hits if h is not first])]
    if any(s is None for s in sides):
        return None
    out: list[Statement] = []
    used: set[str] = set()
    for rank, hit in enumerate(h for h in sides if h is not None):
        group = _group(hit, [h for h in hits if h is not sides[1 - rank]])
        fresh = [
            (u, ids) for u, ids in group.units if u.kind == "sentence" and _key(u.text) not in used
        ]
        if not fresh:
            out.append(_list(group.units, group.units[0][0], rank, _clean_title(hit.title)))
            continue
        picked = {fresh[0][0].position: fresh[0]}
        if len(fresh) > 1 and _count(fresh[0][0].text) + _count(fresh[1][0].text) <= SIDE_WORDS:
            picked[fresh[1][0].position] = fresh[1]
        name = _display_name(group)
        for i, position in enumerate(sorted(picked)):
            used.add(_key(picked[position][0].text))
            out.append(
                _statement(picked[position], rank, _clean_title(hit.title), name if i == 0 else "")
            )
    return out


def _hit_for(side: str, hits: Sequence[Hit]) -> Hit | None:
    side_core = _core(side)
    for hit in hits:
        names = {_core(n) for n in (hit.title, *hit.entry.aliases)}
        if side_core in names and units(hit.entry.body):
            return hit
    side_words = {_stem(t) for t in tokenize(side)}
    best: tuple[float, Hit] | None = None
    for hit in hits:
        title_words = {_stem(t) for t in tokenize(" ".join((hit.title, *hit.entry.aliases)))}
        shared = len(side_words & title_words) / max(1, min(len(side_words), len(title_words)))
        if shared >= 0.6 and units(hit.entry.body) and (best is None or shared > best[0]):
            best = (shared, hit)
    return best[1] if best else None


def _acronym_meanings(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    acronym = q.acronym
    if acronym is None or q.shape not in ("define", "expand"):
        return None
    meanings: dict[str, Hit] = {}
    for hit in hits:
        if not units(hit.entry.body) or not _names_acronym(hit, acronym):
            continue
        expansion = _core(hit.title)
        if not any(_same_meaning(expansion, known) for known in meanings):
            meanings[expansion] = hit
    if len(meanings) < 2:
        return None
    statements = [Statement(f"{acronym} has {len(meanings)} meanings in the glossary.", ())]
    for rank, hit in enumerate(meanings.values()):
        group = _group(hit, hits)
        first = next(((u, ids) for u, ids in group.units if u.kind == "sentence"), None)
        text = first[0].text if first else _first_sentence(group.units[0][0].text)
        ids = tuple(first[1]) if first else group.ids
        name = re.sub(r"\s*\(.*?\)", "", " ".join(hit.title.split()))
        statements.append(Statement(f"{name}: {text}", ids, order=(rank + 1, 0)))
    return statements


def _names_term(hit: Hit, term: str) -> bool:
    """The entry is titled (or aliased) ``term``, or ``term`` is its acronym."""
    core = _core(term)
    names = {_core(n) for n in (hit.title, *hit.entry.aliases)}
    return bool(core) and (core in names or _names_acronym(hit, term))


def _names_acronym(hit: Hit, acronym: str) -> bool:
    """The entry is the acronym's: an alias, or "(ACRONYM)" in a title that is a name."""
    if any(alias.lower() == acronym.lower() for alias in hit.entry.aliases):
        return True
    in_title = re.search(rf"\({re.escape(acronym)}\)", hit.title, re.IGNORECASE)
    return bool(in_title) and bool(_clean_title(hit.title)) and not hit.title.endswith(":")


def _same_meaning(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x[:6] == y[:6] for x, y in zip(wa, wb, strict=True))


def _stub(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    """The entry the question names exists but has no text: say so, point onwards."""
    named = [
        h for h in hits if h.signals.get("term", 0.0) >= 0.95 or _core(h.title) == _core(q.term)
    ]
    if not named or any(units(h.entry.body) for h in named):
        return None
    if any(units(h.entry.body) and _names_acronym(h, q.term) for h in hits):
        return None  # "MNIST": a stub, and a full entry under the long name
    stub = named[0]
    text = f"The glossary has an entry for {stub.title}, but it has no definition."
    see = re.findall(r"(?im)^\s*see\s+(?:also\s*:?\s*)?(.+?)\s*$", stub.entry.body)
    refers = list(dict.fromkeys([*see, *stub.entry.see_also]))
    pointers = refers or [h.title for h in hits if units(h.entry.body) and h is not stub][:3]
    statements = [Statement(text, (stub.id,))]
    if pointers:
        label = "It refers to" if refers else "Nearest entries with text"
        statements.append(Statement(f"{label}: {', '.join(pointers[:4])}.", (), order=(1, 0)))
    return statements


# ------------------------------------------------------------------ rendering


def render(statements: Sequence[Statement], registry: Registry) -> str:
    """Statements as text: sentences of one entry on one line, a list as lines "- item".
    The markers follow the last sentence of a run with the same sources, after its
    own punctuation."""
    lines: list[str] = []
    run: list[Statement] = []

    def close_run() -> None:
        if run:
            markers = "".join(registry.marker(i) for i in run[-1].ids)
            sentences = [_end(s.text, "") for s in run[:-1]] + [_end(run[-1].text, markers)]
            lines.append(" ".join(sentences))
            run.clear()

    for statement in statements:
        if statement.items:
            close_run()
            markers = "".join(registry.marker(i) for i in statement.ids)
            items = [f"- {item}" for item in statement.items]
            if statement.text:
                lines.append(f"{statement.text}:{markers}")
            else:
                items[-1] += markers
            lines.extend(items)
        elif run and (run[-1].ids != statement.ids or run[-1].order[0] != statement.order[0]):
            close_run()
            run.append(statement)
        else:
            run.append(statement)
    close_run()
    return "\n".join(lines)


def _end(text: str, markers: str) -> str:
    text = text.rstrip()
    if not re.search(r"[.!?)\"”']$", text):
        text += "."
    return text + markers


def idf_of(lexical: object) -> Idf | None:
    """The BM25 idf of a retriever's lexical index, when it has one."""
    idf = getattr(lexical, "idf", None)
    return idf if callable(idf) else None


def llm_context(
    question: str, hits: Sequence[Hit], idf: Idf | None = None, max_chars: int = 1200
) -> list[tuple[Hit, str | None]]:
    """The entries that earn a place in the LLM prompt (those the extractive answer
    would cite, in rank order) and, for an entry longer than ``max_chars``, the
    passages of it that answer the question (``None``: the whole entry)."""
    ids = {i for s in compose(question, hits, idf) for i in s.ids}
    chosen = [h for h in hits if h.id in ids] or list(hits[:1])
    q = analyze(question)
    weight = idf or (lambda _token: 1.0)
    out: list[tuple[Hit, str | None]] = []
    for hit in chosen:
        if len(hit.entry.body) <= max_chars:
            out.append((hit, None))
            continue
        pool = units(hit.entry.body)
        focus = _entry_focus(q, hit)
        ranked = sorted(pool, key=lambda u: (-_score(q, focus, u, weight), u.position))
        kept: list[Unit] = []
        size = 0
        for unit in [pool[0], *ranked]:
            if unit not in kept and size + len(unit.text) <= max_chars:
                kept.append(unit)
                size += len(unit.text) + 1
        out.append((hit, "\n".join(u.text for u in sorted(kept, key=lambda u: u.position))))
    return out
