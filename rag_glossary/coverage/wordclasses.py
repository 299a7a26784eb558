"""Word classes the key-term grammar cuts and judges a question's words by.

Every set is public (round 54): a dozen coverage modules, lead_in.py and the answer side
read them, and imported them by private names before.
"""

from __future__ import annotations

from rag_glossary.coverage.phrases import FILLER

# The key term ends where a preposition, a clause or a verb starts.
BOUNDARY = frozenset(
    str.split(
        """
        in for with between on from into using via when where that which who so to by
        vs versus compared against like than if while because whether without after before
        under over during within across through per as at
        work works prevent prevents learn learns help helps affect affects handle handles
        treat treats differ differs improve improves reduce reduces cause causes avoid
        solve solves use uses make makes do does relate relates compute
        computes preserve preserves tell tells become becomes get gets
        happen happens apply applies perform performs detect detects generate generates
        predict predicts need needs choose chooses calculate calculates deal deals
        is are was were can could should would will has have had be being been
        matter matters exist exists compare combine combines
        correlate require requires automate automates come comes mention mentions try
        tries maximize minimize go goes say says show shows include includes contain
        contains involve involves depend depends refer refers represent represents
        allow allows enable enables produce produces give
        gives take takes called compared different similar
        better worse related useful important popular necessary possible good bad
        just really only actually always also still more less much very and or
        according add adds did what how why which whom whose load loads supports about
        returns equals plus minus
        """
    )
)
# The base forms among the boundary's verbs. A base form is a clause's verb only after a
# plural or a pronoun ("models use"), or with do, a modal or "to" ("does X use"); after
# one singular word in a question with none of these it is a noun of the name
# ("private use area", "root cause analysis").
BASE_VERBS = frozenset(
    str.split(
        """
        work prevent learn help affect handle treat differ improve reduce cause avoid solve
        use make relate compute preserve tell become happen apply perform detect generate
        predict need choose calculate deal matter exist compare combine correlate require
        automate come mention try maximize minimize go say show include contain involve
        depend refer represent allow enable produce give take load add
        """
    )
)
# Words that name a kind of thing; "mamba architecture" is covered by "Mamba".
# Words that name a kind of thing: "mamba architecture" is covered by "Mamba".
# A kind that names a product or project may drop even when only the text has
# the name ("pycaret model"); a kind that makes a new term may not ("focal loss").
NAME_KINDS = frozenset(
    str.split(
        """
        algorithm architecture method technique approach model framework library tool
        system network entry team paper project package benchmark dataset
        """
    )
)
GENERIC = NAME_KINDS | frozenset(
    str.split(
        """
        function layer process metric concept problem handling idea strategy
        procedure task job loss score measure term definition principle classifier
        regressor estimator test statistic distribution coefficient value analysis
        regression plot chart curve matrix graph diagnostic chip
        """
    )
)
# Kinds whose compounds name a new thing ("cuda graph", "scene graph", "roc curve"): the
# kind word drops to an entry's name only when that entry's text uses it ("KL divergence
# loss"), since the name alone then is its modifier, not what is asked about.
OBJECT_KINDS = frozenset(str.split("graph matrix curve plot chart distribution layer loss network"))
# Words that stand for something unnamed: "can someone tell ...", "two things that ...",
# "is there a place to keep ..." (round 53).
VAGUE = frozenset(
    str.split(
        "someone something anyone anything people person thing things way ways stuff one place"
    )
)
PERSONAL_WORDS = frozenset(str.split("i we you me us my our your it them"))
QUANTIFIERS = frozenset(str.split("several many multiple few more most much no two three lots"))
RELATIVE = frozenset(str.split("that which whose who whom where"))
DETERMINERS = frozenset(str.split("all every any your my our their this these those some"))
# Determiners and quantifiers that open a new noun phrase after a noun ("hui gan [every
# time] we taste"); possessives may sit inside a name ("bring your own device"), and "all"
# opens one only before a determiner ("all the time"; names hold it: "ring all reduce")
OPENS_NOUN_PHRASE = frozenset(str.split("every each some any"))
AFTER_VERB = frozenset(str.split("when where that which while if because whether as than"))
BE = frozenset(str.split("is are was were"))
# Light and auxiliary verb forms: a term holding one is a clause ("training worth doing").
AUXILIARY = frozenset(
    str.split("do does did doing done be being been get gets getting got have has having had")
)
MODALS = frozenset(str.split("can could should would will shall may might must"))
PREPOSITIONS = frozenset(str.split("in for with on from into using via at by of to about"))
# "what cpu is inside the kittyhawk": where the thing asked of is, after a form of "be"
PLACE_PREPOSITIONS = frozenset(str.split("in inside within on aboard"))
PLACE_COUNTS = frozenset(str.split("a an the one each every single"))
WH_WORDS = frozenset(str.split("what how why which when where who whom whose"))
# "is an MDP solved": after is/are/was/were, only a participle can be the verb.
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "lt", "ght", "ne")
# Common irregular past tenses and participles (a general list): "the cofounder went
# on to ...", "a database made for ...": a verb, not a word of the noun phrase.
IRREGULAR_PAST = frozenset(
    str.split(
        """
        made went gone came took taken gave given found built known shown written wrote
        done seen drawn grown thrown chosen brought bought thought taught caught sought
        kept meant said sent sold told understood began begun became got gotten
        heard held paid
        """
    )
)
# Words that may follow a verb as its preposition or particle: "went on", "made for".
PARTICLES = frozenset(
    str.split("in for with on from into using via at by of to about as off up out over back")
)
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ing", "er", "or", "ism", "ance", "ence")
FUNCTION_WORDS = FILLER | PARTICLES | WH_WORDS | RELATIVE | PERSONAL_WORDS | DETERMINERS
# Words no term name opens with when its phrase is not clean ("it tricky", "few big ...").
NOT_NAME_OPENERS = PERSONAL_WORDS | QUANTIFIERS | DETERMINERS
# Words for the form a named thing comes in: "a COG file" is COG, when COG is a name
# (not a word some entry's text has: "memory-mapped files" is not Memory Caching's).
# "the Admin prefix" (round 53): a prefix or suffix spelled as an entry's title is that
# entry, asked as a word part ("right names like AdminQueue").
FORMS = frozenset(str.split("file format prefix suffix"))
