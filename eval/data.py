"""The evaluation data: LiveQA-Med 2017 test questions, qrels, judged-answer content, dev sets.

Paths are relative to the repository root (``../shared/data/...``), never copied into it.
Judged answers are matched to corpus records by CONTENT (question + url + answer text,
normalised), never by id: the public MedQuAD XML numbers some QA pairs differently from the
judged AnswerIDs, and the combiner renames colliding ids to ``id~2``.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus import QARecord

from .metrics import parse_grade, resolve_judgments

ROOT = Path(__file__).resolve().parent.parent
MEDQUAD = "../shared/data/medquad"
LIVEQA_DIR = "../shared/data/liveqa-med-2017"
JUDGED_CSV = f"{LIVEQA_DIR}/All-2479-Answers-retrieved-from-MedQuAD.csv"
TEST_XML = f"{LIVEQA_DIR}/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml"
QRELS = f"{LIVEQA_DIR}/All-qrels_LiveQAMed2017-TestQuestions_2479_Judged-Answers.txt"
#: Corpus inputs, in order (MedQuAD first: it keeps contested ids).
CORPUS_INPUTS = (MEDQUAD, JUDGED_CSV)
DEV_QUESTIONS = "eval/dev_questions.jsonl"
DEV_OUT_OF_CORPUS = "eval/dev_out_of_corpus.jsonl"
#: The graded dev set: blind patient messages and the grades given to the answers pooled for them.
GRADED_MESSAGES = "eval/dev_graded.jsonl"
#: Clinic-widget messages by blind writers (session 11): should_answer false = no article wanted.
CLINIC_BLIND = "eval/dev_clinic_blind.jsonl"
GRADED_QRELS = "eval/dev_graded_qrels.jsonl"
EMERGENCY_DEV = "eval/emergency_dev.jsonl"
#: Triage sets beyond emergency_dev, as (path, held out): long messages (subject + backstory,
#: 2026-11-25), emergency_mid (20-45 words, no subject line), emergency_short2 (3-19 words, a new
#: writer; measured blind, then written against). The rules were
#: extended against the first four and the classifier trained on them (long3, long4: two more
#: writers each, emergency-adjacent ordinary questions, session 6); the held-out one was written by someone who
#: saw neither the rules nor the other sets: report only, never write rules or train from it. So is
#: emergency_spanish_holdout (a third Spanish writer, 2026-12-04, measured once against the rules of
#: the first two: 20/30 caught, 2 false alarms of 30; 27/30 and 2 after rules written from a fourth
#: writer's emergency_spanish3). So is emergency_holdout3 (a blind writer, measured once on 2026-12-04
#: after session 14's rules: rules 36/50, with the classifier 42/50, 3 false alarms of 50; later
#: figures on it are optimistic: emergency_blind14's brief named kinds it had shown to be weak).
EMERGENCY_LONG_SETS = (
    ("eval/emergency_long.jsonl", False),
    ("eval/emergency_long2.jsonl", False),
    ("eval/emergency_long3.jsonl", False),
    ("eval/emergency_long4.jsonl", False),
    ("eval/emergency_mid.jsonl", False),
    ("eval/emergency_short2.jsonl", False),
    ("eval/emergency_blind.jsonl", False),
    ("eval/emergency_blind2.jsonl", False),
    ("eval/emergency_blind3.jsonl", False),
    ("eval/emergency_blind4.jsonl", False),
    ("eval/emergency_short_blind.jsonl", False),
    ("eval/emergency_blind6.jsonl", False),
    ("eval/emergency_requests.jsonl", False),
    ("eval/emergency_blind7.jsonl", False),
    ("eval/emergency_blind8.jsonl", False),
    ("eval/emergency_blind9.jsonl", False),
    ("eval/emergency_blind10.jsonl", False),
    ("eval/emergency_spanish.jsonl", False),
    ("eval/emergency_spanish2.jsonl", False),
    ("eval/emergency_spanish3.jsonl", False),
    ("eval/emergency_blind11.jsonl", False),
    ("eval/emergency_blind12.jsonl", False),
    ("eval/emergency_blind13.jsonl", False),
    ("eval/emergency_blind14.jsonl", False),
    ("eval/emergency_blind15.jsonl", False),
    ("eval/emergency_long_holdout.jsonl", True),
    ("eval/emergency_spanish_holdout.jsonl", True),
    ("eval/emergency_holdout3.jsonl", True),
    # session 16: a past event, then a new danger sign (rules written from the first set, measured on the second)
    ("eval/emergency_turn_blind.jsonl", False),
    ("eval/emergency_turn_holdout.jsonl", True),
    # session 17: emergencies known by a named condition, medicine or operation (same split)
    ("eval/emergency_named_blind.jsonl", False),
    # no longer held out for the rules (their misses were mended, docs/evaluation.md), still for the classifier
    ("eval/emergency_named_holdout.jsonl", True),
    ("eval/emergency_named_holdout2.jsonl", True),
    # look-alikes only: 100 non-emergencies about the named conditions, by a fourth writer
    ("eval/emergency_named_lookalikes.jsonl", True),
    # session 18: seven named conditions, 35 emergencies and 35 look-alikes by a fifth writer, measured once after
    # the rules for them were written, then mended (held out for the classifier only)
    ("eval/emergency_named_round4.jsonl", True),
    # session 19: a fifth Spanish writer (40 + 30), measured once (rules 27/40, 1 false alarm), then written against
    ("eval/emergency_spanish5.jsonl", False),
    # a sixth Spanish writer asked for indirect, regional, buried emergencies: measured once (rules 17/40, 3 false
    # alarms), then written against
    ("eval/emergency_spanish6.jsonl", False),
    # session 25: a blind writer's hard set, 60 alarming look-alikes (stories that are over, prevention questions,
    # medication slips, worried-but-stable) and 40 emergencies told in everyday words; measured once (rules and
    # classifier: 11 false alarms, 1 miss), then the rules were written against it
    ("eval/emergency_blind16.jsonl", False),
    # a second writer of session 25 (30 emergencies, 50 look-alikes), written after blind16's rules: measured once
    # through the service (30/30, 9 false alarms; 30/30 and 10 at the session's start), then two rule fixes and the
    # classifier's yielding to "fine now" were written from its false alarms; held out from the classifier's training
    ("eval/emergency_holdout4.jsonl", True),
    # a fourth writer of session 25 (25 emergencies, 35 look-alikes), measured once at the session's end and never
    # written against: through the service 25/25 and 3 false alarms, the same as the session's starting code
    ("eval/emergency_holdout5.jsonl", True),
    # session 26: falls (40 emergencies, 60 look-alikes) by a writer who saw nothing; measured once under a rule
    # written for the new fall rules (no gain: the classifier caught the long messages too, 39 of 40 both ways, 9
    # false alarms both ways), then its one miss (a neighbour heard through a locked door) was written against
    ("eval/emergency_falls.jsonl", False),
    # ... and 60 messages under 20 words (30 + 30) by a second writer: measured once under a second rule (8 -> 20 of
    # 30 caught with the fall rules, no false alarm), then its misses were written against (29 of 30)
    ("eval/emergency_falls_short.jsonl", False),
    # ... and a third writer's 25 + 35 (half under 20 words), measured once at the session's end and never written
    # against: through the service 23/25 caught and 5 false alarms (the session's starting code: 14/25 and 5)
    ("eval/emergency_falls_holdout.jsonl", True),
    # session 27: 25 emergencies and 35 look-alikes on the themes of the session's triage changes (batteries, magnets
    # and pills with small children; rashes; breathing or a seizure that passed; suicide worries about someone else;
    # diabetes; choking) by a writer who saw nothing, measured once at the session's end and never written against:
    # through the service 25/25 caught and 9 false alarms (the session's starting code: 25/25 and 10)
    ("eval/emergency_holdout6.jsonl", True),
    # session 44's end: 30 emergencies and 30 look-alikes that lean on a photo, a video or an attachment, by a writer
    # who saw nothing, measured once at ca74814 (rules alone 25/30, 2 false alarms; rules and classifier 30/30, 6);
    # its misses mended in session 45, so no longer held out
    ("eval/emergency_holdout7.jsonl", False),
    # session 45: 30 emergencies and 30 look-alikes, a general mix of one clinic's week, by a writer who saw nothing;
    # measured at 03ab2b5 before the session's rules (rules alone 30/30, 1 false alarm; all paths 30/30, 5) and at its
    # end; its messages were never read while writing rules
    ("eval/emergency_holdout8.jsonl", True),
    # session 47: 30 emergencies and 30 look-alikes, a week of a community pharmacy's chat widget (medicines, doses,
    # side effects, minor illnesses, the odd emergency told as a medicine question), by a writer who saw nothing;
    # measured at 2e530a6 (rules alone 28/30, no false alarm; all paths 29/30, none) and at the session's end; its
    # messages were never read while writing rules
    ("eval/emergency_holdout9.jsonl", True),
    # session 29: head injuries by helpers who saw no code. The first two sets (50 + 40 look-alikes, then 40 + 40)
    # were written against; the second was measured first (rules 25 of 40, 1 false alarm at the session's start)
    ("eval/emergency_head.jsonl", False),
    # ... a third set of 50 emergencies, measured once after the edits from the first two (rules 25 of 50, all paths
    # 38; at the session's start 16 and 36), then written against
    ("eval/emergency_head_third.jsonl", False),
    # ... and 60 long look-alikes with a knock in passing (4 false alarms of the rules at the session's start), which
    # chose the head-injury rule's one-sentence window before the knock
    ("eval/emergency_head_lookalikes.jsonl", False),
    # ... and a fourth writer's 30 + 30, measured once after all of the above (rules 15 of 30, all paths 24, 1 false
    # alarm; the session's start 8, 23 and 1), then head_injury.sign_after_knock was written from its misses; held
    # out from the classifier's training
    ("eval/emergency_head_final.jsonl", True),
    # ... and a fifth writer's 30 + 30, asked for wordings a rule-writer would not think of, measured once at the
    # session's end and never written against: rules 13 of 30 (the session's start 6), all paths 25 (23), false
    # alarms 1 by the rules and 5 in all (the same at the start)
    ("eval/emergency_head_heldout.jsonl", True),
    # session 30: 40 emergencies (many told indirectly: a farewell asked as a drug question, a heart attack without
    # chest pain in an older diabetic) and 40 look-alikes by a writer who saw nothing, measured once before any rule
    # was written from it (rules 33 of 40, all paths 38; false alarms 2 by the rules, 5 in all), then written against
    ("eval/emergency_blind17.jsonl", False),
    # ... and a second writer's 30 + 30 on the session's themes, meant as held out and measured once (the session's
    # start: rules 17 of 30, all paths 27, false alarms 4 and 6; after the session's triage changes: 18, 27, 3 and 5),
    # then written against for its three misses by every path, its rules' false alarms and a mild fever read as
    # warning signs (rules 21, all paths 30, false alarms 0 and 2): not held out
    ("eval/emergency_blind18.jsonl", False),
    # session 31: 30 + 30 by a writer who saw nothing, measured once before any rule was written from it (rules 23
    # of 30, all paths 27; false alarms 1 by the rules, 2 in all), then written against for the seven emergencies the
    # rules missed (rules 30 of 30); its rules' false alarm (a suicide attempt six years ago, thoughts gone for years)
    # went with the second round's change
    ("eval/emergency_blind19.jsonl", False),
    # ... and a second writer's 25 + 25, meant as held out and measured once after the round above was written against
    # (rules 23 of 25, all paths 23; false alarms 2 by the rules, 4 in all): a Spanish stroke and Spanish bleach fumes
    # missed by every path were then written against, and three of the false alarms: not held out
    ("eval/emergency_blind20.jsonl", False),
    # session 32: 30 + 30 by a writer who saw nothing (older adults and carers, teenagers, an emergency buried under a
    # clinic request, medicine mix-ups; five in Spanish), measured once held out (rules 18 of 30, all paths 28; false
    # alarms 2 by the rules, 5 in all), then written against for every miss and both rules' false alarms: not held out
    ("eval/emergency_blind21.jsonl", False),
    # ... and a second writer's 30 + 30 (men who play symptoms down, new parents at night, blood thinners, chemotherapy,
    # after surgery or a birth, household poisons and mushrooms; look-alikes with denials, a dying relative in hospice;
    # five in Spanish), measured once held out after the round above was written against (rules 23 of 30, all paths
    # 29; false alarms 4 by the rules, 8 in all), then written against: not held out
    ("eval/emergency_blind22.jsonl", False),
    # session 33: 30 + 30 by a writer who saw nothing (older people alone and their far-away children, teenagers, farm
    # and job-site workers, a danger sign told as an aside inside a refill question; look-alikes from a TV show, a
    # nursing course, a toddler fine after a fall; five in Spanish), measured once held out (rules 21 of 30, all paths
    # 28; false alarms 6 by the rules, 7 in all), then written against: not held out
    ("eval/emergency_blind23.jsonl", False),
    # ... and a second writer's 30 + 30 (symptom lists with times, voice-to-text, carers of people with dementia or
    # disabilities, travellers and shift workers, pregnancy; look-alikes whose alarming sign is explained; five in
    # Spanish), measured once held out after the round above was written against (rules 28 of 30, all paths 29;
    # false alarms 2 by the rules, 6 in all), then written against: not held out
    ("eval/emergency_blind24.jsonl", False),
    # ... and a third writer's 20 emergencies + 40 look-alikes in the same voices (carers of people with Parkinson's,
    # dementia or epilepsy, parents of children with breath-holding spells or febrile seizures, a known panic disorder,
    # sleep paralysis, falls prevention, a care plan's "what if"; four in Spanish), measured once held out after review
    # Y's false alarms were fixed (rules 15 of 20, all paths 18; false alarms 3 of 40 by the rules, 5 in all), then
    # written against: not held out
    ("eval/emergency_blind25.jsonl", False),
    ("eval/emergency_blind26.jsonl", False),
    ("eval/emergency_blind27.jsonl", False),
    ("eval/emergency_blind28.jsonl", False),
    # session 36 (outdoors, work, sport, travel and home accidents): measured once held out at rules 24 of 30 and 3
    # false alarms (all paths 29 and 7), then written against: not held out
    ("eval/emergency_blind29.jsonl", False),
    # ... and its second round (young adults, students, nightlife, alcohol and drugs, mental and sexual health):
    # measured once held out at rules 27 of 30 and 2 false alarms (all paths 30 and 3), then written against
    ("eval/emergency_blind30.jsonl", False),
    # ... and its third round (how people write: second-language English, short phone messages), measured once held
    # out at rules 27 of 30 and 1 false alarm (all paths 30 and 7: the classifier's 6 on second-language look-alikes),
    # then written against
    ("eval/emergency_blind31.jsonl", False),
    ("eval/emergency_blind32.jsonl", False),
    ("eval/emergency_blind33.jsonl", False),
    ("eval/emergency_blind34.jsonl", False),
    ("eval/emergency_blind35.jsonl", False),
    # session 38's held-out round on the heart, the lungs, blood and circulation, measured once held out at rules 17 of
    # 30 and 1 false alarm (all paths 27 and 3), then written against
    ("eval/emergency_blind36.jsonl", False),
    # ... and its second, on mental health, the mind and poisoning by medicines and substances, measured once held out
    # at rules 14 of 30 and 5 false alarms (all paths 29 and 7), then written against
    ("eval/emergency_blind37.jsonl", False),
    # ... and its third, on ears, nose, throat, mouth and teeth and the urinary and genital organs, measured once held
    # out at rules 22 of 30 and 2 false alarms (all paths 29 and 6), then written against
    ("eval/emergency_blind38.jsonl", False),
    ("eval/emergency_blind39.jsonl", False),
    ("eval/emergency_blind40.jsonl", False),
    ("eval/emergency_blind41.jsonl", False),
    # session 40's held-out round (mouth, teeth, jaw, throat, face, allergic reactions), measured once held out at
    # rules 25 of 30 and 3 false alarms (all paths 29 and 4), then written against
    ("eval/emergency_blind42.jsonl", False),
    # ... and its second (people who cannot tell it themselves, told by their carers), measured once held out at rules
    # 21 of 30 and 1 false alarm (all paths 29 and 5), then written against
    ("eval/emergency_blind43.jsonl", False),
    # ... and its third (cosmetic procedures, wellness trends, body image, gym culture), measured once held out at rules
    # 20 of 30 and 2 false alarms (all paths 30 and 5), then written against
    ("eval/emergency_blind44.jsonl", False),
    # ... and its fourth (people living with a rare or genetic condition), measured once held out at rules 17 of 30 and
    # no false alarm (all paths 24 and 2), then written against
    ("eval/emergency_blind45.jsonl", False),
    ("eval/emergency_blind46.jsonl", False),
    ("eval/emergency_blind47.jsonl", False),
    ("eval/emergency_blind48.jsonl", False),
    ("eval/emergency_blind49.jsonl", False),
    ("eval/emergency_blind50.jsonl", False),
    ("eval/emergency_blind51.jsonl", False),
    ("eval/emergency_blind52.jsonl", False),
    ("eval/emergency_blind53.jsonl", False),
    ("eval/emergency_blind54.jsonl", False),
    ("eval/emergency_blind55.jsonl", False),
    ("eval/emergency_blind56.jsonl", False),
    ("eval/emergency_blind57.jsonl", False),
    ("eval/emergency_blind58.jsonl", False),
    ("eval/emergency_blind59.jsonl", False),
    ("eval/emergency_blind60.jsonl", False),
    ("eval/emergency_blind61.jsonl", False),
    ("eval/emergency_blind62.jsonl", False),
    ("eval/emergency_blind63.jsonl", False),
    ("eval/emergency_blind64.jsonl", False),
    ("eval/emergency_blind65.jsonl", False),
    ("eval/emergency_blind66.jsonl", False),
    ("eval/emergency_blind67.jsonl", False),
    ("eval/emergency_blind68.jsonl", False),
    ("eval/emergency_blind69.jsonl", False),
    ("eval/emergency_blind70.jsonl", False),
    ("eval/emergency_blind71.jsonl", False),
    ("eval/emergency_blind72.jsonl", False),
    ("eval/emergency_blind73.jsonl", False),
    ("eval/emergency_blind74.jsonl", False),
    ("eval/emergency_blind75.jsonl", False),
    ("eval/emergency_blind76.jsonl", False),
    ("eval/emergency_blind77.jsonl", False),
    ("eval/emergency_blind78.jsonl", False),
    ("eval/emergency_blind79.jsonl", False),
    ("eval/emergency_blind80.jsonl", False),
    ("eval/emergency_spanish7.jsonl", False),
)
#: Sets written in Spanish (and, in eval/train_triage.py, any message in another language inside an English set): the
#: rules cover them (``es.*``), the classifier does not learn from them
#: (the encoder is English-only; with them in, its cross-validated false alarms on ordinary English
#: messages went from 6 to 11 of 1,840: docs/evaluation.md, session 14).
NOT_ENGLISH_SETS = frozenset(path for path, _ in EMERGENCY_LONG_SETS if "spanish" in path)


def repo_path(relative: str | Path) -> Path:
    """Resolve a path given relative to the repository root."""
    path = Path(relative)
    return path if path.is_absolute() else ROOT / path


# --------------------------------------------------------------------------- content keys
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ALSO_CALLED = re.compile(r"\s*\(Also called:[^)]*\)\s*$")


def fold(text: str) -> str:
    """Robust text normal form: HTML entities decoded, lowercase, only letters and digits.

    Whitespace, line breaks, punctuation (including the CSV's stray trailing ")") vanish.
    """
    return _NON_ALNUM.sub("", html.unescape(text or "").lower())


def content_key(question: str, url: str, answer: str) -> str:
    """The identity of an answer for judging: folded question, url and answer text."""
    return "\x1f".join((fold(_ALSO_CALLED.sub("", question)), fold(url), fold(answer)))


def record_key(record: QARecord) -> str:
    return content_key(record.question, record.url, record.answer)


# --------------------------------------------------------------------------- LiveQA
@dataclass(frozen=True)
class TestQuestion:
    """One TREC 2017 LiveQA-Med test question. ``qid`` is the qrels id ("1" for TQ1)."""

    qid: str
    xml_id: str
    subject: str
    message: str
    summary: str

    @property
    def original(self) -> str:
        """The consumer's message as written: SUBJECT, a line break, MESSAGE (ends stripped)."""
        return "\n".join(p.strip() for p in (self.subject, self.message) if p.strip())


def load_test_questions(path: str | Path = TEST_XML) -> list[TestQuestion]:
    root = ET.parse(repo_path(path)).getroot()
    out = []
    for q in root.findall("NLM-QUESTION"):
        xml_id = q.get("qid", "")
        out.append(
            TestQuestion(
                qid=xml_id.removeprefix("TQ"),
                xml_id=xml_id,
                subject=q.findtext("Original-Question/SUBJECT") or "",
                message=q.findtext("Original-Question/MESSAGE") or "",
                summary=re.sub(r"\s+", " ", q.findtext("NLM-Summary") or "").strip(),
            )
        )
    return out


def load_qrels(path: str | Path = QRELS) -> list[tuple[str, str, int]]:
    """``(qid, answer id without .txt, grade)`` for every line (double judgments kept)."""
    out = []
    for line in repo_path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        qid, label, answer = parts
        out.append((qid, answer.removesuffix(".txt"), parse_grade(label)))
    return out


_LIVEQA_TEXT = re.compile(r"^Question:\s*(?P<q>.*?)\s*\nURL:\s*(?P<url>.*?)\s*\nAnswer:\s*(?P<a>.*)$", re.S)


def load_judged_content(path: str | Path = JUDGED_CSV) -> dict[str, str]:
    """``{judged answer id: content key}`` from the CSV's reference text of each AnswerID."""
    out: dict[str, str] = {}
    with repo_path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            match = _LIVEQA_TEXT.match((row.get("Answer") or "").strip())
            if not match:
                continue
            aid = row["AnswerID"].strip().removesuffix(".txt")
            out[aid] = content_key(match.group("q"), match.group("url"), match.group("a"))
    return out


@dataclass
class Judgments:
    """The qrels, resolved both ways, and the content-key -> judged answer ids map."""

    high: dict[str, dict[str, int]]
    low: dict[str, dict[str, int]]
    by_key: dict[str, set[str]]
    double_judged: int
    matched_answers: int = 0  # judged answers whose content is in the corpus
    total_answers: int = 0
    unmatched: list[str] = field(default_factory=list)

    def ids_for(self, record: QARecord) -> set[str]:
        """The judged answer ids whose reference content equals this record's content."""
        return self.by_key.get(record_key(record), set())


def load_judgments(records: Iterable[QARecord]) -> Judgments:
    triples = load_qrels()
    pairs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for qid, aid, grade in triples:
        pairs[(qid, aid)].add(grade)
    content = load_judged_content()
    by_key: dict[str, set[str]] = defaultdict(set)
    for aid, key in content.items():
        by_key[key].add(aid)
    corpus_keys = {record_key(r) for r in records}
    judged_ids = {aid for _, aid, _ in triples}
    unmatched = sorted(a for a in judged_ids if content.get(a) not in corpus_keys)
    return Judgments(
        high=resolve_judgments(triples, "max"),
        low=resolve_judgments(triples, "min"),
        by_key=dict(by_key),
        double_judged=sum(1 for g in pairs.values() if len(g) > 1),
        matched_answers=len(judged_ids) - len(unmatched),
        total_answers=len(judged_ids),
        unmatched=unmatched,
    )


# --------------------------------------------------------------------------- dev sets
@dataclass(frozen=True)
class DevQuestion:
    qid: str
    question: str
    target_id: str
    alt_ids: tuple[str, ...]
    style: str


@dataclass(frozen=True)
class OutOfCorpus:
    qid: str
    question: str
    kind: str


def jsonl_rows(path: str | Path) -> list[dict]:  # type: ignore[type-arg]
    lines = repo_path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_dev_questions(path: str | Path = DEV_QUESTIONS) -> list[DevQuestion]:
    return [
        DevQuestion(d["qid"], d["question"], d["target_id"], tuple(d.get("alt_ids") or ()), d.get("style", ""))
        for d in jsonl_rows(path)
    ]


def load_out_of_corpus(path: str | Path = DEV_OUT_OF_CORPUS) -> list[OutOfCorpus]:
    return [OutOfCorpus(d["qid"], d["question"], d.get("kind", "")) for d in jsonl_rows(path)]


@dataclass(frozen=True)
class GradedMessage:
    qid: str
    subject: str
    message: str
    area: str

    @property
    def text(self) -> str:
        """SUBJECT and MESSAGE joined by a line break, as the LiveQA original messages are."""
        return f"{self.subject}\n{self.message}" if self.subject else self.message


def load_graded_messages(path: str | Path = GRADED_MESSAGES) -> list[GradedMessage]:
    return [GradedMessage(d["qid"], d.get("subject", ""), d["message"], d.get("area", "")) for d in jsonl_rows(path)]


@dataclass(frozen=True)
class ClinicMessage:
    qid: str
    text: str
    should_answer: bool
    kind: str
    hard: bool
    writer: str
    #: "development" (the rules were written on it), "held-out-rules" (tested the rules, then trained
    #: the request classifier), "held-out-round-1" (tested the first classifier, then trained it),
    #: "held-out-round-2" (tested the refitted classifier; never trained on), "held-out-cost" (health
    #: look-alikes only, writers L and M: the refusals' cost; never trained on), "held-out-guard" (writer N, 70
    #: clinic-business messages and 70 health look-alikes: tested a guard on the request classifier in session
    #: 26, not kept; never trained on).
    split: str


def load_clinic_messages(path: str | Path = CLINIC_BLIND) -> list[ClinicMessage]:
    return [ClinicMessage(d["id"], d["text"], bool(d["should_answer"]), d.get("kind", ""), bool(d.get("hard")),
                          d["writer"], d["split"]) for d in jsonl_rows(path)]


def content_digest(record: QARecord) -> str:
    """SHA-1 of a record's content key: how the graded set names an answer without copying it."""
    return hashlib.sha1(record_key(record).encode("utf-8")).hexdigest()


def load_graded_qrels(path: str | Path = GRADED_QRELS) -> dict[str, dict[str, int]]:
    """``{qid: {content digest: grade}}``.

    Raises:
        ValueError: a grade outside 1..4, or one (message, answer) graded twice differently;
            the message names the line.
    """
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for n, line in enumerate(repo_path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        grade = int(row["grade"])
        if grade not in (1, 2, 3, 4):
            raise ValueError(f"{path}:{n}: grade {row['grade']!r} is not 1..4")
        seen = out[row["qid"]].setdefault(row["key"], grade)
        if seen != grade:
            raise ValueError(f"{path}:{n}: {row['qid']} / {row['key']} graded {seen} and {grade}")
    return dict(out)


def medquad_keys(records: Iterable[QARecord]) -> dict[str, str]:
    """``{MedQuAD id: content key}`` from the raw MedQuAD loader (first occurrence of an id)."""
    out: dict[str, str] = {}
    for record in records:
        out.setdefault(record.id, record_key(record))
    return out


def split_folds(items: Sequence[str], folds: int = 2) -> list[int]:
    """Deterministic fold of each item id (stable across runs; by a hash of the id)."""
    import hashlib

    return [int(hashlib.sha1(i.encode()).hexdigest(), 16) % folds for i in items]
