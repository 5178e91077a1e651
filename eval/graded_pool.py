"""Keep the graded dev set's pool complete when the ranker changes.

A new ranker returns answers nobody graded (``judged@k`` in ``make eval`` falls below 1; they
count as Incorrect). This tool lists them for assessors and merges their grades back:

    python -m eval.graded_pool export --out var/graded-pool   # batch_N.txt + batch_N.keys.json
    # assessors write var/graded-pool/grades_N.json: {"<tag>": 1..4, ...}
    python -m eval.graded_pool merge var/graded-pool          # appends to eval/dev_graded_qrels.jsonl

Assessors see each message with its unjudged answers shuffled (no ranker, no rank, no id), the
LiveQA-Med scale, and answer texts cut at 1,500 characters: the way the set was first graded
(eval/README.md). ``merge`` refuses a grade outside 1..4, a tag it did not export, a batch with
tags left ungraded, and a grade that contradicts one already in the file; nothing is written
unless every batch is clean.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus import QARecord

from . import data

CUT = 1500
SCALE = (
    "Grade each answer against its message: 4 correct and complete (answers the main question), "
    "3 correct but incomplete, 2 related (right condition or drug, does not answer), 1 incorrect."
)


@dataclass(frozen=True)
class PoolEntry:
    qid: str
    key: str  # content digest (eval.data.content_digest)
    record_id: str
    question: str
    answer: str


def unjudged(ranked: Mapping[str, Sequence[QARecord]], qrels: Mapping[str, Mapping[str, int]]) -> list[PoolEntry]:
    """The returned answers of each message that have no grade yet (each content once)."""
    out: list[PoolEntry] = []
    for qid, records in ranked.items():
        seen = set(qrels.get(qid, {}))
        for r in records:
            key = data.content_digest(r)
            if key not in seen:
                seen.add(key)
                out.append(PoolEntry(qid, key, r.id, r.question, r.answer))
    return out


def write_batches(entries: Sequence[PoolEntry], messages: Mapping[str, data.GradedMessage], out: Path,
                  batches: int = 8, seed: int = 7) -> list[Path]:
    """Split the entries by message over ``batches`` files, answers shuffled within each message."""
    by_qid: dict[str, list[PoolEntry]] = {}
    for e in entries:
        by_qid.setdefault(e.qid, []).append(e)
    rnd = random.Random(seed)
    qids = sorted(by_qid)
    rnd.shuffle(qids)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for b in range(min(batches, len(qids))):
        lines, keys = [SCALE, ""], {}
        for qid in qids[b::batches]:
            m = messages[qid]
            lines += [f"=== MESSAGE {qid}", f"SUBJECT: {m.subject}", f"MESSAGE: {m.message}", ""]
            answers = list(by_qid[qid])
            rnd.shuffle(answers)
            for j, e in enumerate(answers, 1):
                text = " ".join(e.answer.split())
                tag = f"{qid}#{j}"
                keys[tag] = {"qid": qid, "key": e.key, "record_id": e.record_id, "question": e.question}
                lines += [f"--- ANSWER {tag}", f"QUESTION IT ANSWERS: {e.question}",
                          f"TEXT: {text[:CUT] + ' [...]' if len(text) > CUT else text}", ""]
        (out / f"batch_{b}.txt").write_text("\n".join(lines), encoding="utf-8")
        (out / f"batch_{b}.keys.json").write_text(json.dumps(keys, indent=0), encoding="utf-8")
        written.append(out / f"batch_{b}.txt")
    return written


def merge_rows(existing: Mapping[str, Mapping[str, int]], keys: Mapping[str, Mapping[str, str]],
               grades: Mapping[str, object], where: str) -> list[dict[str, object]]:
    """New qrels rows from one batch's keys and grades.

    Raises:
        ValueError: naming ``where`` and the tag: an unknown or ungraded tag, a grade outside
            1..4, or one that contradicts ``existing``.
    """
    unknown = sorted(set(grades) - set(keys))
    if unknown:
        raise ValueError(f"{where}: tags that were not exported: {', '.join(unknown[:5])}")
    missing = sorted(set(keys) - set(grades))
    if missing:
        raise ValueError(f"{where}: {len(missing)} tags have no grade, e.g. {', '.join(missing[:5])}")
    rows: list[dict[str, object]] = []
    for tag, meta in keys.items():
        grade = grades[tag]
        if not isinstance(grade, int) or isinstance(grade, bool) or grade not in (1, 2, 3, 4):
            raise ValueError(f"{where}: {tag}: grade {grade!r} is not 1..4")
        before = existing.get(meta["qid"], {}).get(meta["key"])
        if before is not None and before != grade:
            raise ValueError(f"{where}: {tag}: graded {grade}, the file already says {before}")
        if before is None:
            # The record's id, not its text: the corpus stays in ../shared/data.
            rows.append({"qid": meta["qid"], "key": meta["key"], "record_id": meta["record_id"], "grade": grade})
    return rows


def export(out: Path, depth: int, batches: int) -> int:
    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION

    from . import indexes

    encoder = load_encoder("auto", threads=2)
    _, searcher = indexes.ensure_eval_index(encoder, print)
    searcher = searcher.with_encoder(indexes.query_encoder(encoder, DEFAULT_QUERY_PRECISION))
    messages = {m.qid: m for m in data.load_graded_messages()}
    ranked = {qid: [h.record for h in searcher.search(m.text, depth, with_related=False).matches]
              for qid, m in messages.items()}
    entries = unjudged(ranked, data.load_graded_qrels())
    if not entries:
        print(f"every answer in the shipped ranker's top {depth} is graded: nothing to export")
        return 0
    files = write_batches(entries, messages, out, batches)
    print(f"{len(entries)} unjudged answers of {len({e.qid for e in entries})} messages in {len(files)} batches "
          f"under {out}; grades go to grades_N.json beside each batch")
    return 0


def merge(folder: Path, qrels_path: Path) -> int:
    existing = data.load_graded_qrels(qrels_path)
    new: list[dict[str, object]] = []
    for keys_file in sorted(folder.glob("batch_*.keys.json")):
        n = keys_file.name.split("_")[1].split(".")[0]
        grades_file = folder / f"grades_{n}.json"
        if not grades_file.exists():
            raise SystemExit(f"{grades_file}: missing (every exported batch needs its grades)")
        keys = json.loads(keys_file.read_text(encoding="utf-8"))
        grades = json.loads(grades_file.read_text(encoding="utf-8"))
        try:
            new += merge_rows(existing, keys, grades, str(grades_file))
        except ValueError as exc:
            raise SystemExit(str(exc)) from None
    with qrels_path.open("a", encoding="utf-8") as handle:
        for row in new:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"added {len(new)} grades to {qrels_path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.graded_pool", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write the shipped ranker's ungraded answers for assessors")
    ex.add_argument("--out", type=Path, default=Path("var/graded-pool"))
    ex.add_argument("--depth", type=int, default=10, help="how many answers per message to cover (default 10)")
    ex.add_argument("--batches", type=int, default=8)
    mg = sub.add_parser("merge", help="append the assessors' grades to the qrels file")
    mg.add_argument("folder", type=Path)
    mg.add_argument("--qrels", type=Path, default=data.repo_path(data.GRADED_QRELS))
    args = parser.parse_args(argv)
    if args.command == "export":
        return export(args.out, args.depth, args.batches)
    return merge(args.folder, args.qrels)


if __name__ == "__main__":
    sys.exit(main())
