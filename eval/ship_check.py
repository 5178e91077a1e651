"""Measure the shipped ranker on the development sets only, and apply the ship rule to a change.

    python -m eval.ship_check --out var/ship/base.json              # before the change
    python -m eval.ship_check --out var/ship/new.json --baseline var/ship/base.json

A ranking change is decided on data that chose nothing in it and never on LiveQA: the graded dev
set (blind messages and their pooled grades), the dev set (one target record per message), the
out-of-corpus messages and the blind clinic-widget messages, all through the service's decisions
(triage, clinic requests, the answer threshold). The rule, written in session 34 before the first
change it judged and used unchanged since, ships a change only if, against the baseline:

* the graded avgScore is not lower;
* the graded MRR@10 is not lower by more than 0.001;
* the dev top-1 accuracy is not lower;
* no out-of-corpus message is answered;
* the clinic messages that want no article get no more false answers.

With ``--baseline`` it prints the verdict, the figures side by side and every message whose result
moved (the graded first grade, the dev rank, an out-of-corpus or clinic answer), so each move can be
read before a change ships; the exit status is 0 when the rule passes and 1 when it does not. LiveQA
is left to ``make eval`` (about 22 minutes); this takes about 5 on 2 cores with the eval index built.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: How far the graded MRR@10 may fall before a change fails (the rule's one tolerance).
MRR_TOLERANCE = 0.001


@dataclass(frozen=True)
class Figures:
    """The five figures the rule reads, from one run."""

    graded_avg_score: float
    graded_mrr: float
    dev_top1: float
    ooc_answered: int
    clinic_false_answers: int

    @classmethod
    def of(cls, run: Mapping[str, Any]) -> Figures:
        return cls(
            graded_avg_score=float(run["graded"]["avgScore"]),
            graded_mrr=float(run["graded"]["MRR@10"]),
            dev_top1=float(run["dev"]["top1"]),
            ooc_answered=sum(1 for r in run["per_ooc"] if r["status"] == "answered"),
            clinic_false_answers=int(run["clinic"]["false answers"]),
        )


def failures(base: Figures, new: Figures) -> list[str]:
    """The rule's clauses the change breaks (empty: it may ship)."""
    out = []
    if new.graded_avg_score < base.graded_avg_score:
        out.append(f"graded avgScore fell {base.graded_avg_score:.4f} -> {new.graded_avg_score:.4f}")
    if new.graded_mrr < base.graded_mrr - MRR_TOLERANCE:
        out.append(f"graded MRR@10 fell more than {MRR_TOLERANCE}: {base.graded_mrr:.4f} -> {new.graded_mrr:.4f}")
    if new.dev_top1 < base.dev_top1:
        out.append(f"dev top-1 fell {base.dev_top1:.4f} -> {new.dev_top1:.4f}")
    if new.ooc_answered > 0:
        out.append(f"{new.ooc_answered} out-of-corpus message(s) answered")
    if new.clinic_false_answers > base.clinic_false_answers:
        out.append(f"clinic false answers rose {base.clinic_false_answers} -> {new.clinic_false_answers}")
    return out


def moved(base: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """One line per message whose result differs between two runs, set by set."""
    lines = []

    def by_id(run: Mapping[str, Any], key: str) -> dict[str, Mapping[str, Any]]:
        return {r["qid"]: r for r in run[key]}

    old, now = by_id(base, "per_graded"), by_id(new, "per_graded")
    for qid in sorted(old.keys() & now.keys()):
        a, b = old[qid], now[qid]
        first_a = a["grades"][0] if a["grades"] else None
        first_b = b["grades"][0] if b["grades"] else None
        if a["status"] != b["status"] or a["grades"] != b["grades"]:
            lines.append(f"graded {qid}: first grade {first_a} -> {first_b}, {a['status']} -> {b['status']}, "
                         f"grades {a['grades'][:5]} -> {b['grades'][:5]}")
    old, now = by_id(base, "per_dev"), by_id(new, "per_dev")
    for qid in sorted(old.keys() & now.keys()):
        a, b = old[qid], now[qid]
        if (a["rank_strict"], a["status"]) != (b["rank_strict"], b["status"]):
            lines.append(f"dev {qid}: rank {a['rank_strict']} -> {b['rank_strict']}, {a['status']} -> {b['status']}")
    for key in ("per_ooc", "per_clinic"):
        old, now = by_id(base, key), by_id(new, key)
        for qid in sorted(old.keys() & now.keys()):
            if old[qid]["status"] != now[qid]["status"]:
                lines.append(f"{key[4:]} {qid}: {old[qid]['status']} -> {now[qid]['status']}")
    return lines


def measure() -> dict[str, Any]:
    """Run the shipped row over the graded, dev, out-of-corpus and clinic sets (the eval index is
    built first when missing, ~6-7 min)."""
    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION

    from . import ablations, clinic, data, dev, graded, indexes
    from .run import service_triage
    from .systems import SearcherSystem

    encoder = load_encoder("auto", threads=2)
    medquad = indexes.load_medquad_raw()
    _, searcher = indexes.ensure_eval_index(encoder, lambda m: print(m, file=sys.stderr))
    searcher = searcher.with_encoder(indexes.query_encoder(encoder, DEFAULT_QUERY_PRECISION))
    row = ablations.ROWS[-1]
    system = SearcherSystem(row.name, row.description, searcher, row.spec)
    triage = service_triage(system)
    keys = data.medquad_keys(r for r in medquad if not r.answerless)
    dev_results = dev.run_dev(system, data.load_dev_questions(), keys, triage)
    ooc = dev.run_ooc(system, data.load_out_of_corpus(), triage)
    graded_results = graded.run_graded(system, data.load_graded_messages(), data.load_graded_qrels(), triage)
    clinic_results = clinic.run_clinic(system, data.load_clinic_messages(), triage)
    return {
        "graded": graded.graded_metrics(graded_results),
        "dev": dev.dev_metrics(dev_results, ooc),
        "clinic": dict(clinic.clinic_rows(clinic_results))["all"],
        "per_graded": [r.to_json() for r in graded_results],
        "per_dev": [r.to_json() for r in dev_results],
        "per_ooc": [r.to_json() for r in ooc],
        "per_clinic": [r.to_json() for r in clinic_results],
    }


def table(rows: Sequence[tuple[str, Figures]]) -> str:
    names = ["graded avgScore", "graded MRR@10", "dev top-1", "out-of-corpus answered", "clinic false answers"]
    head = f"{'':24}" + "".join(f"{label:>12}" for label, _ in rows)
    lines = [head]
    for i, name in enumerate(names):
        cells = []
        for _, f in rows:
            value = (f.graded_avg_score, f.graded_mrr, f.dev_top1, f.ooc_answered, f.clinic_false_answers)[i]
            cells.append(f"{value:>12.4f}" if isinstance(value, float) else f"{value:>12d}")
        lines.append(f"{name:24}" + "".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.ship_check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="where to write this run (JSON, per message)")
    parser.add_argument("--baseline", help="an earlier run's JSON to judge this one against")
    args = parser.parse_args(argv)
    base = None
    if args.baseline:
        try:
            base = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
            Figures.of(base)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            parser.error(f"--baseline {args.baseline}: not a run of this script ({exc})")
    started = time.perf_counter()
    run = measure()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(run, default=str) + "\n", encoding="utf-8")
    now = Figures.of(run)
    print(f"measured in {time.perf_counter() - started:.0f} s; written to {out}")
    if base is None:
        print(table([("this run", now)]))
        return 0
    print(table([("baseline", Figures.of(base)), ("this run", now)]))
    for line in moved(base, run):
        print("  " + line)
    broken = failures(Figures.of(base), now)
    print("ship rule: PASS" if not broken else "ship rule: FAIL\n  " + "\n  ".join(broken))
    return 0 if not broken else 1


if __name__ == "__main__":
    sys.exit(main())
