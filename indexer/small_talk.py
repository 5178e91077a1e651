"""Messages that ask no health question: a greeting or thanks alone, a question about the service itself ("who
writes the answers", "are you a real doctor"), a request for a joke. They get a ``no_match`` that says what the
service does (reason ``not_a_question``) instead of "no reviewed answer matches" (session 42's blind review EEE:
"hiya there" and "who writes the answers on here" were told that no reviewed answer matched).

Deliberately narrow, like indexer/requests.py: a greeting or thanks only when it is the whole message, the service
asked about only in its own words. No dev, graded or clinic-set health message matches (tests/test_small_talk.py).
"""

from __future__ import annotations

import re

#: A greeting or thanks that is the whole message.
_ONLY = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|heya|howdy|hullo|yo|greetings|good (?:morning|afternoon|evening|day))"
    r"(?:\W+(?:there|all|everyone|everybody|team|doc|doctor|guys|folks))?"
    r"|(?:thanks|thank you|thank u|thx|ty|cheers|many thanks|ok thanks|okay thanks|ok thank you)"
    r"(?:\W+(?:so much|a lot|very much|again|for (?:the|your) help))?)\W*$", re.IGNORECASE)
#: The service asked about, or a joke asked for.
_ABOUT = re.compile(
    r"\bwho (?:writes|wrote|reviews|reviewed|checks|checked|answers|makes|made) (?:the |these |your |this )?"
    r"(?:answers?|replies|site|service|website|pages?|info(?:rmation)?)\b"
    r"|\bwhere do (?:the |these |your )?answers come from\b"
    r"|\bare (?:you|u) (?:a )?(?:real |actual )?(?:doctor|human|person|bot|robot|ai|nurse|chat ?bot)\W*$"
    r"|\bwhat (?:is|are) (?:this|you) (?:site|service|website|app|chat|bot)?\W*$"
    r"|\btell (?:me|us) a joke\b|\b(?:know|got) any (?:good )?jokes\b", re.IGNORECASE)


def is_small_talk(text: str) -> bool:
    """True when ``text`` asks no health question: a greeting or thanks alone, the service asked about, a joke."""
    return _ONLY.search(text) is not None or _ABOUT.search(text) is not None
