"""Query analysis: split a patient's message into sentences, find the question sentences, and
guess what is being asked (treatment, symptoms, cause...). Pure functions, no model."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_INTERROGATIVE = re.compile(
    r"^(?:what|whats|what's|how|why|when|where|which|who|whom|is|are|am|can|could|should|would|will|do|does|did|"
    r"has|have|any|anyone|please|pls|i need|i want to know|i would like to know|tell me|is there|are there)\b",
    re.IGNORECASE,
)

#: Coarse question types, each with the MedQuAD/demo qtypes it covers and cue patterns in lay words.
#: A recurrence to stop ("... them coming back", "... it from happening again"): a question about prevention, which
#: the treatment cues "what can I do" / "how do I stop" leave alone (session 25).
_RECURRENCE = r"(?:it|them|this|these|that) (?:from )?(?:coming back|happening again|recurring|returning)"
#: More of it to stop: "how do I stop getting more of them", "stop getting utis", "stop having attacks" (session 30's
#: blind review: kidney stones asked so got the treatment page, the prevention page fifth).
_GETTING_MORE = r"(?:getting|having|forming|developing|catching) "

#: What happens if it is left alone or nothing is done: "what happens if we wait more", "what will happen if I don't
#: treat it" (session 28); not any "what happens if" ("what happens if I miss a dose", "... if I take ibuprofen with
#: warfarin": a code review).
_IF_NOT = (r"what (?:happens|will happen|would happen) (?:if|when) (?:\w+ ){0,4}?"
           r"(?:not|never|untreated|wait|waits|waiting|leave|left|ignore|ignored|dont|don't|do not|doesnt|doesn't)")

QTYPE_CLASSES: dict[str, tuple[frozenset[str], str]] = {
    "treatment": (
        frozenset({"treatment", "considerations", "self care", "indication"}),
        r"\b(?:treat\w*|cure[sd]?|curing|therap\w*|medication\w*|medicine\w*|drugs?|remed\w*|"
        r"manag\w*|get rid of|relie\w*|help\w*|surgery|operation|"
        # not "what can I do to stop them coming back" (a question about preventing it: session 25)
        rf"(?:what (?:can|should) (?:i|we) do|what to do)"
        rf"(?! to (?:prevent|avoid|stop {_RECURRENCE}|stop {_GETTING_MORE}))|"
        rf"how (?:do|can) i (?:stop(?! {_RECURRENCE}| {_GETTING_MORE})|fix|heal|get)|heal(?:s|ed|ing)?|pills?|"
        # what works for it (session 32's blind review: "I have plantar fasciitis, what actually works for it")
        r"what (?:actually |really |else |best )?(?:works?|worked|has worked)(?: best)?(?= for| on| to|$| *[?.!,])|"
        r"anything (?:that )?(?:actually |really )?works?)\b",
    ),
    "symptoms": (
        frozenset({"symptoms"}),
        r"\b(?:symptoms?|signs?|feel like|look like|how do i know|how can i tell|warning signs)\b",
    ),
    "causes": (
        frozenset({"causes", "genetic changes"}),
        r"\b(?:caus\w*|why (?:do|does|did|am|is|are|have|has)|reason\w*|trigger\w*|what makes|"
        r"where does .* come from|"
        # second-language word order (session 42's blind review DDD: "How it spreads?", "From where he caught this?",
        # "From what this is making?")
        r"how (?:does |is |do |are )?(?:it|this|they|the disease|the infection) (?:is |are )?spread\w*|"
        r"(?:from )?where (?:\w+ ){0,2}(?:caught|catch|got|get) (?:it|this|that)|"
        r"from what (?:\w+ ){0,2}(?:making|coming|comes?|happening))\b",
    ),
    "diagnosis": (
        frozenset({"exams and tests", "diagnosis"}),
        r"\b(?:diagnos\w*|tests?|testing|tested|scan|x-?ray|mri|blood work|screen\w*|detect\w*|check for|"
        # "How often I should go for checking eye pressure?" (session 42's blind review DDD)
        r"go for (?:a |the )?check\w*|checking for)\b",
    ),
    "outlook": (
        frozenset({"outlook", "stages"}),
        r"\b(?:prognosis|outlook|life expectancy|survival|surviv\w*|live with|go away|permanent|fatal|"
        r"die from|recover\w*|how long|how much (?:time|longer)|curable|stages?|"
        # "Do they live a normal lifespan?" (session 33's blind review)
        r"life ?spans?|(?:a )?normal life|"
        # "will he grow out of it or is this lifelong" (session 38's blind review 73)
        r"grow (?:out of|out of it|out of this)|life-?long|"
        # whether it can be cured, and what it does if left alone (session 28)
        rf"(?:be|get|being) cured|is there (?:a|any) cure|no cure|cured for good|{_IF_NOT}|untreated|"
        # second-language wording (session 42's blind review DDD: "Is it lifetime disease?", "Will it cure fully?",
        # "is it curing?")
        r"lifetime|(?:will|does|can|is) (?:it|this|that) (?:be )?(?:cure|curing)(?: (?:fully|completely|totally))?)\b",
    ),
    "prevention": (
        frozenset({"prevention"}),
        r"\b(?:prevent\w*|avoid\w*|"
        r"stop (?:it|this) from|lower (?:my|the) risk|reduce (?:my|the) risk|protect|"
        # a recurrence to stop: "what can I do to stop them coming back" (session 25); not any "come back" (smell
        # that comes back, iron levels back to normal, options when it keeps coming back: session 28)
        rf"(?:stop|keep) {_RECURRENCE}|stop {_GETTING_MORE})\b",
    ),
    "risk": (
        frozenset({"susceptibility", "risk factors", "frequency"}),
        # not "contagious" or "catch": how it spreads is told on the overview or causes page, not "who is at risk"
        # (session 28's paired review: "is shingles contagious to my pregnant daughter")
        r"\b(?:risk|at risk|who gets|how common|chance|likely|prevalen\w*|"
        # how many people it affects, or how rare it is (the dev set's questions on GHR's "How many people are
        # affected by X?" pages, which session 33 puts behind a page on another question unless one of these is asked)
        r"how many (?:\w+ ){0,2}(?:people|persons|kids|children|adults|women|men|babies|patients|americans)|"
        r"how rare|(?:is|are) (?:it|this|that|they) (?:\w+ )?rare|(?:it|this|that) is (?:\w+ )?rare|rarer|"
        r"more common|(?:lots|a lot) of (?:\w+ )?people (?:have|get|live)|"
        # "I will also get this disease?" (session 42's blind review DDD)
        r"(?:will|can|could) (?:i|we|he|she|they) also get (?:it|this|that)"
        r"|(?:i|we|he|she) will also get (?:it|this|that))\b",
    ),
    "inheritance": (
        frozenset({"inheritance", "genetic changes"}),
        r"\b(?:inherit\w*|hereditary|genetic\w*|genes?|pass(?:ed)? (?:it )?(?:on|down)|runs? in (?:the|my) family|"
        r"my children get|passed (?:on )?from|carriers?|"
        r"from (?:the |my |his |her )?(?:mother|father|mom|mum|dad)(?:'?s)? side|"
        # second-language wording (session 42's blind review DDD: "It is coming from mother side?", "Why only boys get
        # this?", "Is this going from the parents to the children? She will give to her children after?")
        r"why only (?:boys|girls|men|women|males|females)|"
        r"(?:going|goes|go|passing) from (?:the )?parents? to (?:the )?(?:children|kids|child)|"
        r"give (?:it |this |that )?to (?:her|his|my|their|our|the) (?:children|kids|child|baby|babies)|"
        r"chances? (?:that )?(?:of )?(?:my|our) (?:kids|children|child|baby|son|daughter)|"
        r"will (?:my|our|the) (?:kids|children|child|baby|babies|son|daughter|grandchildren) (?:get|have|inherit))\b",
    ),
    "side_effects": (
        frozenset({"side effects", "precautions", "important warning", "interactions with medications",
                   "interactions with herbs and supplements", "interactions with foods", "severe reaction",
                   "contraindication"}),
        r"\b(?:side[- ]?effects?|adverse|reaction|safe to take|interact\w*|allerg\w* to|risks? of taking|warning"
        # what a medicine did, in other words (session 34's blind review DD: "On ciprofloxacin ... now back of my ankle
        # hurts when I walk. Related?", "Can this medicine do this to a child?")
        r"|(?:from|because of|caused by|due to) (?:the|my|his|her|this|that|these|those) (?:new )?"
        r"(?:medicine|medication|meds|drugs?|pills?|tablets?|injections?|shots?|inhaler)s?"
        r"|(?:can|could|does|do|did|would|might|will) (?:it|this|that|they|these|the \w+|my \w+|his \w+|her \w+) "
        r"(?:\w+ ){0,2}(?:cause|causing|make (?:me|him|her|you|them)|do (?:this|that))"
        r"|(?:is|are|could|can) (?:this|it|that|these|they|the two) (?:\w+ )?(?:be )?(?:related|connected|linked)"
        r"|^(?:is it |could it be |are they )?related(?=\s*\??$))\b",
    ),
    "dosage": (
        frozenset({"usage", "forget a dose", "emergency or overdose", "dietary"}),
        # not "how much time would she have" (an outlook question: session 30)
        r"\b(?:dose|dosage|how much(?! (?:time|longer|life|worse|better))|mg|milligrams?|missed|forgot|"
        # not how often to be checked (session 42's blind review DDD: "How often I should go for checking eye
        # pressure?", "how often I must do it" of a Pap smear)
        r"how often(?! (?:\w+ ){0,3}(?:check\w*|test\w*|screen\w*|go for|see|visit|do it|have it|get it))|"
        r"take it with|overdose)\b",
    ),
    "complications": (
        frozenset({"complications"}),
        rf"\b(?:complication\w*|lead to|long[- ]term effects?|damage|{_IF_NOT}|untreated)\b",
    ),
    "research": (
        frozenset({"research"}),
        r"\b(?:clinical trials?|trials?|research(?:ers)? (?:is|are|being|on|into|for)|studies (?:on|for|of|into)|"
        r"new (?:treatments?|drugs?|medicines?|therap\w*)|experimental|being done|cure (?:coming|in sight|soon))\b",
    ),
    "support": (
        frozenset({"support groups", "how can i learn more"}),
        r"\b(?:support groups?|support for (?:families|parents|people|patients|us|me)|"
        r"other (?:parents|families|people|patients) (?:with|who|going through)|connect with|"
        r"(?:patient )?organi[sz]ations?|foundations?|charit(?:y|ies))\b",
    ),
    "doctor": (
        frozenset({"when to see a doctor"}),
        r"\b(?:see a doctor|go to (?:the )?(?:doctor|er|hospital)|should i worry|worried|serious|urgent)\b",
    ),
}
_CLASS_PATTERNS = {name: re.compile(pattern, re.IGNORECASE) for name, (_, pattern) in QTYPE_CLASSES.items()}
_QTYPE_TO_CLASS: dict[str, set[str]] = {}
for _name, (_qtypes, _) in QTYPE_CLASSES.items():
    for _q in _qtypes:
        _QTYPE_TO_CLASS.setdefault(_q, set()).add(_name)


@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    text: str
    sentences: tuple[str, ...]
    questions: tuple[str, ...]  # the sentences that ask something (may be empty)
    question_spans: tuple[tuple[int, int], ...]  # their character spans in ``text``
    classes: frozenset[str]  # coarse question types asked about
    words: int


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def is_question(sentence: str) -> bool:
    s = sentence.strip()
    return s.endswith("?") or bool(_INTERROGATIVE.match(s))


#: Food to avoid is a question about diet, not prevention: "what food should I eat and avoid", "foods to avoid with
#: gout", "what foods should type 2 diabetics avoid", "what should I avoid eating" (session 27; diet pages are
#: information records). Blanked before the prevention cues are read; "avoid" must end the phrase, so "what to eat to
#: avoid heart disease" and "how to avoid food poisoning" stay prevention.
_FOOD_TO_AVOID = re.compile(r"\b(?:foods?|eat|drinks?)(?: +\w+){0,4}? +avoid\w*"
                            r"(?= *(?:$|[?.!,;:]| (?:with|if|for|in|during|when|while|on|after|because|and|or|now)\b))"
                            r"|\bavoid\w* (?:eating|drinking)\b", re.IGNORECASE)


#: Treatment not had: "what happens if high blood pressure is not treated", "if hep C is left untreated", "if I
#: just leave the hernia alone and don't get surgery" (session 28): a question about the outlook and complications,
#: which is read as one (outlook and complications cues) and not as one about treatment.
_UNTREATED = re.compile(
    r"\b(?:not|never) (?:\w+ )?treated\b|\buntreated\b"  # not "should I go get treated"
    # "what happens if pancreatic cancer isn't treated" (session 30)
    r"|\b(?:isn'?t|aren'?t|wasn'?t|won'?t be|doesn'?t get|don'?t get) (?:\w+ )?treated\b"
    r"|\bwithout (?:any )?treatment\b"  # not "treat it without medication": another treatment
    # a condition: not "I don't want medication, what else can I do" (another treatment)
    r"|\bif (?:\w+ ){1,2}(?:dont|don't|do not|never|doesnt|doesn't|does not) (?:get|have|take) (?:\w+ ){0,2}"
    r"(?:treat\w*|surgery|an operation|the operation|medication|medicine|meds)\b"
    r"|\bleave (?:it|them|this|the \w+) alone\b", re.IGNORECASE)
_UNTREATED_READ_AS = " what happens if untreated "

#: How long it takes to heal, asked as such: "how long does plantar fasciitis take to heal?" is a question about the
#: outlook (session 33's blind review got the treatment page, the outlook page second), not about treatment, which
#: "heal" alone is read as ("how can I heal it faster").
_HOW_LONG_TO_HEAL = re.compile(
    r"\bhow long (?:\w+ ){0,6}?(?:to |till |until |before )?(?:\w+ )?"
    r"(?:heal(?:s|ed|ing)?|get better|go away|clear up)\b",
    re.IGNORECASE)
_HOW_LONG_READ_AS = " how long to recover "
#: "Hereditary" as the first word of a condition's name ("hereditary hemorrhagic telangiectasia", "hereditary
#: spherocytosis"), which says nothing about whether the writer asks how it is inherited (session 33's blind review:
#: an outlook question read as one about inheritance too); "is it hereditary", "a hereditary condition" still ask.
_NAMED_HEREDITARY = re.compile(
    r"\bhereditary(?= +(?!(?:disease|condition|disorder|illness|problem|thing|trait|or|and|in|from|on|through|"
    r"because|since|too|as|at|for|to|is|it|then)\b)[a-z])", re.IGNORECASE)


#: Whether relatives should be tested: "should my kids be tested", "do my siblings need testing", "should her little
#: brother be tested" ask whether they may have inherited it, not how the writer's own diagnosis is made (session 35's
#: blind review: three writers already diagnosed, hemochromatosis, Ehlers-Danlos and alpha-1 antitrypsin deficiency,
#: got the page on how it is diagnosed).
_RELATIVES = (r"(?:kids|children|child|sons?|daughters?|siblings?|brothers?|sisters?|family|relatives|grandchildren"
              r"|twins?|cousins?)")
_RELATIVES_TESTED = re.compile(
    r"\b(?:my|our|his|her|their|the) (?:\w+ ){0,2}" + _RELATIVES + r" (?:\w+ ){0,2}"
    r"(?:be tested|get tested|need (?:to be |to get )?test\w*|have (?:a |the )?(?:genetic |gene |blood )?test\w*"
    r"|be screened|get screened|need (?:to be )?screen\w*|be checked|get checked)\b"
    r"|\b(?:test|testing|screen|screening) (?:for |of )?(?:my|our|his|her|their|the) (?:\w+ ){0,2}" + _RELATIVES
    + r"\b", re.IGNORECASE)
_RELATIVES_TESTED_READ_AS = " could my children inherit it "
#: ... when the message says someone has it already (a diagnosis, a gene, a result): "should my son be tested for
#: ADHD" still asks how it is diagnosed.
_FOUND_IN_SOMEONE = re.compile(
    r"\b(?:diagnos\w*|genetic|genes?|carriers?|mutations?|inherit\w*|hereditary|runs in|came back|positive for"
    r"|homozygous|heterozygous)\b", re.IGNORECASE)


def classify(text: str, message: str | None = None) -> frozenset[str]:
    """Coarse question types the text asks about (several may match); ``message``: the whole message the text's
    questions come from (default: the text)."""
    text = _HOW_LONG_TO_HEAL.sub(_HOW_LONG_READ_AS, _UNTREATED.sub(_UNTREATED_READ_AS, text))
    if _FOUND_IN_SOMEONE.search(message if message is not None else text):
        text = _RELATIVES_TESTED.sub(_RELATIVES_TESTED_READ_AS, text)
    read = {"prevention": _FOOD_TO_AVOID.sub(" ", text), "inheritance": _NAMED_HEREDITARY.sub(" ", text)}
    return frozenset(name for name, pattern in _CLASS_PATTERNS.items() if pattern.search(read.get(name, text)))


def record_classes(qtype: str) -> set[str]:
    return _QTYPE_TO_CLASS.get(qtype.lower().strip(), set())


def _spans(text: str, parts: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    out, at = [], 0
    for part in parts:
        start = text.find(part, at)
        if start >= 0:
            out.append((start, start + len(part)))
            at = start + len(part)
    return tuple(out)


def analyze(text: str) -> QueryAnalysis:
    sentences = split_sentences(text)
    questions = tuple(s for s in sentences if is_question(s))
    # What is asked is read from the question sentences when there are any: backstory mentions
    # tests and treatments that were tried, which are not what the patient asks about now.
    classes = classify(" ".join(questions), text) if questions else classify(text)
    return QueryAnalysis(text, tuple(sentences), questions, _spans(text, questions), classes, len(text.split()))
