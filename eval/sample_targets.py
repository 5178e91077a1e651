"""Seeded selection of MedQuAD target records for the medmatch dev set.

Usage: python eval/sample_targets.py [MEDQUAD_DIR] > targets.json
       python eval/sample_targets.py --batch 2 [MEDQUAD_DIR] > targets2.json

This only picks the *targets* (record id, question, url) and assigns a writing
style to each.  The patient-style messages in dev_questions.jsonl were then
written by hand for each target (no templates).

Batch 1 (dev-001..dev-300, seed 2026): four styles.  Batch 2 (dev-301..dev-450,
seed 2027, added 2026-11-25): 150 long "email" messages (a subject line, then a
message with backstory), half of batch 1's quotas, never a record, document or
focus (per source) that batch 1 already uses. Batch 3 (seed 2028): the same for
style "blind" (written from the target's question alone, without its answer),
avoiding batches 1 and 2.
"""
import collections
import glob
import json
import os
import random
import sys
import xml.etree.ElementTree as ET

ARGS = sys.argv[1:]
BATCH = 1
if "--batch" in ARGS:
    _at = ARGS.index("--batch")
    BATCH = int(ARGS[_at + 1])
    del ARGS[_at:_at + 2]
SEED = {1: 2026, 2: 2027, 3: 2028}[BATCH]
MEDQUAD = ARGS[0] if ARGS else "/work/shared/data/medquad"
HERE = os.path.dirname(os.path.abspath(__file__))

# folders with empty answers (MedlinePlus copyright) are never targeted
SKIP = {"10_MPlus_ADAM_QA", "11_MPlusDrugs_QA", "12_MPlusHerbsSupplements_QA"}

# items per source: ~80% common-condition sources, ~20% rare disease (GARD/GHR)
QUOTA = {
    "MPlusHealthTopics": 45, "NIDDK": 45, "NHLBI": 35, "NIHSeniorHealth": 35,
    "CancerGov": 30, "NINDS": 30, "CDC": 20,
    "GARD": 30, "GHR": 30,
}
STYLES = ["short"] * 75 + ["lay"] * 90 + ["backstory"] * 90 + ["typo"] * 45
QUOTA_2 = {
    "MPlusHealthTopics": 23, "NIDDK": 22, "NHLBI": 18, "NIHSeniorHealth": 17,
    "CancerGov": 15, "NINDS": 15, "CDC": 10,
    "GARD": 15, "GHR": 15,
}
STYLES_2 = ["email"] * 150
STYLES_3 = ["blind"] * 150
FIRST_QID = {1: 1, 2: 301, 3: 447}


def load():
    recs = []
    for d in sorted(glob.glob(os.path.join(MEDQUAD, "*_QA*"))):
        if not os.path.isdir(d) or os.path.basename(d) in SKIP:
            continue
        for f in sorted(glob.glob(os.path.join(d, "*.xml"))):
            doc = ET.parse(f).getroot()
            src, did = doc.get("source"), doc.get("id")
            for qa in doc.iter("QAPair"):
                q = qa.find("Question")
                recs.append(dict(
                    id=f"{src}_{did}_Sec{qa.get('pid')}", source=src,
                    doc=f"{src}_{did}", url=doc.get("url"),
                    focus=(doc.findtext("Focus") or "").strip(),
                    qtype=q.get("qtype"), question=q.text or "",
                    answer=(qa.findtext("Answer") or "").strip()))
    return recs


def eligible(r, dup_ids):
    a = r["answer"]
    if r["id"] in dup_ids or len(a) < 150:
        return False  # ambiguous id (CancerGov 0000013_2/_3 reused) or stub answer
    if r["source"] == "GHR" and r["qtype"] == "treatment":
        return False  # GHR treatment answers are only lists of links
    if a.startswith("The mission of the National Institute"):
        return False  # generic NINDS research boilerplate
    return True


def earlier_targets(first_qid):
    """The target ids and documents of the dev items before ``first_qid``: a later batch avoids
    them (and their foci)."""
    ids, docs = set(), set()
    with open(os.path.join(HERE, "dev_questions.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if int(r["qid"].split("-")[1]) >= first_qid:
                continue
            ids.add(r["target_id"])
            docs.add(r["target_id"].rsplit("_Sec", 1)[0])
    return ids, docs


def norm_question(q):
    return " ".join("".join(c if c.isalnum() else " " for c in q.lower()).split())


def main():
    rng = random.Random(SEED)
    recs = load()
    quota, styles_list = (QUOTA, STYLES) if BATCH == 1 else (QUOTA_2, STYLES_2 if BATCH == 2 else STYLES_3)
    first = FIRST_QID[BATCH]
    used_ids, used_docs = earlier_targets(first) if BATCH > 1 else (set(), set())
    used_focus = {(r["source"], r["focus"].lower()) for r in recs if r["id"] in used_ids}
    counts = collections.Counter(r["id"] for r in recs)
    dup_ids = {i for i, c in counts.items() if c > 1}
    pool = collections.defaultdict(list)
    for r in recs:
        if eligible(r, dup_ids) and r["doc"] not in used_docs and (r["source"], r["focus"].lower()) not in used_focus:
            pool[r["source"]].append(r)
    picked = []
    for src in sorted(quota):
        # weighted sampling without replacement (Efraimidis-Spirakis keys);
        # "research" questions are down-weighted, patients rarely ask them.
        keyed = sorted(pool[src], key=lambda r: rng.random() ** (
            1.0 / (0.3 if r["qtype"] == "research" else 1.0)), reverse=True)
        docs, focuses = set(), set()
        for r in keyed:
            if len([p for p in picked if p["source"] == src]) == quota[src]:
                break
            f = r["focus"].lower()
            if r["doc"] in docs or f in focuses:
                continue  # at most one record per document / focus per source
            docs.add(r["doc"])
            focuses.add(f)
            picked.append(r)
    rng.shuffle(picked)
    styles = styles_list[:]
    rng.shuffle(styles)
    by_question = collections.defaultdict(list)
    for r in recs:
        if r["answer"] and r["id"] not in dup_ids:
            by_question[norm_question(r["question"])].append(r["id"])
    out = []
    for i, (r, s) in enumerate(zip(picked, styles, strict=False), first):
        item = dict(qid=f"dev-{i:03d}", target_id=r["id"], source=r["source"],
                    qtype=r["qtype"], focus=r["focus"],
                    target_question=r["question"], target_url=r["url"],
                    style=s)
        if BATCH > 1:
            # Other answered records asking the same question (the lenient metric's alt_ids).
            item["alt_ids"] = sorted(x for x in by_question[norm_question(r["question"])] if x != r["id"])
        out.append(item)
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
