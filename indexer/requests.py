"""Clinic service requests (appointments, prescriptions, bills, results...) are not medical
questions: they get ``no_match`` with a pointer to the clinic, whatever the retrieval scores say.

Deterministic and deliberately narrow: a request verb with a clinic-service object, or an
unmistakable admin phrase. Questions *about* medicines or tests ("what are the side effects of
my blood pressure pills") are not requests.
"""

from __future__ import annotations

import re

#: Who a patient might ask the service to choose for them.
_CLINICIAN = r"doctor|surgeon|specialist|dentist|therapist|physician|\w+ologist|p(?:a)?ediatrician"

_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:refill|re-?fill|renew|repeat|top up|reorder|re-order)\b.{0,40}\b(?:prescription|script|meds|medication|medicine|pills|inhaler|tablets)\b",
        r"\b(?:prescription|script)\b.{0,30}\b(?:refill|renewal|renew|ready|pick ?up|sent|send)\b",
        # Not a plan told as backstory: "what should I expect before I make an appointment?"
        r"(?<!before i )(?<!before we )(?<!until i )(?<!when i )(?<!once i )"
        r"\b(?:book|make|schedule|reschedule|cancel|change|move|confirm)\b.{0,30}\b(?:appointment|appt|booking|visit|slot|check-?up)\b",
        # Dates after "appointment" are usually backstory ("we have an appointment next week"):
        # only availability, cancelling or asking for one is a request.
        r"\b(?:appointments?|appts?)\b.{0,30}\b(?:available|availability|cancel|reschedule)\b",
        r"\b(?:can|could|may) (?:i|we) (?:get|have)\b.{0,20}\b(?:appointment|appt)\b"
        r"|\bi (?:need|want|would like|'d like) (?:an|a new|to get an|to make an) (?:appointment|appt)\b",
        r"\b(?:opening|office|clinic|surgery) hours\b|\bwhat time do you (?:open|close)\b|\bare you open\b",
        r"\b(?:pay|paying|payment|bill|billing|invoice|charge[sd]?|refund|copay|co-pay)\b.{0,40}\b(?:bill|invoice|card|online|account|insurance|statement|visit)\b",
        # Asked as a coverage question; "since my insurance stopped covering it, what else is
        # there" is backstory to a health question.
        # MedQuAD answers what Medicare pays for, so only private insurance is the clinic's business.
        # "does insurance ever cover that" at the end of a health question asks about insurance in
        # general (eval/dev_graded.jsonl, gr-ah-26): only a named plan ("my", "your") is a request.
        r"\b(?:does|do|will|would|is|can)\s+(?:my|your|our|the)\s+(?:insurance|insurer)\b.{0,30}\bcover"
        r"|\bdo you (?:accept|take)\b.{0,30}\binsurance\b|\b(?:file|submit) (?:a |an )?(?:insurance )?claim\b",
        r"\b(?:send|email|mail|fax|give|get|see|access)\b.{0,20}\bmy\b.{0,20}\b(?:test |lab |blood )?(?:results|records|letter|referral|sick note|fit note)\b",
        r"\b(?:call|ring|phone|text) me back\b|\bspeak (?:to|with) (?:a|the|my) (?:doctor|nurse|receptionist|someone)\b",
        r"\bupdate my (?:address|phone|details|email)\b|\bregister (?:with|as a new patient)\b|\bnew patient registration\b",
        # Reading the patient's own report is the clinician's job; a question about what a finding
        # is ("what is degenerative disc disease?") is not a request.
        # Within one sentence: "...on my health check. My chest x-ray was clear" is no request (gr-af-12).
        r"\b(?:interpret|read|look at|go over|explain|check)\b[^.!?\n]{0,15}\bmy\b[^.!?\n]{0,25}"
        r"\b(?:report|results|scan|x-?ray|mri|labs|bloodwork|blood work)\b"
        r"|\b(?:what|tell me what) (?:does |do )?my\b.{0,30}\b(?:report|results|labs|scan)\b.{0,15}\b(?:means?|says?)\b",
        # Choosing a named or local doctor: "which surgeon in Springfield is the best", "is Dr Nguyen
        # taking new patients".
        r"\b(?:which|what|who is the) (?:\w+ )?(?:" + _CLINICIAN + r"|hospital|clinic)s? "
        r"(?:in|near|around|at) .{0,40}\b(?:is|are) (?:the )?best\b"
        r"|\brecommend (?:me )?(?:a|an|any|some) (?:good )?(?:\w+ )?(?:" + _CLINICIAN + r")s?\b"
        r"|\btaking (?:on )?new patients\b",
    )
)


def is_service_request(text: str) -> bool:
    """True when ``text`` asks the clinic to do something rather than asks a health question."""
    return any(p.search(text) for p in _PATTERNS)
