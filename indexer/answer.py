"""From a patient's question to an answer decision: triage first, then search, then abstain or answer."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from corpus import RARE_TAG, QARecord
from corpus.layout import title

from .after_surgery import after_surgery_note
from .animals import declines, is_about_an_animal
from .audience import AUDIENCE_MISMATCH
from .cancer import is_cancer_record, speaks_of_cancer
from .combining import COMBINING_NOTE, MedicineWords, about_combining
from .language import ENGLISH_ONLY, detect_language
from .lay_terms import LayTerm
from .query import analyze, record_classes
from .ranking import RankerConfig
from .request_classifier import DEFAULT_SETTING, RequestClassifier, load_request_classifier
from .requests import is_service_request
from .search import Hit, Query, Related, Searcher, SearchResult
from .see_soon import see_soon_note
from .small_talk import is_small_talk
from .spelling import Correction

LOG = logging.getLogger(__name__)

NO_MATCH_MESSAGE = (
    "No reviewed answer matches your question closely enough, so we will not guess. "
    "Try asking about one condition or medicine in a sentence or two, or contact your clinic. "
    "If you, or the person you are asking for, feel very unwell, call your local emergency number."
)
#: Added to a no_match for a message about a medicine only (session 32's blind review R: bedsores, dementia care, an
#: MRI and library hours were all told that "a pharmacist can answer questions about a medicine").
MEDICINE_NOTE = "A pharmacist can also answer questions about a medicine."
_MEDICINE = re.compile(
    r"\b(?:medicines?|medications?|meds|pills?|tablets?|capsules?|drugs?|doses?|dosage|prescri\w*|side ?effects?"
    r"|over the counter|otc|inhalers?|injections?|vaccines?|supplements?|vitamins?|antibiotics?|painkillers?"
    r"|pain relievers?|blood thinners?)\b",
    re.IGNORECASE,
)
#: Added when a message about a medicine tells of a pregnancy or breastfeeding now and the answer does not speak of
#: either (session 43's blind review GGG: "can i take ibuprofen for back pain when pregnant? 24 weeks" got a page on
#: back pain medicines that recommends anti-inflammatories and never mentions pregnancy, when they are generally avoided
#: after 20 weeks), or when nothing answers it.
PREGNANCY_NOTE = ("This answer is not written for pregnancy or breastfeeding, and some medicines are not safe "
                  "then: ask your midwife, doctor or pharmacist before you take any.")
PREGNANCY_NO_MATCH_NOTE = ("Some medicines are not safe in pregnancy or while breastfeeding: ask your midwife, doctor "
                           "or pharmacist before you take any.")
#: A pregnancy or breastfeeding now: "when pregnant", "I'm 24 weeks pregnant", "while breastfeeding", "she's nursing";
#: not one denied, over or hoped for ("not pregnant", "before I was pregnant", "trying to get pregnant", "could I be
#: pregnant", "stopped breastfeeding").
_PREGNANT_NOW = re.compile(
    r"\b(?:(?:when|while|whilst|if|during|now|currently|am|im|i'm|i am|is|she's|shes|she is|wife's|were|we're|you're"
    r"|youre|weeks?|wks?|months?|trimester) (?:\d+ (?:weeks?|wks?|months?) )?pregnan(?:t|cy)"
    r"|(?<!not )(?<!stopped )(?<!stop )(?<!after )(?<!finished )(?<!quit )(?:breast ?feeding|breast-feeding"
    r"|breastfed|nursing (?:mum|mom|mother|my baby|a baby))"
    r"|(?:first|second|third|1st|2nd|3rd) trimester)\b",
    re.IGNORECASE,
)
#: An answer that speaks of pregnancy or breastfeeding itself.
_SPEAKS_OF_PREGNANCY = re.compile(r"pregnan|breast-?feed|breastfed|nursing mothers?|lactat", re.IGNORECASE)


def pregnancy_note(question: str, medicines: MedicineWords, answer: str | None) -> str:
    """For a message about a medicine that tells of a pregnancy or breastfeeding now: :data:`PREGNANCY_NOTE` when
    ``answer`` (the answer's text) does not speak of either, :data:`PREGNANCY_NO_MATCH_NOTE` when nothing answers
    (``answer`` None); "" otherwise."""
    if not (_PREGNANT_NOW.search(question) and _about_a_medicine(question, medicines)):
        return ""
    if answer is None:
        return PREGNANCY_NO_MATCH_NOTE
    return "" if _SPEAKS_OF_PREGNANCY.search(answer) else PREGNANCY_NOTE


#: Added to a no_match for a message about low mood or anxiety (session 23's review: a 27-year-old's three months
#: of low mood got "a pharmacist can answer questions about a medicine" and nothing about where to turn).
MOOD_NOTE = (
    "If your mood has been low or anxious for weeks, please talk to your doctor: depression and anxiety are common "
    "and can be treated. If you ever think about harming yourself, contact {crisis} now."
)
_MOOD = re.compile(
    r"\b(?:depress(?:ed|ion|ive)|feel(?:ing)? (?:so |really |very )?(?:down|low|hopeless|empty|flat|numb|worthless)"
    r"|low mood|hopeless|no motivation|(?:lost|no) interest in (?:anything|everything|things)|not enjoying anything"
    r"|can'?t stop crying|anxious|anxiety|panic attacks?|lonely|grie(?:f|ving))\b",
    re.IGNORECASE,
)


#: The line an answer from a medicine's leaflet gets when the message asks about side effects and the collection
#: holds no section on them for that medicine (the LiveQA leaflets of lisinopril and others carry only some of their
#: sections: session 28's reviews got the dosage section for "side effects of lisinopril").
#: ("this answer", not "our reviewed answers": a page about the condition's medicines in general may list some of them;
#: session 38's blind review OO, methylphenidate with the ADHD medicines page in the matches.)
SIDE_EFFECTS_NOTE = ("If you are asking about side effects: this answer does not cover the side effects of the "
                     "medicine you named. A pharmacist or your clinician can tell you about them, and about any you "
                     "have.")
#: Added when the message asks about a dose of a medicine it names and the answer is not that medicine's leaflet
#: (session 33's blind review: "how many colchicine tablets maximum per day?" got the gout treatment page, which
#: gives no dose).
DOSE_NOTE = ("If you are asking about a dose: this answer does not give one for the medicine you named. The label, a "
             "pharmacist or your clinician can tell you the dose that is right for you.")
#: Added when the message asks about stopping a medicine (or coming off it, skipping it, running out) and the answer
#: is no leaflet of a medicine it names, or when nothing answers it (session 35's blind reviews: "can i just stop
#: propranolol?", "stopped bupropion cold turkey", each declined with no word that some medicines must not be stopped
#: suddenly).
STOPPING_NOTE = ("If you are asking about stopping a medicine: some must not be stopped suddenly. Ask the clinician "
                 "who prescribed it, or a pharmacist, before you stop it or change how you take it.")
_STOP_VERB = re.compile(
    r"\b(?:stop(?:ping|ped|s)?|quit(?:ting|s)?|come off|coming off|came off|get off|getting off|go off|going off"
    r"|wean(?:ing)?(?: \w+)? off|taper(?:ing)?(?: \w+)? off|skip(?:ping|ped)?|ran out of|run out of|running out of)"
    r"((?: [\w'-]+){1,4})", re.IGNORECASE)
#: What is stopped, in the words after the verb: a medicine named, these words, or a name with a medicine's ending
#: ("propranolol", which the index has no leaflet for).
_STOPPED_THING = re.compile(
    # "it" and "them" unless what is stopped is the illness: "stop it happening again", "stop it from getting worse"
    r"\b(?:taking|using|(?:it|them)(?! (?:from|happening|getting|coming|spreading|again|recurring|returning|hurting"
    r"|itching|bleeding|being|going|growing|developing|forming))|pills?|tablets?|meds|medications?|medicines?|doses?"
    r"|prescriptions?|inhalers?"
    r"|injections?|patch(?:es)?|antidepressants?|steroids?|cold turkey"
    r"|\w{3,}(?:olol|pril|sartan|statin|prazole|dipine|cycline|floxacin|oxetine|opram|azepam|azolam|triptan|tidine"
    r"|mycin|cillin|profen|parin|xaban|gatran|lukast|terol|olone|asone))\b", re.IGNORECASE)
#: A dose told ("i take 40mg twice a day"): a word of medicines too.
_DOSE_TOLD = re.compile(r"\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|milligrams?)\b", re.IGNORECASE)


def stopping_asked(question: str, words: MedicineWords) -> bool:
    """The message asks about stopping, skipping or running out of a medicine: in a question sentence, a verb of
    stopping, then within four words a medicine it names or a word such as "taking", "them", "my pills" (not "what
    medicine can stop my cough"), and a medicine named somewhere, a word of medicines (:func:`medicine_note`'s) or a
    dose."""
    if not (_about_a_medicine(question, words) or _DOSE_TOLD.search(question)):
        return False
    # in what is asked: "the seizure stopped after two minutes ... they gave him antibiotics" tells, it does not ask
    return any(_STOPPED_THING.search(m.group(1)) or words.named(m.group(1))
               for m in _STOP_VERB.finditer(_asked(question)))


def _asked(question: str) -> str:
    """What the message asks: its question sentences, or the whole message when it asks none."""
    return " ".join(analyze(question).questions) or question


def _about_a_medicine(question: str, words: MedicineWords) -> bool:
    """The message names a medicine (by a name the index knows) or speaks of medicines ("pills", "side effects")."""
    return bool(_MEDICINE.search(question) or words.named(question))


def _leaflet_of_named(words: MedicineWords, question: str, record: QARecord) -> bool:
    """``record`` is the leaflet of a medicine the message names."""
    return bool(words.named(question) & words.named(record.focus))


#: A dose asked: "what dose", "how many tablets can I take", "how much is safe", "maximum per day".
_DOSE_ASKED = re.compile(
    # not an amount of food or drink: "How much juice or glucose should he have?" of a child on insulin (session 34's
    # blind review CC)
    r"\b(?:doses?|dosages?|how (?:much|many)(?!(?: \w+){0,3}? (?:juice|glucose|sugar|sweets|candy|water|food|carbs?"
    r"|carbohydrates?|milk|formula|fluids?|caffeine|coffee|tea|alcohol|wine|beer|drinks?|sleep|exercise|fib(?:re|er)"
    r"|protein|salt|calories)\b)(?: \w+){0,3} (?:mg|milligrams?|tablets?|pills?|capsules?|puffs?|units?"
    r"|can (?:i|he|she|you|we) (?:take|give|have)|should (?:i|he|she|you|we) (?:take|give|have)"
    r"|is (?:safe|too much|the max\w*))|max(?:imum)? (?:dose|amount|per day|a day|in a day)"
    r"|how often can (?:i|he|she|you|we) (?:take|give))\b", re.IGNORECASE)
#: Under an answer given after the patient set a classifier alarm aside (session 26's code review: the crisis line
#: must not vanish with the alarm).
SET_ASIDE_NOTE = ("You said nothing like an emergency is happening now. If that changes, call {emergency}; if you "
                  "are thinking of harming yourself, contact {crisis}.")
#: Kinds of a classifier alarm the patient cannot set aside: the classifier names them only with words of self-harm
#: or a crisis in the message (safety.triage), and a person in crisis may well say nothing is happening.
NEVER_SET_ASIDE = frozenset({"suicide_self_harm", "mental_health_crisis"})


def _may_set_aside(emergency: EmergencyLike) -> bool:
    """Whether a classifier alarm of this kind may be set aside by the patient (not a NEVER_SET_ASIDE kind)."""
    return emergency.category not in NEVER_SET_ASIDE


def _rule_settable(emergency: EmergencyLike) -> bool:
    """Whether the triage rules marked their alarm as one the patient may set aside (``Emergency.settable``), never
    one of a NEVER_SET_ASIDE kind."""
    return bool(getattr(emergency, "settable", False)) and _may_set_aside(emergency)


#: Added when the message speaks of a photo, picture or attachment (session 29's blind review: "I uploaded a picture
#: of the mole on my arm, can you tell me if it's cancer" got the skin cancer page with no word that nothing was seen).
PHOTO_NOTE = ("We cannot see photos, pictures or attachments: only the words of your message were read. Your clinic "
              "or a clinician who can look at it can tell you what it shows.")
_PHOTO = re.compile(
    r"\b(?:(?:attach(?:ed|ing)?|upload(?:ed|ing)?|sen[dt]|sending|see|look at|heres|here is|here are|posted"
    r"|added|share|shared|sharing) (?:\w+ ){0,3}(?:photos?|pictures?|pics?|images?|screenshots?|selfies?)"
    r"|(?:photos?|pictures?|pics?|images?|screenshots?) (?:\w+ )?(?:attached|uploaded|below|above)"
    r"|see attach\w*|attached (?:is|are)|(?:in|from) (?:the|this|my) (?:photo|picture|pic|image|screenshot)s?)\b",
    re.IGNORECASE,
)


def photo_note(question: str) -> str:
    """:data:`PHOTO_NOTE` for a message that speaks of a photo or attachment it expects to be seen; "" otherwise."""
    return PHOTO_NOTE if _PHOTO.search(question.replace("'", "")) else ""


def medicine_note(question: str, medicines: MedicineWords) -> str:
    """:data:`MEDICINE_NOTE` for a message that names a medicine (by a name the index knows, or in words such as
    "pills" or "side effects"); "" otherwise."""
    return MEDICINE_NOTE if _about_a_medicine(question, medicines) else ""


#: Added when a message tells of someone newly hearing voices or believing others put thoughts in their head or plot
#: against them, and no one is treating it yet (session 38's blind review OO: "now says the neighbours are putting
#: voices in his head through the walls. Could this be schizophrenia? What should we do?" was declined with nothing
#: on how soon to seek help). Early help in a first psychosis is what the NHS and NICE guidance (CG178) ask for.
PSYCHOSIS_NOTE = ("If someone has started hearing voices, or believes others are putting thoughts into their head, "
                  "watching them or plotting against them, they should see a doctor within days: help early in "
                  "psychosis works best. If they may harm themselves or anyone else, call your local emergency number "
                  "now.")
_PSYCHOSIS = re.compile(
    r"(?<!\bno )(?<!\bnot )(?<!\bnever )\b(?:hear(?:s|ing)? voices|voices in (?:my|his|her|their) head"
    r"|putting (?:voices|thoughts|things) (?:in|into) (?:my|his|her|their) head"
    r"|(?:thinks|believes|convinced|says|sure) (?:that )?(?:the )?(?:neighbou?rs|people|everyone|they|the government"
    r"|someone|the police|his \w+|her \w+) (?:are|is) (?:watching|following|spying on|plotting|poisoning|controlling"
    r"|reading (?:my|his|her|their) (?:mind|thoughts)))\b",
    re.IGNORECASE)
#: Already in someone's care for it: the line would tell them what they have done.
_PSYCHOSIS_SEEN = re.compile(
    r"\b(?:diagnosed|psychiatrist|care coordinator|crisis team|early intervention|antipsychotics?|clozapine|olanzapine"
    r"|risperidone|aripiprazole|quetiapine|haloperidol|sectioned|on (?:his|her|my|their) (?:meds|medication))\b",
    re.IGNORECASE)


def psychosis_note(question: str) -> str:
    """:data:`PSYCHOSIS_NOTE` for a message that tells of new psychotic experiences not yet in anyone's care."""
    text = question.replace("'", "").replace("\u2019", "")
    return PSYCHOSIS_NOTE if _PSYCHOSIS.search(text) and not _PSYCHOSIS_SEEN.search(text) else ""


#: Hopelessness told in so many words: the low-mood line goes under an answer too (session 42's blind review FFF: it
#: was added to declined messages only, and a teenager's "whats the point of anything" over an answered question got no
#: word on where to turn). Narrower than :data:`_MOOD`: "anxious about my scan" under an answer needs no line.
_HOPELESS = re.compile(
    r"\b(?:hopeless|worthless|(?:no|dont see the|don't see the|whats the|what's the|what is the) point (?:in |of )?"
    r"(?:anything|living|life|going on|trying|any ?more)"
    r"|i (?:feel|am feeling|have been feeling|ve been feeling|'ve been feeling|just feel) "
    r"(?:so |really |very |totally )?(?:empty|numb|dead inside)(?! (?:in|on|down|from|around|below|above)\b)"
    r"|can'?t stop crying|(?:life|everything) (?:feels|seems|is) (?:pointless|meaningless))\b",
    re.IGNORECASE,
)


def mood_note(question: str, crisis: str) -> str:
    """The line about low mood for a message that tells of it, with ``crisis`` (the crisis line); "" otherwise."""
    return MOOD_NOTE.format(crisis=crisis) if _MOOD.search(question) else ""


def hopeless_note(question: str, crisis: str) -> str:
    """The line about low mood, with ``crisis``, under an answer to a message that tells of hopelessness; ""
    otherwise."""
    return MOOD_NOTE.format(crisis=crisis) if _HOPELESS.search(question) else ""


SERVICE_MESSAGE = (
    "This looks like a request for the clinic (appointments, prescriptions, bills, your own results "
    "or records) or something other than a health question, which this service cannot handle. "
    "Please contact the clinic directly. "
    "If you, or the person you are asking for, feel very unwell, call your local emergency number."
)
#: For a message that asks no health question (indexer/small_talk.py): a greeting, thanks, the service asked about.
SMALL_TALK_MESSAGE = (
    "This service answers health questions with pages that clinicians and health agencies have written and "
    "reviewed, shown word for word with their source and reviewer; it writes no answers of its own and gives no "
    "diagnosis. Ask about a condition, a symptom, a medicine or a test in a sentence or two. For appointments, "
    "prescriptions or your own results, contact your clinic. "
    "If you, or the person you are asking for, feel very unwell, call your local emergency number."
)
ANIMAL_MESSAGE = (
    "This service answers questions about people's health, from answers reviewed for people, so it "
    "cannot advise about an animal. Please ask a vet; if your animal is in distress now, call your vet "
    "or an emergency animal clinic. If a person was bitten, scratched or made ill, ask about that person."
)
#: Added to an emergency message when the question seems to be about an animal. The emergency is
#: never withheld for that: a wrong reading of "animal" must not cost a person the message.
ANIMAL_EMERGENCY_NOTE = "If this is about an animal, call your vet or an emergency animal clinic now."
ANSWERED_MESSAGE = (
    "This is general information reviewed by {reviewer}, not a diagnosis. "
    "Ask your clinician about your own situation."
)


#: Under an answer whose record names no reviewer: said, never made up (a review of session 19 found "reviewed
#: by the corpus maintainers" under answers a corpus gave no reviewer for).
UNREVIEWED_MESSAGE = (
    "This is general information from {source}; no reviewer is recorded for it. It is not a diagnosis. "
    "Ask your clinician about your own situation."
)


def answered_message(record: QARecord) -> str:
    """The line shown under an answer: who reviewed it (or that no reviewer is recorded), not a diagnosis."""
    if record.reviewed_by.strip():
        return ANSWERED_MESSAGE.format(reviewer=record.reviewed_by)
    return UNREVIEWED_MESSAGE.format(source=record.source.strip() or "this service's answer collection")


@dataclass(frozen=True, slots=True)
class RecordView:
    """A record a patient opened from a list of related questions or suggestions: the record, the line shown
    under it, and its own related questions."""

    record: QARecord
    message: str
    related: list[Related]


def open_record(searcher: Searcher, record_id: str) -> RecordView | None:
    """The record ``record_id`` as a patient who picked it from a list sees it (the API's ``/v1/records/<id>``
    and the page's ``/?id=``); None when the live index has no such record to show (an answerless distractor
    question of an evaluation index has nothing to show either)."""
    record = searcher.record(record_id)
    if record is None or record.answerless:
        return None
    return RecordView(record, answered_message(record), searcher.related_to(record_id) or [])


class EmergencyLike(Protocol):
    category: str
    message: str
    rule: str


class TriageLike(Protocol):
    def check(self, text: str) -> EmergencyLike | None: ...


@dataclass(frozen=True, slots=True)
class Answer:
    status: str  # "answered" | "no_match" | "emergency"
    answer: Hit | None
    confidence: float
    matches: list[Hit]
    related: list[Related]
    message: str
    index_version: str
    emergency: EmergencyLike | None = None
    extra: dict[str, object] = field(default_factory=dict)
    #: Misspelled words of the question and the corpus words searched instead.
    corrections: tuple[Correction, ...] = ()
    #: Lay phrases of the question and the medical names searched with them ("low thyroid": hypothyroidism).
    read_as: tuple[LayTerm, ...] = ()
    #: A warning about what the answer does not cover (the line about combining medicines), or a sign to see a doctor
    #: about soon (indexer/see_soon.py), also at the end of ``message``; pages show it apart, before the answer.
    caution: str | None = None
    #: What a ``no_match`` offers the patient instead: its matches with a score at or above the ranker's
    #: ``suggestion_floor``, one per question text, at most five (empty for other answers).
    suggestions: tuple[Hit, ...] = ()

    @property
    def shown_message(self) -> str:
        """``message`` without the ``caution`` at its end (for pages that show the caution apart)."""
        if self.caution and self.message.endswith(self.caution):
            return self.message[: -len(self.caution)].rstrip()
        return self.message

    @property
    def clinic_by(self) -> str | None:
        """What sent this ``no_match`` to the clinic as clinic business ("rules" or "classifier"), or None."""
        return str(self.extra["by"]) if self.extra.get("reason") == "service_request" else None

    @property
    def emergency_by(self) -> str | None:
        """What raised this emergency: ``"rules"`` or ``"classifier"`` (the learned check, which a patient may set
        aside: :meth:`Answerer.ask`'s ``no_emergency_now``); None for other answers."""
        by = self.extra.get("emergency_by")
        return str(by) if self.status == "emergency" and by else None

    @property
    def emergency_can_set_aside(self) -> bool:
        """Whether the patient may set this emergency aside (``no_emergency_now``): the classifier's alarms, except
        those of NEVER_SET_ASIDE kinds; a rule's only where the message names a condition of the writer's that
        explains the signs (safety.triage.rule_alarm_settable: panic attacks, for a breathing alarm)."""
        if self.emergency is None:
            return False
        if self.emergency_by == "rules":
            return _rule_settable(self.emergency)
        return self.emergency_by == "classifier" and _may_set_aside(self.emergency)

    @property
    def emergency_set_aside(self) -> bool:
        """The learned check would have raised an emergency, and the patient said nothing like it is happening now."""
        return bool(self.extra.get("emergency_set_aside"))

    @property
    def small_talk(self) -> bool:
        """A ``no_match`` because the message asks no health question (a greeting, thanks, the service asked about)."""
        return self.extra.get("reason") == "not_a_question"

    @property
    def about_an_animal(self) -> bool:
        """A ``no_match`` because the question is about an animal, not a person."""
        return self.extra.get("reason") == "animal"

    @property
    def notice(self) -> tuple[str, str] | None:
        """(language code, line) when ``message`` starts with the line in the writer's language."""
        code = self.extra.get("language")
        if not (isinstance(code, str) and code in ENGLISH_ONLY):
            return None
        line = self.extra.get("language_line")
        line = line if isinstance(line, str) and line.startswith(ENGLISH_ONLY[code]) else ENGLISH_ONLY[code]
        return (code, line) if self.message.startswith(line) else None

    @property
    def not_english(self) -> bool:
        """A ``no_match`` of a message written in another language (:mod:`indexer.language`)."""
        return self.extra.get("reason") == "language"


#: How many suggestions a ``no_match`` offers.
MAX_SUGGESTIONS = 5


_Linked = TypeVar("_Linked", Hit, Related)


def first_per_question(items: Iterable[_Linked], limit: int) -> list[_Linked]:
    """Hits or related questions for a list of links: the first of each question as the patient sees it (its
    :func:`~corpus.layout.title`, case aside; MedQuAD repeats "What is (are) Diarrhea ?" across sources, and four
    identical links would look like one), at most ``limit``."""
    seen: set[str] = set()
    out: list[_Linked] = []
    for item in items:
        if len(out) >= limit:
            break
        key = title(item.record.question).casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def suggestions_of(matches: Iterable[Hit], ranker: RankerConfig,
                   named: Callable[[QARecord], bool] = lambda record: False,
                   cancer_spoken: bool = True) -> tuple[Hit, ...]:
    """The matches a ``no_match`` offers as suggestions: scored at least ``ranker.suggestion_floor``, the first of
    each question (:func:`first_per_question`), at most :data:`MAX_SUGGESTIONS`; a record about a rare condition
    (tagged ``rare``) only when the message names its condition (``named``, :meth:`Searcher.names_of`). On the graded
    dev set's no_match messages the rare pages so left out were judged Related or better 17% of the time, the
    suggestions kept 51% (session 30, docs/evaluation.md). Nor a record written for another age group than the person
    the message is about (indexer/audience.py's flag: a widower's "is it normal to still cry every day" was offered
    excessive crying in babies first, session 33's blind review Y); 2 of the graded set's 1,066 suggestions judged
    Related or better were so flagged. Nor a page about a cancer when the message speaks of no cancer nor of what
    may be one (``cancer_spoken``, :func:`speaks_of_cancer`) and does not name the page's condition: a boy of 16
    asking about breast tissue was offered the stages of breast cancer (session 37's blind review KK), men asking
    about finasteride for hair loss prostate cancer. On the graded dev set's no_match messages, 4 of the 28 such
    suggestions were judged Related and none better, against 873 of the other 1,675 suggestions of messages that
    speak of no cancer judged Related or better (52%)."""
    close = (hit for hit in matches if hit.score >= ranker.suggestion_floor
             and (RARE_TAG not in hit.record.tags or named(hit.record))
             and not hit.features.get(AUDIENCE_MISMATCH)
             and (cancer_spoken or named(hit.record)
                  or not is_cancer_record(hit.record)))
    return tuple(first_per_question(close, MAX_SUGGESTIONS))


def _suggestions(searcher: Searcher, result: SearchResult, question: str) -> tuple[Hit, ...]:
    return suggestions_of(result.matches, searcher.ranker, searcher.names_of(question), speaks_of_cancer(question))


@dataclass(frozen=True, slots=True)
class _NotedEmergency:
    category: str
    message: str
    rule: str
    settable: bool = False


def _emergency(searcher: Searcher, emergency: EmergencyLike, question: str, by: str) -> Answer:
    """The emergency answer, found ``by`` the rules or the classifier; about an animal, the message also names a
    vet (never instead of it)."""
    if is_about_an_animal(question):
        emergency = _NotedEmergency(emergency.category, f"{emergency.message} {ANIMAL_EMERGENCY_NOTE}", emergency.rule,
                                    _rule_settable(emergency))
    return Answer("emergency", None, 1.0, [], [], emergency.message, searcher.version, emergency,
                  extra={"emergency_by": by})


class Answerer:
    """Runs the emergency triage before any retrieval, then the clinic-request check, then the Searcher.

    The triage's rules read the text first. When the triage also has a classifier
    (``check_vector``), the question is encoded once (:meth:`Searcher.prepare`), the classifier
    reads that vector, and the search reuses it; a classifier trained on other encoder weights
    than the index's is never given vectors (logged once, the rules still run). A question about an
    animal (:mod:`indexer.animals`) still goes through both (its emergency message gains a line
    about vets), and is then answered only from a record about pets; otherwise it gets ``no_match``
    with a pointer to a vet. Clinic requests are the wording rules of :mod:`indexer.requests` (before
    the search), then ``requests`` (a :class:`~indexer.request_classifier.RequestClassifier`) on the
    same vector, which can only turn an answer the search would give into the clinic message. A
    message written in another language (:mod:`indexer.language`) gets the same decision with "we
    answer in English only; in an emergency, call now" first, in its language.
    """

    def __init__(self, triage: TriageLike | None = None, requests: RequestClassifier | None = None) -> None:
        self.triage = triage
        self.requests = requests
        self._checked_encoders: dict[str, bool] = {}
        self._request_encoders: dict[str, bool] = {}

    @property
    def _contacts(self) -> object | None:
        """The triage's emergency contacts (its numbers are quoted in other messages too); None without one."""
        return getattr(self.triage, "contacts", None)

    def ask(self, searcher: Searcher, question: str, top_k: int = 5, no_emergency_now: bool = False) -> Answer:
        """The decision for ``question``. ``no_emergency_now``: the patient read the message of an emergency the
        classifier raised (``emergency_by == "classifier"``) and says nothing like it is happening now; that alarm
        is set aside and the question answered as any other (session 26's blind review: a 10-year-old's bedwetting
        and a 3-week-old's yellow skin with a doctor's appointment the next day got only "call 911"). The
        classifier reads a whole message and errs on ordinary ones (about 1 in 100 of the graded dev messages);
        its alarm comes first, and the patient decides. The rules' alarms are never set aside."""
        answer = self._decide(searcher, question, top_k, no_emergency_now)
        language = detect_language(question)
        if language is None:
            return answer
        # Written in another language: the same decision, with "we answer in English only; in an
        # emergency call now" first, in that language (indexer/language.py).
        # ... with the configured emergency number after it: "call your local emergency number now (911)".
        number = getattr(self._contacts, "emergency_number", "")
        line = f"{ENGLISH_ONLY[language]} ({number})" if number else ENGLISH_ONLY[language]
        extra = dict(answer.extra, language=language, language_line=line)
        if answer.status == "no_match" and not extra.get("reason"):
            extra["reason"] = "language"
        emergency, message = answer.emergency, f"{line} {answer.message}"
        if emergency is not None:
            translate = getattr(self.triage, "message", None)
            if translate is not None and language in getattr(self.triage, "message_languages", ()):
                # The first aid itself in the writer's language where the messages are written in it
                # (Spanish: safety/messages_es.py), all of it marked as that language (the line about
                # vets stays English, after it).
                worded = translate(emergency.category, question, language, rule=emergency.rule)
                extra["language_line"] = f"{line} {worded}"
                message = extra["language_line"]
                if is_about_an_animal(question):
                    message = f"{message} {ANIMAL_EMERGENCY_NOTE}"
            emergency = _NotedEmergency(emergency.category, message, emergency.rule, _rule_settable(emergency))
        # Its words were not misspelt English: "tengo" searched as "tango" is no news to the writer.
        other_language = extra.get("reason") == "language"
        corrections = () if other_language else answer.corrections
        read_as = () if other_language else answer.read_as
        return replace(answer, message=message, emergency=emergency, extra=extra, corrections=corrections,
                       read_as=read_as)

    def _decide(self, searcher: Searcher, question: str, top_k: int, no_emergency_now: bool = False) -> Answer:
        set_aside = False
        if self.triage is not None:
            emergency = self.triage.check(question)
            if emergency is not None and not (no_emergency_now and _rule_settable(emergency)):
                return _emergency(searcher, emergency, question, "rules")
            set_aside = emergency is not None
        query = None
        if self._classifies(searcher, question):
            query = searcher.prepare(question)
            emergency = self.triage.check_vector(query.message_vector, question)  # type: ignore[union-attr]
            if emergency is not None and not (no_emergency_now and _may_set_aside(emergency)):
                return _emergency(searcher, emergency, question, "classifier")
            set_aside = set_aside or emergency is not None
        answer = self._after_triage(searcher, question, top_k, query)
        if not set_aside:
            return answer
        contacts = self._contacts
        note = SET_ASIDE_NOTE.format(
            emergency=getattr(contacts, "emergency_number", "") or "your local emergency number",
            crisis=getattr(contacts, "crisis_line", "") or "a crisis line or your local emergency number")
        # before the line about combining medicines, which stays last (Answer.shown_message takes it off the end)
        message = f"{answer.shown_message} {note}"
        if answer.shown_message != answer.message and answer.caution:
            message = f"{message} {answer.caution}"
        return replace(answer, message=message, extra=dict(answer.extra, emergency_set_aside=True))

    def _after_triage(self, searcher: Searcher, question: str, top_k: int, query: Query | None) -> Answer:
        """Clinic requests, then the search (``query``: the message already prepared for the classifier)."""
        if is_small_talk(question):
            return Answer("no_match", None, 0.0, [], [], SMALL_TALK_MESSAGE, searcher.version,
                          extra={"reason": "not_a_question"})
        if is_service_request(question):
            return self._clinic(searcher, "rules")
        requests = self.requests if self.requests is not None and self._reads_requests(searcher) else None
        if requests is not None and query is None:
            query = searcher.prepare(question)
        result = searcher.search(question, top_k=top_k, query=query)
        top = result.matches[0].record if result.answered and result.matches else None
        if declines(question, top.question if top is not None else None):
            # The matches stay as suggestions, as for any no_match: a person's question wrongly read
            # as about an animal still shows the nearest reviewed questions.
            return Answer("no_match", None, 0.0, result.matches, [], ANIMAL_MESSAGE, searcher.version,
                          extra={"reason": "animal"}, corrections=result.corrections,
                          read_as=result.read_as, suggestions=_suggestions(searcher, result, question))
        if result.answered and result.matches and not result.matches[0].record.answerless:
            # The classifier can only turn an answer into the clinic message: what the search
            # would not answer keeps its own no_match (and its suggestions).
            if requests is not None and query is not None and requests.flags(query.message_vector, question):
                return self._clinic(searcher, "classifier")
            best = result.matches[0]
            message = answered_message(best.record)
            notes = [photo_note(question), *_person_notes(question), psychosis_note(question)]
            words = searcher.medicine_words
            if (words.asks_about_combining(question) and not about_combining(best.record)
                    and not words.named_in(question, best.record)):
                notes.append(COMBINING_NOTE)
            if _side_effects_missing(searcher, question, best.record):
                notes.append(SIDE_EFFECTS_NOTE)
            if _dose_missing(words, question, best.record):
                notes.append(DOSE_NOTE)
            if stopping_asked(question, words) and not _leaflet_of_named(words, question, best.record):
                notes.append(STOPPING_NOTE)
            notes.append(pregnancy_note(question, words, best.record.answer))
            notes.append(hopeless_note(question, self._crisis_line()))
            caution = " ".join(note for note in notes if note) or None
            if caution:
                message = f"{message} {caution}"
            return Answer(
                "answered", best, result.confidence, result.matches, result.related,
                message, searcher.version, corrections=result.corrections, read_as=result.read_as, caution=caution,
            )
        crisis = self._crisis_line()
        words = searcher.medicine_words
        parts = (photo_note(question), NO_MATCH_MESSAGE, *_person_notes(question), psychosis_note(question),
                 medicine_note(question, words), pregnancy_note(question, words, None),
                 STOPPING_NOTE if stopping_asked(question, words) else "", mood_note(question, crisis))
        message = " ".join(part for part in parts if part)
        return Answer("no_match", None, result.confidence, result.matches, [], message, searcher.version,
                      corrections=result.corrections, read_as=result.read_as,
                      suggestions=_suggestions(searcher, result, question))

    def _crisis_line(self) -> str:
        """The configured crisis line, or words that say where to find one."""
        return getattr(self._contacts, "crisis_line", "") or "a crisis line or your local emergency number"

    @staticmethod
    def _clinic(searcher: Searcher, by: str) -> Answer:
        return Answer("no_match", None, 0.0, [], [], SERVICE_MESSAGE, searcher.version,
                      extra={"reason": "service_request", "by": by})

    def _reads_requests(self, searcher: Searcher) -> bool:
        """Whether the request classifier can read this searcher's vectors (checked once per encoder)."""
        encoder, requests = searcher.encoder, self.requests
        key = encoder.base_fingerprint
        if requests is not None and key not in self._request_encoders:
            fits = requests.fits(key, encoder.dim)
            if not fits:
                LOG.warning("clinic-request classifier off for this index (trained on %s %s, index encoder %s %s); "
                            "the rules still run", requests.model_name, requests.model_fingerprint, encoder.name, key)
            self._request_encoders[key] = fits
        return self._request_encoders.get(key, False)

    def _classifies(self, searcher: Searcher, question: str) -> bool:
        """Whether the triage has a classifier for this question that can read this searcher's vectors."""
        classifier = getattr(self.triage, "classifier", None)
        if classifier is None or not hasattr(self.triage, "check_vector") or not classifier.applies(question):
            return False
        encoder = searcher.encoder
        key = encoder.base_fingerprint
        if key not in self._checked_encoders:
            try:
                classifier.check_encoder(encoder.name, encoder.base_fingerprint, encoder.dim)
                self._checked_encoders[key] = True
            except ValueError as exc:
                LOG.warning("emergency classifier off for this index, the rules still run: %s", exc)
                self._checked_encoders[key] = False
        return self._checked_encoders[key]


def build_answerer(
    country: str = "US", emergency_classifier: str = "bundled", request_classifier: str = DEFAULT_SETTING
) -> Answerer:
    """The service's decision chain from its settings: the emergency rules worded for ``country``, the
    emergency classifier and the clinic-request classifier each named by a setting (``'bundled'``, a
    path, or ``'off'``). The one place the service, ``medmatch ask`` and the evaluation's served row
    build it, so the three decide alike.

    Raises:
        ValueError: unknown country code.
        safety.ClassifierError, RequestClassifierError: a classifier file is missing or unreadable.
    """
    from safety import Triage, contacts_for, load_classifier  # safety imports indexer: no import cycle

    triage = Triage(contacts_for(country), load_classifier(emergency_classifier))
    return Answerer(triage, load_request_classifier(request_classifier))


def _person_notes(question: str) -> tuple[str, str]:
    """:func:`~indexer.see_soon.see_soon_note` and :func:`~indexer.after_surgery.after_surgery_note` for a message
    about a person; none for one about an animal (a sign or an operation told of a pet is the vet's). The animal check
    runs once for both."""
    if is_about_an_animal(question):
        return "", ""
    return see_soon_note(question), after_surgery_note(question)


def _dose_missing(words: MedicineWords, question: str, record: QARecord) -> bool:
    """The message asks about a dose (in its question sentences, or anywhere when it asks none) of a medicine it
    names, and the answer is no leaflet of a medicine it names (DOSE_NOTE)."""
    if not words.named(question) or _leaflet_of_named(words, question, record):
        return False
    return _DOSE_ASKED.search(_asked(question)) is not None


def _side_effects_missing(searcher: Searcher, question: str, record: QARecord) -> bool:
    """The message asks about side effects, and the answer is a medicine's leaflet and no record about that medicine
    answers questions about side effects, or the message names a medicine whose side effects no leaflet of the index
    answers and the answer is about something else (SIDE_EFFECTS_NOTE)."""
    if "medicine" in record.tags:
        return "side_effects" in analyze(question).classes and not searcher.topic_answers(record, "side_effects")
    named = searcher.medicine_words.named(question)
    # "side effects" in other words ("Can this medicine do this to a child?", "is it from the pills?") are read as such
    # by indexer/query.py (session 34's last blind review: a boy's nightmares on Singulair got the asthma treatment
    # page with no line under it)
    return (bool(named) and "side_effects" not in record_classes(record.qtype)
            and "side_effects" in analyze(question).classes
            and not searcher.medicine_answers(named, "side_effects"))
