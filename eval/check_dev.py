"""Sanity checks for the medmatch dev sets.

Usage: python eval/check_dev.py [MEDQUAD_DIR]
Exits non-zero if any check fails.
"""
import collections
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
MEDQUAD = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/medquad"
STYLES = {"short", "lay", "backstory", "typo", "email", "blind"}
KINDS = {"billing", "appointment", "admin", "recipe", "chitchat", "non-medical",
         "prescription-request", "other"}


def load_medquad():
    recs = collections.defaultdict(list)  # id -> [(question, answer, url)]
    for d in glob.glob(os.path.join(MEDQUAD, "*_QA*")):
        for f in glob.glob(os.path.join(d, "*.xml")):
            doc = ET.parse(f).getroot()
            for qa in doc.iter("QAPair"):
                q = qa.find("Question")
                rid = f"{doc.get('source')}_{doc.get('id')}_Sec{qa.get('pid')}"
                recs[rid].append((q.text or "", (qa.findtext("Answer") or "").strip(),
                                  doc.get("url")))
    return recs


def read_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{n}: bad JSON ({e})")
    return rows


def main():
    problems = []
    recs = load_medquad()
    dev = read_jsonl(os.path.join(HERE, "dev_questions.jsonl"), problems)
    ooc = read_jsonl(os.path.join(HERE, "dev_out_of_corpus.jsonl"), problems)

    qids = [r.get("qid") for r in dev + ooc]
    for q, c in collections.Counter(qids).items():
        if c > 1:
            problems.append(f"duplicate qid {q}")
    texts = collections.Counter(r.get("question", "").strip().lower() for r in dev + ooc)
    for t, c in texts.items():
        if c > 1:
            problems.append(f"duplicate question text: {t[:60]!r}")

    for r in dev:
        qid, tid = r.get("qid"), r.get("target_id")
        if not re.fullmatch(r"dev-\d{3}", qid or ""):
            problems.append(f"{qid}: bad qid")
        if r.get("style") not in STYLES:
            problems.append(f"{qid}: bad style {r.get('style')}")
        if not r.get("question", "").strip():
            problems.append(f"{qid}: empty question")
        if "(are)" in r.get("question", ""):
            problems.append(f"{qid}: template wording copied")
        hits = recs.get(tid)
        if not hits:
            problems.append(f"{qid}: target_id {tid} not in MedQuAD")
            continue
        if len(hits) > 1:
            problems.append(f"{qid}: target_id {tid} is ambiguous ({len(hits)} records)")
        question, answer, url = hits[0]
        if not answer:
            problems.append(f"{qid}: target {tid} has empty answer")
        if question != r.get("target_question"):
            problems.append(f"{qid}: target_question mismatch for {tid}")
        if url != r.get("target_url"):
            problems.append(f"{qid}: target_url mismatch for {tid}")
        for alt in r.get("alt_ids", []):
            a = recs.get(alt)
            if not a or not a[0][1]:
                problems.append(f"{qid}: alt id {alt} missing or unanswered")
        if r.get("style") == "short" and not 4 <= len(r["question"].split()) <= 8:
            problems.append(f"{qid}: short message has {len(r['question'].split())} words")
        if r.get("style") in {"email", "blind"}:
            subject, _, body = r["question"].partition("\n")
            if not body.strip() or not 1 <= len(subject.split()) <= 10:
                problems.append(f"{qid}: email message needs a subject line (1-10 words), a line break and a body")
            elif not 30 <= len(body.split()) <= 220:
                problems.append(f"{qid}: email body has {len(body.split())} words (30-220)")

    for r in ooc:
        if not re.fullmatch(r"ooc-\d{3}", r.get("qid") or ""):
            problems.append(f"{r.get('qid')}: bad qid")
        if r.get("kind") not in KINDS:
            problems.append(f"{r.get('qid')}: bad kind {r.get('kind')}")
        if not r.get("question", "").strip():
            problems.append(f"{r.get('qid')}: empty question")

    src = collections.Counter(r["target_id"].split("_")[0] for r in dev)
    print(f"dev_questions: {len(dev)} lines")
    print("  styles :", dict(collections.Counter(r["style"] for r in dev)))
    print("  sources:", dict(src))
    print(f"  GARD+GHR share: {(src['GARD'] + src['GHR']) / max(len(dev), 1):.0%}")
    print(f"  items with alt_ids: {sum(1 for r in dev if r.get('alt_ids'))}")
    print(f"dev_out_of_corpus: {len(ooc)} lines")
    print("  kinds  :", dict(collections.Counter(r["kind"] for r in ooc)))
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
