"""A conversation with the glossary: follow-up questions and the chat commands.

The CLI's ``chat`` REPL only reads lines and prints; everything else is here.

A follow-up that names no term ("and how is it trained?", "what about its
loss?") is asked about the previous question's key term: with an LLM, by the
usual condense-the-question step over the history (one short Ollama call);
without one, or when that call fails, by putting the previous key term in
place of the pronoun. Commands start with ``:`` (see :data:`HELP`).
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from rag_glossary.answer import AnswerStream, Assistant
from rag_glossary.answer.deadline import within
from rag_glossary.answer.formatting import source_lines
from rag_glossary.answer.ollama import ollama_chat
from rag_glossary.errors import GlossaryError, LLMError, LLMTimeoutError, UsageError
from rag_glossary.models import Answer, Entry
from rag_glossary.terms import extract_term
from rag_glossary.text import bounded, clean_query
from rag_glossary.validation import check_k, check_seconds

HELP = (
    ":show N  the Nth cited entry in full      :sources  the last answer's sources\n"
    ":k N     answer from N entries (1-50)     :llm on|off  generated or extractive answers\n"
    ":help    this list                         Ctrl-D or :quit  leave"
)
_PRONOUN = re.compile(r"\b(its|it|their|they|them|this|these|those)\b", re.IGNORECASE)
_POSSESSIVE = {"its", "their"}
_LEAD_IN = re.compile(r"^\s*(?:and|also|so|then|ok|okay)\b[\s,]*", re.IGNORECASE)
_ABOUT = re.compile(r"^\s*(?:what|how)\s+about\b", re.IGNORECASE)
_NAMED = 0.8  # a term score from which the question names an entry itself
_HISTORY_TURNS = 3
_CONDENSE_SYSTEM = (
    "You rewrite a follow-up question from a conversation about a glossary of machine "
    "learning terms into one standalone question that names the term it is about. "
    "Reply with the rewritten question only, on one line."
)


@dataclass(frozen=True)
class Turn:
    """One question and its answer. ``asked`` is the standalone question sent."""

    question: str
    asked: str
    answer: Answer
    term: str


@dataclass(frozen=True)
class Reply:
    """What a command produced: lines to print, an entry to show, or an error line."""

    lines: tuple[str, ...] = ()
    entry: Entry | None = None
    error: str | None = None
    quit: bool = False


@dataclass
class Conversation:
    """The state of one chat: settings and the turns so far."""

    retriever: Any
    k: int = 5
    use_llm: bool = True
    llm_model: str | None = None
    host: str | None = None
    timeout: float = 60.0
    turns: list[Turn] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.k = check_k(self.k)
        self.timeout = check_seconds(self.timeout)

    # ------------------------------------------------------------ questions

    def ask(self, question: str, asked: str | None = None) -> AnswerStream:
        """Answer ``question`` in the context of the conversation (streamed).

        ``asked`` is the standalone question when the caller already made it
        (:meth:`standalone`, to show it); the turn is recorded when the stream ends.
        """
        question = clean_query(question)
        asked = asked or self.standalone(question)
        assistant = Assistant(
            self.retriever,
            llm_model=self.llm_model,
            host=self.host,
            timeout=self.timeout,
            k=self.k,
            use_llm=self.use_llm,
        )
        return AnswerStream(self._recorded(question, asked, assistant.stream(asked)))

    def _recorded(
        self, question: str, asked: str, inner: AnswerStream
    ) -> Generator[str, None, Answer]:
        yield from inner
        answer = inner.answer
        self.turns.append(Turn(question, asked, answer, self._key_term(answer, asked)))
        return answer

    def standalone(self, question: str) -> str:
        """The question to send: itself, or rewritten about the previous key term."""
        question = clean_query(question)
        if not self.turns:
            return question
        if not self.is_follow_up(question):
            return _LEAD_IN.sub("", question).strip() or question  # "and what is X?"
        if self.use_llm:
            try:
                return self._condense(question)
            except LLMError:
                pass  # no LLM at hand: carry the term over instead
        return carry_term(question, self.turns[-1].term)

    def is_follow_up(self, question: str) -> bool:
        """It names no entry itself and points back (a pronoun, "and ...", "what about")."""
        points_back = bool(
            _PRONOUN.search(question) or _LEAD_IN.match(question) or _ABOUT.match(question)
        )
        if not points_back:
            return False
        terms = getattr(self.retriever, "terms", None)
        scores = terms.scores(_LEAD_IN.sub("", question)) if terms is not None else {}
        return max(scores.values(), default=0.0) < _NAMED

    def _condense(self, question: str) -> str:
        history = "\n".join(
            f"User: {turn.asked}\nAssistant: {bounded(turn.answer.text, 300)}"
            for turn in self.turns[-_HISTORY_TURNS:]
        )
        messages = [
            {"role": "system", "content": _CONDENSE_SYSTEM},
            {
                "role": "user",
                "content": f"Conversation:\n{history}\n\nFollow-up question: {question}\n"
                "Standalone question:",
            },
        ]
        reply = ollama_chat(
            messages, model=self.llm_model or _default_llm(), host=self.host, timeout=self.timeout
        )

        def late() -> LLMTimeoutError:
            return LLMTimeoutError("the follow-up could not be rewritten in time")

        text = "".join(within(reply, self.timeout, late)).strip().splitlines()
        rewritten = text[0].strip().strip('"') if text else ""
        if not rewritten:
            raise LLMError("the LLM returned no rewritten question")
        return bounded(rewritten, 300)

    def _key_term(self, answer: Answer, asked: str) -> str:
        by_id = {hit.id: hit for hit in answer.hits}
        cited = [by_id[c] for c in answer.citations if c in by_id]
        if cited:
            return cited[0].title
        named = [hit for hit in answer.hits if hit.signals.get("term", 0.0) >= _NAMED]
        if answer.covered and answer.hits:
            return answer.hits[0].title
        if named:
            return named[0].title
        if self.turns and asked != answer.question:
            return self.turns[-1].term
        return extract_term(asked) or asked

    # ------------------------------------------------------------ commands

    def command(self, line: str) -> Reply:
        """Run a ``:command``; bad input is a one-line ``Reply.error``, never an exception."""
        name, _, arg = line.strip().lstrip(":").partition(" ")
        arg = arg.strip()
        handler = _COMMANDS.get(name.lower())
        if handler is None:
            return Reply(error=f"unknown command :{name}; type :help for the list")
        try:
            return handler(self, arg)
        except GlossaryError as exc:
            return Reply(error=str(exc))

    def _show(self, arg: str) -> Reply:
        answer = self._last_answer()
        number = _number(arg, ":show N")
        if not 1 <= number <= len(answer.citations):
            raise UsageError(f":show takes 1 to {len(answer.citations)}, got {number}")
        cited = answer.citations[number - 1]
        entry = next(hit.entry for hit in answer.hits if hit.id == cited)
        return Reply(entry=entry)

    def _sources(self, arg: str) -> Reply:
        return Reply(lines=tuple(source_lines(self._last_answer())))

    def _set_k(self, arg: str) -> Reply:
        self.k = check_k(_number(arg, ":k N"), ":k")
        return Reply(lines=(f"answers now use the {self.k} best entries",))

    def _set_llm(self, arg: str) -> Reply:
        if arg.lower() not in ("on", "off"):
            raise UsageError(f":llm takes on or off, got {arg!r}")
        self.use_llm = arg.lower() == "on"
        state = "generated by Ollama when it runs" if self.use_llm else "extractive"
        return Reply(lines=(f"answers are now {state}",))

    def _help(self, arg: str) -> Reply:
        return Reply(lines=tuple(HELP.splitlines()))

    def _quit(self, arg: str) -> Reply:
        return Reply(quit=True)

    def _last_answer(self) -> Answer:
        answer = self.turns[-1].answer if self.turns else None
        if answer is None or not answer.citations:
            raise UsageError("no cited entries yet: ask a question first")
        return answer


_COMMANDS = {
    "show": Conversation._show,
    "sources": Conversation._sources,
    "k": Conversation._set_k,
    "llm": Conversation._set_llm,
    "help": Conversation._help,
    "quit": Conversation._quit,
    "q": Conversation._quit,
}


def carry_term(question: str, term: str) -> str:
    """``question`` about ``term``: the first pronoun replaced, else the term put in front."""
    text = _LEAD_IN.sub("", question).strip() or question
    found = _PRONOUN.search(text)
    if found is not None:
        word = found.group(1).lower()
        name = f"{term}'s" if word in _POSSESSIVE else term
        return text[: found.start()] + name + text[found.end() :]
    return f"{term}: {_ABOUT.sub('', text).strip()}"


def _number(arg: str, usage: str) -> int:
    try:
        return int(arg)
    except ValueError:
        raise UsageError(f"{usage} takes a whole number, got {arg!r}") from None


def _default_llm() -> str:
    from rag_glossary import config

    return config.default_llm_model()
