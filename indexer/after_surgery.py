"""A new problem since a recent operation or procedure, and the line a reply gets when a message tells one.

Blind review JJJ (session 44, operations and procedures): "tingling round my mouth and cramps in my hands" four days
after a thyroid operation (a low calcium from the parathyroid glands) and "a lump the size of a walnut where they went
in" after an angiogram were declined with nothing on whom to ask; the collection has no page on either. What surgical
discharge advice says (the NHS's pages on recovering from an operation, and the discharge letters of UK and US
hospitals) is to call the team that did it, the ward or the surgeon's office, about a new or worsening problem in the
weeks after: they know what is expected after that operation and what is not, and a general page does not.

The line is worded "if ...", as the other notes are: a message read wrongly costs a sentence, never an answer. It
never replaces the emergency triage, which runs first (a wound pouring blood, a calf swollen with breathlessness).
An operation told as long ago ("had my hip replaced 5 years ago"), one still to come ("my op is next week") or no
problem told ("when can I drive after my hernia repair 2 weeks ago?") gets no line.
"""

from __future__ import annotations

import re

from .textkeys import note_text

AFTER_SURGERY_NOTE = ("If something new or worse has started since an operation or procedure in the last few weeks "
                      "(more pain, swelling, redness, a fever, a lump, bleeding, tingling or cramps), call the team "
                      "that did it today: the ward, the surgeon's office or the number on your discharge letter. They "
                      "know what is expected after it and what is not.")

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|a couple of|couple of)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: An operation or a procedure by name: "my op", "the biopsy", "a thyroidectomy", "a LLETZ" (not the surgery that is a
#: GP's practice: "it was 186/108 in the surgery").
_PROCEDURE = (r"(?:operation|(?<!in the )(?<!at the )(?<!to the )(?<!from the )(?<!gp )(?<!doctors )surgery|op"
              r"|procedure|biopsy|scope|endoscopy|colonoscopy|gastroscopy|cystoscopy"
              r"|angiogram|angiography|angioplasty|stents?|pacemaker|c ?section|caesarean|cesarean|keyhole"
              r"|laparoscop\w*|\w+ectomy|\w+otomy|\w+oplasty|\w+oscopy|extraction|vasectomy|circumcision|lletz|leep"
              r"|cone biopsy|spinal (?:anaesthetic|anesthetic|block)|epidural|nerve block)")
#: ... or told as done to the writer: "had my gallbladder out", "got my wisdom tooth pulled", "had a mole cut out".
_DONE = (r"(?:had|got|has had|have had|having had) (?:\w+ ){1,4}(?:replaced|removed|taken out|pulled|repaired|fixed"
         r"|stitched|put in|inserted|cut out|out)")
#: Told as recent: days or weeks ago, yesterday, last week, "since the op", "post op", "day 4 after"; a weekday only
#: with the operation told as had ("had my gallbladder removed on Tuesday"; not "a biopsy appointment on Monday").
_RECENT = (rf"(?:{_NUMBER} (?:days?|weeks?) (?:ago|post ?op|after|since)|yesterday|last week|last {_DAY}"
           r"|since (?:the|my|his|her|their|your) (?:\w+ )?(?:op|operation|surgery|procedure)|post ?op"
           r"|day (?:\d+|two|three|four|five|six|seven|ten) (?:after|since|post))")
_EVENT = rf"(?:{_PROCEDURE}|{_DONE})"
_TOLD = re.compile(rf"\b{_EVENT}\b.{{0,80}}\b{_RECENT}\b|\b{_RECENT}\b.{{0,80}}\b{_EVENT}\b"
                   rf"|\b(?:had|got|has had|have had) (?:\w+ ){{0,5}}{_EVENT}\b.{{0,40}}\b(?:on|since) {_DAY}\b"
                   rf"|\b{_DONE} (?:\w+ ){{0,3}}(?:on|since) {_DAY}\b")
#: A problem told: pain, a swelling, redness, a wound that oozes, a fever, a lump, tingling or cramps (not a blood
#: test or a blood pressure, nor the discharge letter).
_PROBLEM = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bany )\b(?:pain\w*|hurts?|hurting|sore|headaches?|swell\w*|swollen"
    r"|red|redness|hot|ooz\w*|weep\w*|discharge(?! (?:letter|summary|note|papers))|pus|bleed\w*"
    r"|blood(?! (?:pressure|tests?|work|sugars?|results?|count))|fever|temperature|temp|tingl\w*|pins and needles"
    r"|numb\w*|cramp\w*|lump|bump|bruis\w*|vomit\w*|being sick|throwing up|smell\w*|worse|worsening|opened up"
    r"|split|gaping)\b")
#: Nothing wrong, in so many words: "no problems since", "without any complications".
_DENIED = re.compile(r"\b(?:no|not any|without any|havent had any|hasnt had any) (?:\w+ ){0,2}(?:problems?|issues?"
                     r"|complications?)\b")


def after_surgery_note(question: str) -> str:
    """:data:`AFTER_SURGERY_NOTE` for a message that tells a problem since a recent operation or procedure; ""
    otherwise."""
    text = note_text(question)
    if not _TOLD.search(text) or not _PROBLEM.search(text) or _DENIED.search(text):
        return ""
    return AFTER_SURGERY_NOTE
