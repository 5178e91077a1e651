"""Signs that are no emergency but need a doctor's check soon, and the line a reply gets when a message tells one.

Blind review HH (session 36): "blood in my pee this morning, pink/red color, no pain at all ... 58 yo man, ex smoker"
and "food keeps getting stuck halfway down ... getting worse over a few months" were read as an emergency by the
classifier or declined; neither reply said what a doctor would: get it checked soon, within a week or two, even if it
does not hurt or has stopped. The signs here are those that guidance on recognising cancer early asks people to see
a doctor about promptly (the UK's NICE guideline NG12, "Suspected cancer: recognition and referral", and the NHS's
pages on it): visible blood in the urine, food that sticks on the way down, a hoarse voice for three weeks or more,
weight lost without trying, a new lump in a breast, a testicle, an armpit or the neck, bleeding after the menopause,
blood from the bottom, a mole that changes, a mouth ulcer that has not healed in three weeks, and yellow skin or eyes.

The line is worded "if you have ...", as the triage's additions are: a sign read wrongly costs a sentence, never an
answer. It never replaces the emergency triage, which runs first; what is an emergency (a lot of blood, clots with no
urine passed, food stuck now with drooling) is the triage's. A sign that is denied ("no blood in my urine") or told of
a baby (a newborn's yellow skin is the triage's) does not count, nor one already seen to (diagnosed, investigated,
referred or booked).
"""

from __future__ import annotations

import re

from .textkeys import note_text

#: The line, with the signs the message tells.
SEE_SOON_NOTE = ("If you have {signs}, see a doctor soon, within a week or two, even if it does not hurt, comes and "
                 "goes or has stopped: its causes are best found early.")

#: Not after a denial: "no blood in my urine", "not losing weight", "without any lump".
_NOT = r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bany )(?<!\bnever )"
_WHOSE = r"(?:my|his|her|their|the|your|our)"
#: Three weeks or more.
_WEEKS = r"(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|several|many) (?:weeks|months)"


def _rx(*alternatives: str) -> re.Pattern[str]:
    """One pattern of word-bounded ``alternatives``."""
    return re.compile("|".join(rf"\b{a}\b" for a in alternatives))


#: (what the line names, the words that tell it), in the order the line names them.
_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("blood in your urine", _rx(
        # (with no "my": "blood in pee but no pain, im 64 man", session 39's blind review QQ)
        rf"{_NOT}(?:blood|bleeding) (?:\w+ ){{0,2}}(?:in|when) (?:{_WHOSE} )?(?:\w+ )?(?:pee|wee|urine|urinat\w*"
        r"|peeing)",
        r"(?:pee|wee|urine) (?:\w+ ){0,3}(?:is|was|looks|looked|has been|came out|comes out|went|turned) (?:\w+ )?"
        r"(?:bloody|red|pink)",
        rf"{_NOT}(?:bloody|red|pink) (?:pee|wee|urine)", rf"{_NOT}peeing blood", rf"{_NOT}(?:visible )?ha?ematuria",
        # "red colour in my pee" (session 36's blind review JJ)
        rf"{_NOT}(?:red|pink|bloody) (?:\w+ ){{0,2}}(?:in|of) {_WHOSE} (?:pee|wee|urine)")),
    ("food that sticks when you swallow", _rx(
        # not food that "stays stuck in the stomach" (a child's empacho) or in the teeth
        r"food (?:\w+ ){0,3}(?:stuck|sticks|sticking)(?! in (?:the|my|his|her|their) (?:stomach|belly|tummy|teeth))",
        rf"{_NOT}(?:trouble|difficulty|problems?) swallowing", r"(?:hard|harder|difficult) to swallow",
        r"swallowing (?:is|has been|has got|got) (?:\w+ )?(?:hard|harder|difficult|painful)")),
    ("a hoarse voice that has lasted three weeks or more", _rx(
        rf"hoarse\w*\b.{{0,60}}\b{_WEEKS}", rf"{_WEEKS}\b.{{0,60}}\bhoarse\w*")),
    ("weight loss you cannot explain", _rx(
        rf"{_NOT}(?:lost|losing|dropped|dropping|lose) (?:\w+ ){{0,3}}(?:weight|\d+ ?(?:kg|kilos?|lbs?|pounds|stone))"
        r"\b.{0,60}\b(?:without trying|not trying|for no reason|no reason|dont know why|do not know why|unexplained"
        r"|not (?:on a )?diet\w*|havent been dieting|eating (?:the same|normally|normal))",
        r"unexplained weight loss", r"weight loss (?:without|for no)")),
    ("a new lump in a breast, a testicle, an armpit or the neck", _rx(
        rf"{_NOT}(?:new |hard |painless |small |little |pea ?sized )?lump (?:\w+ ){{0,3}}(?:in|on) {_WHOSE} "
        r"(?:\w+ )?(?:breasts?|boobs?|nipples?|testicles?|testis|balls?|scrotum|armpits?|neck)",
        rf"{_NOT}(?:breast|testicle|testicular|armpit|neck) lump",
        # glands swollen for weeks, or with night sweats or weight lost ("Swollen lymph nodes in my armpit and drenching
        # night sweats for about a month, lost some weight too", session 39's blind review QQ); not a cold's
        rf"{_NOT}(?:swollen|enlarged|hard) (?:lymph )?(?:nodes?|glands?)\b.{{0,80}}\b(?:night sweats|{_WEEKS}|a month"
        r"|lost (?:\w+ ){0,2}weight|weight loss)")),
    ("bleeding after the menopause", _rx(
        r"(?:bleeding|spotting|blood)\b.{0,60}\b(?:after|since|post) (?:the |my )?menopause",
        r"post ?menopausal (?:bleeding|spotting)",
        r"(?:periods? (?:stopped|ended|finished)|menopause|went through (?:the )?menopause) (?:\w+ ){0,4}"
        r"(?:years? ago|\d+ years)\b.{0,80}\b(?:bleeding|spotting|blood)")),
    ("blood in your poo or from your bottom", _rx(
        rf"{_NOT}blood (?:\w+ ){{0,3}}(?:in|on) {_WHOSE} (?:\w+ )?(?:stools?|poo|poop|toilet paper|tissue"
        r"|bowel movements?)",
        rf"{_NOT}rectal bleeding", rf"{_NOT}bleeding from {_WHOSE} (?:bottom|back passage|rectum|anus|butt)",
        rf"{_NOT}(?:bloody|blood in) (?:stools?|poo|poop|diarrh\w*)")),
    ("a mole that is changing", _rx(
        r"mole (?:\w+ ){0,4}(?:chang\w*|grow\w*|got bigger|getting bigger|bleed\w*|darker|gone darker"
        r"|new colou?rs?|irregular|crust\w*)")),
    ("a mouth ulcer that has not healed in three weeks", _rx(
        rf"(?:ulcer|sore|patch) (?:\w+ ){{0,5}}(?:mouth|tongue|gum|cheek|lip)\w*\b.{{0,60}}\b{_WEEKS}",
        rf"(?:mouth|tongue|gum|cheek) (?:ulcer|sore)s?\b.{{0,60}}\b{_WEEKS}")),
    ("yellow skin or yellow whites of the eyes", _rx(
        rf"(?:skin|whites? of {_WHOSE} eyes|eyes) (?:\w+ ){{0,3}}(?:yellow|yellowish|jaundiced)",
        r"(?:yellow|yellowish) (?:skin|eyes)", r"(?:i am|im|he is|hes|she is|shes|look|looks|looking) jaundiced")),
)
#: The sign already seen to: diagnosed, investigated, referred or booked ("after a cystoscopy they found bladder
#: cancer", "I have a biopsy appointment for a breast lump", "a mammogram booked"); the line would tell them what they
#: have done.
#: Not a scan or an appointment only asked about ("do I need a scan?", "should I make an appointment?"), nor cancer
#: feared ("could it be cancer?"): those are whom the line is for.
_SEEN = re.compile(r"\b(?:diagnos\w*|biops\w*|cystoscopy|colonoscopy|endoscopy|barium|mammogram|referred|referral"
                   r"|booked|specialist|urologist|oncologist|gyna?ecolog\w*|ent|nephrologist|dermatologist"
                   r"|gastroenterologist|haematologist|hematologist"
                   r"|(?:had|have had|has had|did|done|after|showed|shows|on) (?:\w+ ){0,2}"
                   r"(?:scans?|ultrasound|x-?rays?|mri|ct)|(?:scan|ultrasound|x-?ray|mri|ct) (?:\w+ )?(?:showed|shows"
                   r"|found|said)"
                   r"|(?:have|got|has|had|made|waiting for) (?:\w+ ){0,2}appointment"
                   r"|(?:doctor|doc|gp|dr|nurse|consultant|surgeon|hospital) (?:\w+ )?(?:said|says|thinks|found|told"
                   r"|checked)"
                   r"|turned out|came back as|pathology|stage \d|chemo\w*|surgery|removed)\b")
#: A baby's or a newborn's yellow skin is the triage's (newborn jaundice), and told of a baby or a child (an age under
#: 16), the other signs mean something else too: the line is for a writer about themself or another adult.
_BABY = re.compile(r"\b(?:baby|babys|babies|newborns?|new born|infants?|toddlers?|\d+ ?(?:day|week|month)s? old"
                   r"|(?:one|two|three|four|five|six) (?:day|week|month)s? old"
                   r"|(?:[1-9]|1[0-5]) ?(?:years?|yrs?|yo|y/o)\b(?! ago))\b")


def signs_told(question: str) -> list[str]:
    """What :data:`SEE_SOON_NOTE` names for ``question``: the signs it tells, in :data:`_SIGNS`' order."""
    text = note_text(question)
    if _BABY.search(text) or _SEEN.search(text):
        return []
    return [name for name, pattern in _SIGNS if pattern.search(text)]


def see_soon_note(question: str) -> str:
    """:data:`SEE_SOON_NOTE` with the signs ``question`` tells (at most two named); "" when it tells none."""
    signs = signs_told(question)[:2]
    if not signs:
        return ""
    return SEE_SOON_NOTE.format(signs=" or ".join(signs))
