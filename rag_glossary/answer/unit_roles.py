"""What a sentence does in its entry beyond what it says: it refers back to the one
before it ("It", "However", "The benefit of this approach ..."), or it is filler (a
contribution call, "isn't the first"). Split from pieces.py."""

from __future__ import annotations

import re

from rag_glossary.lazy_re import lazy_regex

__all__ = ["is_filler", "refers_back"]

_REFERS_BACK = lazy_regex(
    r"^(?:It|Its|It's|This|These|They|Those|That|Their|Them|Such|However|In addition"
    r"|Specifically|In particular|More specifically|In other words|For example|For instance"
    r"|Additionally|Also|While|Moreover|Furthermore|Thus|Therefore|Hence|As a result"
    r"|Similarly|Likewise|But|So|Here|Instead|Otherwise|Then|In contrast|On the other hand"
    r"|For this reason|In this case|As such"
    # "Once the project is created, you must ...": the next step after the one before it
    r"|Once\s+(?:the|this|that|these|those|it|they)\s+(?:[\w-]{1,30}\s){0,3}?"
    r"(?:is|are|has|have)\s+(?:been\s+)?[a-z]+ed"
    # "For all those reasons, ...", "Because of this, ...": a phrase pointing back
    r"|(?:For|Because of|Due to|Given|Despite)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:this|that|these|those|such))\b"
)
# "check out" is a call to the reader when it is an imperative ("Check out our repo",
# "check it out"), a verb when a clause governs it ("allows you to check out a commit")
_FILLER = lazy_regex(
    r"(?i)\b(?:contributions? (?:are|is) (?:very )?welcome|(?:feel free|want|how) to contribute"
    r"|contributing guide|open an? (?:issue|pull request)|pull requests? (?:are|is) welcome"
    r"|feel free to|star (?:the|this) repo"
    r"|(?:isn't|is not|wasn't|was not) the first|subscribe|follow (?:us|me)|stay tuned"
    r"|let (?:us|me) know|reach out|sign up|check it out|(?:^|please |sure to )check out"
    r"|thanks? (?:you )?for reading)"
)


# "Basically, it's ...": a pronoun subject after an opening adverb
_PRONOUN_AFTER_COMMA = lazy_regex(r"^[A-Z]\w*(?: \w+)?,\s+(?:it|its|it's|this|these|they|those)\b")
# "The benefit of this approach is ...": a subject that points back with a demonstrative
_DEMONSTRATIVE_SUBJECT = lazy_regex(
    r"^(?:The|A|An|One|Another)\s+(?:\w+\s+){1,3}?(?:of|to|for|with|behind|in)\s+"
    r"(?:this|these|those|such)\s+[a-z]+"
)


def refers_back(text: str) -> bool:
    """The sentence needs the one before it ("It", "These", "However", "In addition",
    "Basically, it ...", "The benefit of this approach ..."). "While X, Y" is whole:
    its main clause follows the comma."""
    if re.match(r"(?:While|Whereas)\b[^,]{3,},\s*\w", text):
        return False
    return bool(
        _REFERS_BACK.match(text)
        or _PRONOUN_AFTER_COMMA.match(text)
        or _DEMONSTRATIVE_SUBJECT.match(text)
    )


def is_filler(text: str) -> bool:
    """A promotional or filler line (contribution calls, "isn't the first")."""
    return bool(_FILLER.search(text))
