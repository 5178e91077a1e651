"""Seeded selection of MedQuAD target records for the medmatch dev set.

Usage: python eval/sample_targets.py [MEDQUAD_DIR] > targets.json

This only picks the *targets* (record id, question, url) and assigns a writing
style to each.  The patient-style messages in dev_questions.jsonl were then
written by hand for each target (no templates).  Seed: 2026.
"""
import collections
import glob
import json
import os
import random
import sys
import xml.etree.ElementTree as ET

SEED = 2026
MEDQUAD = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/medquad"

# folders with empty answers (MedlinePlus copyright) are never targeted
SKIP = {"10_MPlus_ADAM_QA", "11_MPlusDrugs_QA", "12_MPlusHerbsSupplements_QA"}

# items per source: ~80% common-condition sources, ~20% rare disease (GARD/GHR)
QUOTA = {
    "MPlusHealthTopics": 45, "NIDDK": 45, "NHLBI": 35, "NIHSeniorHealth": 35,
    "CancerGov": 30, "NINDS": 30, "CDC": 20,
    "GARD": 30, "GHR": 30,
}
STYLES = ["short"] * 75 + ["lay"] * 90 + ["backstory"] * 90 + ["typo"] * 45


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


def main():
    rng = random.Random(SEED)
    recs = load()
    counts = collections.Counter(r["id"] for r in recs)
    dup_ids = {i for i, c in counts.items() if c > 1}
    pool = collections.defaultdict(list)
    for r in recs:
        if eligible(r, dup_ids):
            pool[r["source"]].append(r)
    picked = []
    for src in sorted(QUOTA):
        # weighted sampling without replacement (Efraimidis-Spirakis keys);
        # "research" questions are down-weighted, patients rarely ask them.
        keyed = sorted(pool[src], key=lambda r: rng.random() ** (
            1.0 / (0.3 if r["qtype"] == "research" else 1.0)), reverse=True)
        docs, focuses = set(), set()
        for r in keyed:
            if len([p for p in picked if p["source"] == src]) == QUOTA[src]:
                break
            f = r["focus"].lower()
            if r["doc"] in docs or f in focuses:
                continue  # at most one record per document / focus per source
            docs.add(r["doc"])
            focuses.add(f)
            picked.append(r)
    rng.shuffle(picked)
    styles = STYLES[:]
    rng.shuffle(styles)
    out = []
    for i, (r, s) in enumerate(zip(picked, styles, strict=False), 1):
        out.append(dict(qid=f"dev-{i:03d}", target_id=r["id"], source=r["source"],
                        qtype=r["qtype"], focus=r["focus"],
                        target_question=r["question"], target_url=r["url"],
                        style=s))
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
