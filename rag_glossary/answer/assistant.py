"""The assistant: retrieve, then answer with Ollama (citations validated as the reply
streams) or, when no LLM is used or it fails, extractively; never without a source."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from typing import Protocol

from rag_glossary import config
from rag_glossary.answer.citations import CitationRewriter, Registry, citation_notices
from rag_glossary.answer.context import idf_of, llm_context
from rag_glossary.answer.extractive import extractive_answer, extractive_text
from rag_glossary.answer.language_asks import glossary_asked
from rag_glossary.answer.mentions import mention_answer, mentioned_only, refusal
from rag_glossary.answer.names import entry_label
from rag_glossary.answer.overlap import Idf
from rag_glossary.answer.phrases import Phrases, phrases, written
from rag_glossary.answer.row_answer import compared_rows, row_answer
from rag_glossary.answer.sides import side_hits
from rag_glossary.answer.unnamed import clause_piece
from rag_glossary.coverage.cjk_terms import described_whole
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.coverage.question_forms import (
    names_the_question,
    owned_clause,
    without_frame_edges,
)
from rag_glossary.coverage.script_language import texts_language
from rag_glossary.coverage.written_names import as_cased, named_as_written, written_as_named
from rag_glossary.errors import (
    LLMError,
    LLMModelNotFoundError,
    LLMResponseError,
    LLMTimeoutError,
    LLMUnavailableError,
)
from rag_glossary.marks import MarkedWords
from rag_glossary.models import Answer, Entry, Hit, RetrievalResult
from rag_glossary.text import clean_query
from rag_glossary.validation import check_flag, check_k, check_seconds

# The client's per-read timeout is longer than the total deadline, so that the
# deadline (one message, one code path) always ends a slow answer.
_READ_GRACE = 5.0
MAX_NEAREST = 5  # entries listed when the glossary does not cover the question
_EMPTY_HINT = 'ask e.g. "what is masked self-attention"'


class SupportsRetrieve(Protocol):
    """What the assistant needs from a retriever."""

    def retrieve(self, query: str, k: int = 5) -> RetrievalResult: ...


class AnswerStream(Iterator[str]):
    """Text pieces of an answer as they are produced; ``.answer`` is the final Answer.

    Iterate to print the pieces; their concatenation is ``answer.text``.
    Reading ``.answer`` before the end consumes the remaining pieces.
    """

    def __init__(self, pieces: Generator[str, None, Answer], language: str | None = None) -> None:
        self._pieces = pieces
        self._answer: Answer | None = None
        self._language = language  # the glossary's: its questions are read in it first

    def __iter__(self) -> AnswerStream:
        return self

    def __next__(self) -> str:
        if self._answer is not None:
            raise StopIteration
        try:
            with glossary_asked(self._language):
                return next(self._pieces)
        except StopIteration as stop:
            self._answer = stop.value
            raise

    @property
    def answer(self) -> Answer:
        for _ in self:
            pass
        assert self._answer is not None
        return self._answer


class Assistant:
    """Answers questions with citations from the glossary.

    ``ask(question) -> Answer``; ``stream(question) -> AnswerStream`` (iterate for
    text pieces, then read ``.answer``). ``host=None`` lets the ollama client use
    ``OLLAMA_HOST`` or its default; ``use_llm=False`` always answers extractively.
    """

    def __init__(
        self,
        retriever: SupportsRetrieve,
        *,
        llm_model: str | None = None,
        host: str | None = None,
        timeout: float = 60.0,
        k: int = 5,
        use_llm: bool = True,
    ) -> None:
        self.retriever = retriever
        self.llm_model = llm_model or config.default_llm_model()
        self.host = host
        self.timeout = check_seconds(timeout)
        self.k = check_k(k)
        self.use_llm = check_flag(use_llm, "use_llm")

    def ask(self, question: str) -> Answer:
        """Retrieve, answer and validate citations; never raises for LLM trouble."""
        return self._start(question, streaming=False).answer

    def stream(self, question: str) -> AnswerStream:
        """Like :meth:`ask`, yielding the text as it is generated.

        Retrieval happens here, so its errors (and an empty question) raise at
        the call; LLM trouble never raises, it ends in the extractive answer.
        """
        return self._start(question, streaming=True)

    def _start(self, question: str, *, streaming: bool) -> AnswerStream:
        # a question whose words fit two languages is read in the glossary's (round 58 LG)
        with glossary_asked(self._language()):
            pieces, language = self._started(question, streaming=streaming)
        return AnswerStream(pieces, language)

    def _started(
        self, question: str, *, streaming: bool
    ) -> tuple[Generator[str, None, Answer], str | None]:
        lexical = getattr(self.retriever, "lexical", None)
        language = getattr(lexical, "language", None)
        typed = clean_query(question, hint=_EMPTY_HINT)
        question = mend_cue_words(typed, language)
        if (mended := getattr(self.retriever, "mended", None)) is not None:
            question = mended(question)  # its words' marks too (marks.py)
        result = self._retrieve(question, self.k)
        if result.covered and (more := side_hits(question, result.hits, self._retrieve)):
            result = replace(result, hits=result.hits + more)  # a comparison's missing side
        return self._answer(question, result, streaming=streaming, typed=typed), self._language()

    def _answer(
        self, question: str, result: RetrievalResult, *, streaming: bool, typed: str = ""
    ) -> Generator[str, None, Answer]:
        """The answer; a refusal names the missing term as the user ``typed`` it."""
        where = mentioned_only(question, result)  # asked a part only mentioned elsewhere
        if result.covered and result.hits and self.use_llm and not where:
            return (yield from self._generate(question, result, streaming))
        if where:
            answer = _mentioned(question, result, where, self._phrases(), typed)
        elif said := _said_elsewhere(question, result):
            notice = f"extractive answer (LLM off); {self._hint()}"
            answer = Answer(
                question, said[0], (said[1],), result.hits, "extractive", notices=(notice,)
            )
        elif not result.covered or not result.hits:
            answer = _not_covered(question, result, self._phrases(), self._language(), typed)
        else:
            similar = result.unit_similarity
            described = result.key_term is None
            named = result.key_entries
            asked = self._loans_read(question)  # "pokemon" as the entries write it: "Pokémon"
            text, cited = extractive_answer(
                result.hits, asked, self._idf(), similar, described, named
            )
            notice = f"extractive answer (LLM off); {self._hint()}"
            answer = Answer(question, text, cited, result.hits, "extractive", notices=(notice,))
            if not text.strip():  # no entry has text to quote: never "covered" and empty
                answer = _not_covered(question, result, self._phrases(), self._language(), typed)
        if streaming:
            yield answer.text
        return answer

    def _loans_read(self, question: str) -> str:
        """The question's loan names typed without their marks, as an English glossary's
        text writes them (marks.py): the spellings ``mended`` loaded, used to answer only
        (retrieval and the coverage verdict read the words as typed)."""
        marked = getattr(getattr(self.retriever, "spelling", None), "marked", None)
        return marked.read_loans(question) if isinstance(marked, MarkedWords) else question

    def _generate(
        self, question: str, result: RetrievalResult, streaming: bool
    ) -> Generator[str, None, Answer]:
        # The LLM path's modules load here: a fresh `ask --no-llm` never imports them.
        from rag_glossary.answer.deadline import within
        from rag_glossary.answer.ollama import ollama_chat
        from rag_glossary.answer.prompt import MAX_BLOCK_CHARS, MAX_QUESTION_CHARS, build_messages
        from rag_glossary.answer.think import ThinkFilter

        hits, similar, named = result.hits, result.unit_similarity, result.key_entries
        described = result.key_term is None
        context = llm_context(question, hits, self._idf(), MAX_BLOCK_CHARS, named=named)
        messages = build_messages(question, [h for h, _ in context], [t for _, t in context])
        rewriter = CitationRewriter(Registry([h for h, _ in context]))
        thinking = ThinkFilter()
        shown: list[str] = []
        notices = []
        if len(question) > MAX_QUESTION_CHARS:
            notices.append(f"the question was cut to {MAX_QUESTION_CHARS} characters for the LLM")
        try:
            reply = ollama_chat(
                messages, model=self.llm_model, host=self.host, timeout=self.timeout + _READ_GRACE
            )
            for piece in within(reply, self.timeout, self._timed_out):
                if text := rewriter.feed(thinking.feed(piece)):
                    shown.append(text)
                    if streaming:
                        yield text
            shown.append(rewriter.feed(thinking.flush()) + rewriter.flush())
            if not "".join(shown):
                raise LLMResponseError("Ollama returned an empty answer")
        except LLMError as exc:
            notices.append(self._fallback_notice(exc))
            if streaming and "".join(shown):
                # Part of the reply is on screen: keep it and its numbering, then continue.
                notices[-1] = f"the generated answer broke off: {notices[-1]}"
                rest = (
                    rewriter.feed(thinking.flush())
                    + rewriter.flush()
                    + "\n\n"
                    + extractive_text(
                        hits,
                        rewriter.registry,
                        question,
                        self._idf(),
                        similar,
                        described,
                        named=named,
                    )
                )
                yield rest
                text, cited = "".join(shown) + rest, tuple(rewriter.registry.order)
            else:
                text, cited = extractive_answer(
                    hits, question, self._idf(), similar, described, named
                )
                if streaming:
                    yield text
            return Answer(question, text, cited, hits, "extractive", notices=tuple(notices))
        if streaming and shown[-1]:
            yield shown[-1]
        notices.extend(citation_notices(rewriter))
        order = tuple(rewriter.registry.order)
        return Answer(question, "".join(shown), order, hits, "ollama", notices=tuple(notices))

    def _timed_out(self) -> LLMTimeoutError:
        from rag_glossary.answer.ollama import _display_host

        where = _display_host(self.host)
        return LLMTimeoutError(
            f"Ollama at {where} did not answer within {self.timeout:g} s (the total time allowed)"
        )

    def _fallback_notice(self, error: LLMError) -> str:
        if isinstance(error, LLMModelNotFoundError):
            return str(error)
        if isinstance(error, LLMUnavailableError):
            return f"{error}; showing an extractive answer. {self._hint().capitalize()}"
        return f"{error}; showing an extractive answer"

    def _retrieve(self, question: str, k: int) -> RetrievalResult:
        """The retrieval in the fused order the answer's entry is chosen on: with
        answer_first on, the ranking shows that choice first (answer_first.py) and the
        composer's kept composition answers from here without composing again."""
        result = self.retriever.retrieve(question, k=k)
        return replace(result, hits=result.composed or result.hits, composed=())

    def _idf(self) -> Idf | None:
        return idf_of(getattr(self.retriever, "lexical", None))

    def _phrases(self) -> Phrases:
        """A refusal's phrases in the glossary's language (answer/phrases.py); a Japanese,
        Korean or Chinese glossary's by its script (the word rules keyed by ``_language``
        stay off for it)."""
        return phrases(self._phrase_language)

    @cached_property
    def _phrase_language(self) -> str | None:
        """``_reader_language`` in the script the glossary writes it in (``sr-Latn``)."""
        entries = getattr(self.retriever, "entries", ())
        return written(self._reader_language, _texts(entries))

    @cached_property
    def _reader_language(self) -> str | None:
        entries = getattr(self.retriever, "entries", ())
        language = self._language()
        if language is not None:
            return language
        return texts_language(_texts(entries))

    def _language(self) -> str | None:
        coverage = getattr(self.retriever, "coverage", None)
        return getattr(coverage, "language", None)

    def _hint(self) -> str:
        return f"for generated answers run `ollama serve`, then `ollama pull {self.llm_model}`"


def _texts(entries: Sequence[Entry]) -> Iterator[str]:
    return (" ".join((e.title, *e.aliases, e.body)) for e in entries)


def _said_elsewhere(question: str, result: RetrievalResult) -> tuple[str, str] | None:
    """A term said only by a table row or a mention in another entry: that row or
    mention, and the id it is cited to (row_answer.py, mentions.py); else None."""
    if not result.covered:
        return None
    return (
        compared_rows(question, result)
        or row_answer(question, result)
        or mention_answer(question, result)
    )


def _mentioned(
    question: str, result: RetrievalResult, where: tuple[Hit, ...], said: Phrases, typed: str
) -> Answer:
    """A refusal that names the term and the entries that only mention it."""
    term, typed = result.key_term or "", typed or question
    text = refusal(named_as_written(typed, term) or as_cased(typed, term), where, said)
    return Answer(question, text, (), result.hits, "none", covered=False)


def _not_covered(
    question: str,
    result: RetrievalResult,
    said: Phrases,
    language: str | None = None,
    typed: str = "",
) -> Answer:
    missing = result.key_term if result.key_term_found is False else None
    missing = without_frame_edges(missing, language) if missing else None
    if missing and not (
        names_the_question(question, missing)
        and written_as_named(question, missing)
        and not owned_clause(question, missing)
        and not described_whole(missing)
    ):
        missing = None
    missing = named_as_written(typed or question, missing, language) if missing else None
    missing = None if missing and clause_piece(missing, result.hits) else missing
    head = said.not_in.format(term=missing) if missing else said.not_covered
    # an entry without text of its own ("???") is no nearest entry to read instead
    with_text = [hit for hit in result.hits if not hit.entry.is_stub]
    if with_text:
        first: dict[str, str] = {}  # one line per title: a glossary may define a term twice
        for hit in with_text[:MAX_NEAREST]:
            first.setdefault(entry_label(hit), hit.id)
        nearest = "\n".join(f"  - {label} ({hit_id})" for label, hit_id in first.items())
        text = f"{head}; {said.nearest}:\n{nearest}"
    else:
        text = f"{head}, {said.none_close}."
    return Answer(question, text, (), result.hits, "none", covered=False)
