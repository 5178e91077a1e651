"""``make eval``: medmatch's retrieval quality on the TREC 2017 LiveQA-Med test questions.

Corpus: MedQuAD + the 2,479 judged answers CSV, indexed by the project's own indexer (reused
when up to date). Questions: the 104 LiveQA-Med test questions, as the patient wrote them
(headline) and as NLM summarised them. Judgments matched to records by content. Also: the same
with ~29.5k answerless MedQuAD questions as distractors, two baselines, the ablation rows of
``eval/ablations.py``, abstention, dev-set metrics, emergency triage and related questions.
Nothing here is tuned on LiveQA: weights and thresholds come from the dev set (eval/tune.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from indexer.encoder import PRECISIONS
from indexer.request_classifier import DEFAULT_SETTING as REQUEST_CLASSIFIER_DEFAULT

from . import ablations, animals, clinic, data, dev, graded, indexes, liveqa, related
from .metrics import CurvePoint, coverage_curve
from .render import render_markdown, render_text
from .report import plot_coverage, update_doc
from .systems import BM25QA, DenseKNN, HttpSystem, SearcherSystem, ServedSystem, System

#: The comparison row added when questions are encoded by the int8 graph.
FP32_ROW = "medmatch with fp32 question vectors"

SETTINGS = ("eval", "distractors")


def log(message: str) -> None:
    print(f"[eval {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    rows = ", ".join(f"'{r.name}'" for r in ablations.ROWS)
    parser = argparse.ArgumentParser(
        prog="python -m eval.run",
        description=__doc__.split("\n\n")[0] + "\n\n" + "\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "Rows: the baselines 'naive dense kNN (questions)' and 'BM25 q+a', then eval/ablations.py ROWS: "
            f"{rows}.\nIndexes: var/index/eval (or var/index/full when built from the same inputs) and "
            "var/index/eval-distractors; each is built once (~6-7 min on 2 cores) and reused.\n"
            "Writes eval/results/*.json (per question), docs/evaluation.md (between its eval markers) and "
            "docs/coverage_precision.png."
        ),
    )
    parser.add_argument("--url", help="evaluate a running service instead (e.g. http://127.0.0.1:8000): POST "
                        "/v1/ask with top_k 10 for the LiveQA and dev questions; it must serve the same corpus "
                        "(ids are mapped back to the MedQuAD+CSV records). No baselines, ablations, distractors "
                        "or related-questions check; docs/evaluation.md is left alone.")
    parser.add_argument("--skip-distractors", action="store_true",
                        help="skip the second setting (answerless MedQuAD questions as distractors)")
    parser.add_argument("--rows", help="comma-separated row names to run (case-insensitive; default: all). "
                        "The last Searcher row given is treated as the shipped one.")
    parser.add_argument("--query-precision", choices=PRECISIONS, default=None,
                        help="the graph that encodes questions (default: the service's, "
                        "indexer.encoder.DEFAULT_QUERY_PRECISION); with int8 a row with fp32 queries is added")
    parser.add_argument("--out", default="eval/results", help="folder for per-question JSON (default: %(default)s)")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/evaluation.md or the plot")
    return parser.parse_args(argv)


def selected(names: str | None) -> set[str] | None:
    """The lower-cased row names of ``--rows`` (None: every row)."""
    return {n.strip().lower() for n in names.split(",") if n.strip()} if names else None


def pick(wanted: set[str] | None, name: str) -> bool:
    return wanted is None or name.lower() in wanted


def run_liveqa(systems: Sequence[System], questions: Sequence[data.TestQuestion], judgments: data.Judgments,
               setting: str, variants: Sequence[str]) -> dict[str, dict[str, list[liveqa.QuestionResult]]]:
    out: dict[str, dict[str, list[liveqa.QuestionResult]]] = {}
    for variant in variants:
        out[variant] = {}
        for system in systems:
            started = time.perf_counter()
            out[variant][system.name] = liveqa.run_questions(system, questions, variant, judgments)
            log(f"{setting}/{variant}: {system.name} ({time.perf_counter() - started:.1f}s)")
    return out


def abstention(results: Sequence[liveqa.QuestionResult], threshold: float | None) -> dict[str, Any]:
    """Share answered at the shipped threshold and quality of those answers, plus the curve."""
    conf = [float(r.outcome.confidence or 0.0) for r in results]
    first = [r.grades_high[0] if r.grades_high else None for r in results]
    answered = [r for r in results if r.outcome.answered]
    grades = [r.grades_high[0] if r.grades_high else None for r in answered]
    point = coverage_curve([1.0] * len(grades), grades, [0.0])[0] if grades else None
    thresholds = sorted({0.0, 1.0, *[i / 100 for i in range(101)], *conf})
    return {
        "threshold": threshold,
        "answered share": len(answered) / len(results) if results else 0.0,
        "answered": len(answered),
        "questions": len(results),
        "avgScore answered": point.avg_score if point else None,
        "prec@2+ answered": point.prec2 if point else None,
        "prec@3+ answered": point.prec3 if point else None,
        "curve": [p.__dict__ for p in coverage_curve(conf, first, thresholds)],
    }


def dev_threshold_curve(
    dev_results: Sequence[dev.DevResult], ooc: Sequence[dev.OocResult]
) -> list[tuple[float, float, float]]:
    """(threshold, dev in-corpus answered share, out-of-corpus answered share); emergencies never answer."""
    def share(confs: list[float], t: float) -> float:
        return sum(1 for c in confs if c >= t) / len(confs) if confs else 0.0

    dc = [float(r.confidence or 0.0) for r in dev_results if r.status != "emergency"]
    oc = [float(r.confidence or 0.0) for r in ooc if r.status != "emergency"]
    n_dev, n_ooc = len(dev_results), len(ooc)
    grid = [i / 100 for i in range(101)]
    return [(t, share(dc, t) * len(dc) / n_dev, share(oc, t) * len(oc) / n_ooc) for t in grid]


def write_json(out_dir: Path, name: str, payload: Any) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


def liveqa_payload(runs: dict[str, dict[str, list[liveqa.QuestionResult]]]) -> dict[str, Any]:
    return {v: {name: [r.to_json() for r in rs] for name, rs in per.items()} for v, per in runs.items()}


def metrics_table(
    runs: dict[str, dict[str, list[liveqa.QuestionResult]]],
) -> dict[str, list[tuple[str, dict[str, float]]]]:
    return {v: [(name, liveqa.metrics_of(rs)) for name, rs in per.items()] for v, per in runs.items()}


def service_triage(shipped: System | None) -> dev.Triage:
    """As the service: the rules, then the classifier on the shipped searcher's message vectors."""
    return dev.Triage(shipped.searcher if isinstance(shipped, SearcherSystem) else None)


def run_dev_sets(systems: Sequence[System], shipped: System | None, keys: dict[str, str],
                 summary: dict[str, Any], triage: dev.Triage) -> dict[str, Any]:
    """Dev-set rows for every system (into ``summary``); per-question results returned."""
    dev_qs, ooc_qs = data.load_dev_questions(), data.load_out_of_corpus()
    rows, payload = [], {}
    for system in systems:
        d = dev.run_dev(system, dev_qs, keys, triage)
        abstains = isinstance(system, SearcherSystem | HttpSystem)  # the baselines never abstain
        o = dev.run_ooc(system, ooc_qs, triage) if abstains else []
        rows.append((system.name, dev.dev_metrics(d, o)))
        payload[system.name] = {"dev": [r.to_json() for r in d], "ooc": [r.to_json() for r in o]}
        if system is shipped:
            summary["dev_styles"] = dev.by_style(d)
            summary["calibration"] = dev.calibration(d)
            summary["dev_curve"] = dev_threshold_curve(d, o)
    summary["dev"] = rows
    summary["dev_counts"] = {"dev": len(dev_qs), "ooc": len(ooc_qs)}
    return payload


def run_graded_set(systems: Sequence[System], shipped: System | None, summary: dict[str, Any],
                   triage: dev.Triage) -> dict[str, Any]:
    """Graded dev-set rows for every system (into ``summary``); per-message results returned."""
    messages, qrels = data.load_graded_messages(), data.load_graded_qrels()
    rows, payload = [], {}
    for system in systems:
        results = graded.run_graded(system, messages, qrels, triage)
        rows.append((system.name, graded.graded_metrics(results)))
        payload[system.name] = [r.to_json() for r in results]
        if system is shipped:
            summary["graded_areas"] = graded.by_area(results)
    summary["graded"] = rows
    summary["graded_counts"] = {"messages": len(messages), "grades": sum(len(v) for v in qrels.values())}
    return payload


def run_clinic_set(system: System, summary: dict[str, Any], triage: dev.Triage) -> dict[str, Any]:
    """The blind clinic-widget messages through the service's decisions (into ``summary``), then again
    with the request classifier switched the other way (in process only), for comparison."""
    messages = data.load_clinic_messages()
    results = clinic.run_clinic(system, messages, triage)
    rows, payload = clinic.clinic_rows(results), {"as shipped": [r.to_json() for r in results]}
    if isinstance(system, SearcherSystem):
        other = "bundled" if REQUEST_CLASSIFIER_DEFAULT == "off" else "off"
        label = "request classifier on" if other == "bundled" else "request classifier off"
        alt = clinic.run_clinic(system, messages, dev.Triage(system.searcher, requests=other))
        rows += [(f"{name}, {label}", m) for name, m in clinic.clinic_rows(alt)]
        payload[label] = [r.to_json() for r in alt]
    summary["clinic"] = rows
    return payload


def related_check(searcher: Any, first_answers: Sequence[liveqa.QuestionResult],
                  summary: dict[str, Any], judge_encoder: Any = None) -> dict[str, Any]:
    """Related-question quality for the LiveQA first answers and 500 random records."""
    anchors = [(r.outcome.top_row, searcher.encode(r.question))
               for r in first_answers if r.outcome.top_row is not None]
    # Judged with fp32 vectors whatever encodes the questions: the judge must not move with the system.
    judge = judge_encoder or searcher.encoder
    judged_lq = related.evaluate_anchors(searcher, anchors, judge)
    judged_rand = related.evaluate_anchors(searcher, related.random_anchors(searcher), judge)
    summary["related"] = {"LiveQA first answers": related.summarize(judged_lq),
                          "500 random MedQuAD records": related.summarize(judged_rand)}
    return {"liveqa": [j.__dict__ for j in judged_lq], "random": [j.__dict__ for j in judged_rand]}


def run_local(args: argparse.Namespace) -> int:
    from indexer import load_encoder
    from indexer.encoder import DEFAULT_QUERY_PRECISION
    from indexer.search import Searcher

    from .report import git_commit

    started = time.perf_counter()
    # the code the run imports is the tree's now: a commit made while it runs must not be named instead
    commit = git_commit()
    out_dir = data.repo_path(args.out)
    wanted = selected(args.rows)
    if wanted is not None:
        known = {r.name.lower() for r in ablations.ROWS} | {DenseKNN.name.lower(), BM25QA.name.lower()}
        unknown = wanted - known
        if unknown:
            raise SystemExit(f"unknown row(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    encoder = load_encoder("auto", threads=2)
    corpus: Callable[[], list[Any]] = cache(indexes.load_eval_corpus)
    log("loading MedQuAD (answered and answerless) for the dev targets and distractors")
    medquad = indexes.load_medquad_raw()
    info, searcher = indexes.ensure_eval_index(encoder, log, corpus=corpus)
    log(f"index {info.root} ({f'built in {info.seconds:.0f}s' if info.built else 'reused, up to date'})")
    # The index holds fp32 (or bf16-computed) vectors; the service encodes questions with the int8 graph.
    qencoder = indexes.query_encoder(encoder, args.query_precision or DEFAULT_QUERY_PRECISION)
    fp32_searcher, searcher = searcher, searcher.with_encoder(qencoder)
    judgments = data.load_judgments(searcher.records)
    questions = data.load_test_questions()
    rows = [r for r in ablations.ROWS if pick(wanted, r.name)]

    def systems_for(s: Searcher, fp32: Searcher) -> list[System]:
        out: list[System] = []
        if pick(wanted, DenseKNN.name):
            out.append(DenseKNN(s.records, encoder, data.repo_path(indexes.CACHE_DIR)))
        if pick(wanted, BM25QA.name):
            out.append(BM25QA(s.records))
        out.extend(SearcherSystem(r.name, r.description, s, r.spec) for r in rows)
        if s.encoder is not fp32.encoder and rows and rows[-1] is ablations.ROWS[-1]:
            # The same ranker with fp32 question vectors, just before the shipped row.
            out.insert(len(out) - 1, SearcherSystem(
                FP32_ROW, "the shipped ranker with questions encoded by the fp32 graph", fp32, rows[-1].spec))
        if rows and rows[-1] is ablations.ROWS[-1]:
            out.append(ServedSystem(s))  # the shipped row as the HTTP API answers it
        return out

    systems = systems_for(searcher, fp32_searcher)
    runs = {"eval": run_liveqa(systems, questions, judgments, "eval", liveqa.VARIANTS)}
    searcher_systems = [s for s in systems if isinstance(s, SearcherSystem)]
    shipped = searcher_systems[-1] if searcher_systems else None
    # The dev sets already apply the service's decisions to every row (dev.Triage): no served row there.
    systems = [s for s in systems if not isinstance(s, ServedSystem)]
    dist_info = None
    if not args.skip_distractors:
        dist_info, dsearcher = indexes.ensure_distractor_index(encoder, corpus, medquad, log)
        dist_count = sum(1 for r in dsearcher.records if r.answerless)
        runs["distractors"] = run_liveqa(systems_for(dsearcher.with_encoder(qencoder), dsearcher), questions, judgments,
                                         "distractors", liveqa.VARIANTS)
        del dsearcher
    else:
        dist_count = 0

    summary: dict[str, Any] = {"liveqa": {k: metrics_table(v) for k, v in runs.items()}}
    summary["descriptions"] = {s.name: s.description for s in systems}
    if shipped is not None:
        summary["shipped"] = shipped.name
        summary["descriptions"][ServedSystem.name] = ServedSystem.description
        threshold = shipped.ranker.threshold if shipped.ranker else searcher.ranker.threshold
        summary["abstention"] = abstention(runs["eval"]["original"][shipped.name], threshold)
        summary["abstention_summary"] = abstention(runs["eval"]["summary"][shipped.name], threshold)

    log("dev set")
    service = service_triage(shipped)
    dev_payload = run_dev_sets(systems, shipped, data.medquad_keys(r for r in medquad if not r.answerless), summary,
                               service)
    write_json(out_dir, "dev.json", dev_payload)
    log("graded dev set")
    write_json(out_dir, "graded.json", run_graded_set(systems, shipped, summary, service))
    if shipped is not None:
        log("clinic messages")
        write_json(out_dir, "clinic.json", run_clinic_set(shipped, summary, service))
        log("animal and person-with-animal messages")
        animal_results = animals.run_animals(shipped, service)
        summary["animals"] = animals.animal_rows(animal_results)
        write_json(out_dir, "animals.json", {k: [r.to_json() for r in v] for k, v in animal_results.items()})

    from safety import Triage, evaluate, load_classifier

    # The service's triage: the rules, then the bundled classifier on the message vector the
    # service computes (spell-corrected text, the question encoder), through the same Answerer code.
    triage = Triage(classifier=load_classifier())

    def vector_of(text: str) -> np.ndarray:
        return searcher.prepare(text).message_vector

    def figures(path: str) -> dict[str, Any]:
        both = evaluate(data.repo_path(path), triage, vector_of)
        rules = evaluate(data.repo_path(path), Triage())
        out = {k: v for k, v in both.items() if not isinstance(v, list)}
        out["rules_only"] = {k: rules[k] for k in ("detected", "recall", "false_alarms", "false_alarm_rate")}
        return out

    summary["emergency"] = figures(data.EMERGENCY_DEV)
    summary["emergency_long"] = [{"path": path, "held_out": held_out, **figures(path)}
                                 for path, held_out in data.EMERGENCY_LONG_SETS]
    # Every in-corpus dev message is an information question: each one the triage routes to the
    # emergency message is a false alarm a patient would see.
    dev_qs = data.load_dev_questions()
    routed = [q.qid for q in dev_qs if triage.check(q.question) is not None
              or (triage.classifier.applies(q.question) and triage.check_vector(vector_of(q.question), q.question))]
    summary["emergency"]["dev_routed"] = len(routed)
    summary["emergency"]["dev_routed_ids"] = ", ".join(routed)
    summary["emergency"]["dev_questions"] = len(dev_qs)
    if shipped is not None:
        log("related questions")
        write_json(out_dir, "related.json", related_check(searcher, runs["eval"]["original"][shipped.name], summary,
                                                            judge_encoder=encoder))

    seconds = time.perf_counter() - started
    summary["meta"] = indexes.describe(info, dist_info, dist_count, searcher, shipped, judgments, questions, seconds,
                                       commit)
    for setting, payload in runs.items():
        write_json(out_dir, f"liveqa-{setting}.json", liveqa_payload(payload))
    write_json(out_dir, "summary.json", summary)
    print(render_text(summary))
    if not args.no_docs:
        if "abstention" in summary:
            plot_coverage([CurvePoint(**p) for p in summary["abstention"]["curve"]], summary.get("dev_curve", []),
                          summary["abstention"]["threshold"])
        update_doc(render_markdown(summary))
        log("wrote docs/evaluation.md and docs/coverage_precision.png")
    log(f"done in {seconds:.0f}s; per-question results in {out_dir}")
    return 0


def run_http(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    out_dir = data.repo_path(args.out)
    corpus = indexes.load_eval_corpus()
    system = HttpSystem(args.url, {r.id: r for r in corpus})
    judgments = data.load_judgments(corpus)
    questions = data.load_test_questions()
    runs = run_liveqa([system], questions, judgments, "http", liveqa.VARIANTS)
    summary: dict[str, Any] = {"liveqa": {"http": metrics_table(runs)},
                               "descriptions": {system.name: system.description}}
    summary["abstention"] = abstention(runs["original"][system.name], None)
    keys = data.medquad_keys(r for r in indexes.load_medquad_raw() if not r.answerless)
    service = service_triage(system)
    dev_payload = run_dev_sets([system], system, keys, summary, service)
    graded_payload = run_graded_set([system], system, summary, service)
    clinic_payload = run_clinic_set(system, summary, service)
    summary["meta"] = {"mode": f"HTTP {args.url}", "seconds": time.perf_counter() - started,
                       "unknown ids": sorted(system.unknown_ids)[:20], "n unknown ids": len(system.unknown_ids)}
    write_json(out_dir, "liveqa-http.json", liveqa_payload(runs))
    write_json(out_dir, "dev-http.json", dev_payload)
    write_json(out_dir, "graded-http.json", graded_payload)
    write_json(out_dir, "clinic-http.json", clinic_payload)
    write_json(out_dir, "summary-http.json", summary)
    print(render_text(summary))
    if system.unknown_ids:
        log(f"{len(system.unknown_ids)} returned ids are not in the MedQuAD+CSV corpus (scored unjudged)")
    log(f"done in {time.perf_counter() - started:.0f}s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    return run_http(args) if args.url else run_local(args)


if __name__ == "__main__":
    raise SystemExit(main())
