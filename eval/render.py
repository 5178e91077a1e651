"""Render the summary of a run (``eval/results/summary.json``) as terminal text or Markdown."""

from __future__ import annotations

import json
from typing import Any

from .animals import ANIMAL_COLUMNS
from .clinic import CLINIC_COLUMNS
from .report import DEV_COLUMNS, GRADED_COLUMNS, LIVEQA_COLUMNS, SERVED_ROW, md_table, text_table

TARGET = {"avgScore": 1.45, "MRR@10": 0.78}
SETTING_TITLES = {
    "eval": "MedQuAD + judged CSV",
    "distractors": "with ~29.5k answerless MedQuAD questions as distractors",
    "http": "HTTP API",
}
VARIANT_TITLES = {"original": "original consumer messages (headline)", "summary": "NLM summaries"}
TEXT_COLUMNS = [c for c in LIVEQA_COLUMNS if c not in {"succ@4+", "prec@4+"}]
RELATED_COLUMNS = ["related per answer", "same focus", "closely related", "other", "repeats",
                   "shown as same_focus: truly same", "shown as neighbour: same or close", "answers with none"]


def _liveqa_sections(summary: dict[str, Any]) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    out = []
    for setting, per_variant in summary.get("liveqa", {}).items():
        for variant, rows in per_variant.items():
            out.append((f"LiveQA-Med 2017 test, {VARIANT_TITLES.get(variant, variant)}; "
                        f"{SETTING_TITLES.get(setting, setting)}", [(n, m) for n, m in rows]))
    return out


def _target_line(summary: dict[str, Any]) -> str:
    """The targets on original messages for the shipped row (the last row of a run without one), and
    the same figures as the HTTP API answers them when the run has that row."""
    rows = dict(summary.get("liveqa", {}).get("eval", {}).get("original", []))
    if not rows:
        return ""
    name = summary.get("shipped") or list(rows)[-1]
    m = rows[name]
    parts = [f"{k} {m[k]:.3f} {'>=' if m[k] >= v else '<'} {v}" for k, v in TARGET.items()]
    met = all(m[k] >= v for k, v in TARGET.items())
    line = f"Target (original messages, {name}): {'; '.join(parts)} -> {'MET' if met else 'NOT met'}"
    served = rows.get(SERVED_ROW)
    if served is not None and name != SERVED_ROW:
        line += (f". As the HTTP API answers (triage and clinic requests first, their messages carry no matches): "
                 f"avgScore {served['avgScore']:.3f}, MRR@10 {served['MRR@10']:.3f}")
    return line


def _abstention_lines(a: dict[str, Any], label: str) -> list[str]:
    def f(v: Any) -> str:
        return "-" if v is None else f"{v:.3f}"

    at = "the server's threshold" if a["threshold"] is None else f"threshold {a['threshold']:.3f}"
    return [
        f"Abstention on LiveQA {label} at {at}: answered {a['answered']}/"
        f"{a['questions']} ({a['answered share']:.1%}); of those: avgScore {f(a['avgScore answered'])}, "
        f"prec@2+ {f(a['prec@2+ answered'])}, prec@3+ {f(a['prec@3+ answered'])}",
    ]


def _curve_rows(curve: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """A few points of the coverage curve: the threshold reaching each coverage level."""
    out = []
    for target in (1.0, 0.9, 0.75, 0.5, 0.25, 0.1):
        pts = [p for p in curve if p["coverage"] >= target - 1e-9]
        if pts:
            p = max(pts, key=lambda p: p["threshold"])
            out.append((f"coverage >= {target:.0%}", {"threshold": p["threshold"], "coverage": p["coverage"],
                                                       "avgScore": p["avg_score"], "prec@2+": p["prec2"],
                                                       "prec@3+": p["prec3"]}))
    return out


def _calibration_rows(cal: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{b['low']:.1f}-{b['high']:.1f}", {"count": b["count"], "mean confidence": b["mean_confidence"],
                                                 "accuracy": b["accuracy"]}) for b in cal["bins"]]


def render_text(summary: dict[str, Any]) -> str:
    blocks = []
    for title, rows in _liveqa_sections(summary):
        blocks.append(text_table(title, rows, TEXT_COLUMNS))
    line = _target_line(summary)
    if line:
        blocks.append(line)
    if "abstention" in summary:
        blocks.append("\n".join(_abstention_lines(summary["abstention"], "original messages")))
        blocks.append(text_table("Coverage vs precision (LiveQA original messages)",
                                 _curve_rows(summary["abstention"]["curve"]),
                                 ["threshold", "coverage", "avgScore", "prec@2+", "prec@3+"]))
    if "dev" in summary:
        counts = summary.get("dev_counts", {})
        blocks.append(text_table(f"Dev set (eval/dev_questions.jsonl, {counts.get('dev', '?')}; out-of-corpus "
                                 f"{counts.get('ooc', '?')}); answer rates use each row's own threshold and "
                                 "calibration",
                                 summary["dev"], DEV_COLUMNS))
    if "graded" in summary:
        blocks.append(text_table(_graded_title(summary), summary["graded"], GRADED_COLUMNS))
    if "clinic" in summary:
        blocks.append(text_table(CLINIC_TITLE, summary["clinic"], CLINIC_COLUMNS))
    if "animals" in summary:
        blocks.append(text_table(ANIMALS_TITLE, summary["animals"], ANIMAL_COLUMNS))
    if "calibration" in summary:
        blocks.append(text_table(f"Calibration (dev, strict top-1), ECE {summary['calibration']['ece']:.3f}",
                                 _calibration_rows(summary["calibration"]), ["count", "mean confidence", "accuracy"]))
    if "emergency" in summary:
        e = summary["emergency"]
        blocks.append(f"Emergency triage (eval/emergency_dev.jsonl, {e['cases']} cases): recall {e['recall']:.3f}, "
                      f"category recall {e['category_recall']:.3f}, false alarms {e['false_alarms']}/"
                      f"{e['non_emergencies']} ({e['false_alarm_rate']:.3f})." + _classifier_part(e) + _dev_routed(e))
        blocks += [_long_line(e) for e in summary.get("emergency_long", [])]
    if "related" in summary:
        blocks.append(text_table("Related questions (shares of all related questions shown)",
                                 list(summary["related"].items()), RELATED_COLUMNS))
    meta = summary.get("meta", {})
    if meta:
        blocks.append("\n".join(f"{k}: {v}" for k, v in meta.items()))
    return "\n\n".join(blocks)


def render_markdown(summary: dict[str, Any]) -> str:
    meta = summary.get("meta", {})
    out = ["## Latest run", ""]
    out += [f"* **{k}**: {v}" if k != "ranker" else f"* **shipped ranker**: `{json.dumps(v)}`"
            for k, v in meta.items()]
    provenance = str(meta.get("ranker", {}).get("provenance", ""))
    if "tune" in provenance:
        out += ["", "Weights, confidence calibration and threshold of the shipped ranker were chosen on the dev "
                "set (`eval/dev_*.jsonl`, `eval/tune.py`); the LiveQA-Med test questions are only reported.", ""]
    else:
        out += ["", "The shipped ranker is not the output of `eval/tune.py` "
                f"(provenance: {provenance or 'unknown'}); nothing was tuned on the LiveQA-Med test questions, "
                "which are only reported.", ""]
    line = _target_line(summary)
    if line:
        out += [f"**{line}**", ""]
    for title, rows in _liveqa_sections(summary):
        out += [f"### {title}", "", md_table(rows, LIVEQA_COLUMNS), ""]
    out += ["Rows:", ""]
    out += [f"* **{name}**: {desc}" for name, desc in summary.get("descriptions", {}).items()]
    out.append("")
    if "abstention" in summary:
        out += ["### Abstention (shipped row)", ""]
        out += _abstention_lines(summary["abstention"], "original messages")
        if "abstention_summary" in summary:
            out += [""] + _abstention_lines(summary["abstention_summary"], "NLM summaries")
        out += ["", md_table(_curve_rows(summary["abstention"]["curve"]),
                             ["threshold", "coverage", "avgScore", "prec@2+", "prec@3+"], "operating point"), "",
                "![coverage vs precision](coverage_precision.png)", ""]
    if "dev" in summary:
        out += _section("Dev set (tuned on: optimistic for the shipped row)",
                        "Answer rate and out-of-corpus false answers use each row's own threshold and confidence "
                        "calibration (the ablation rows keep the shipped calibration and threshold, which were "
                        "fitted for the shipped weights).",
                        md_table(summary["dev"], DEV_COLUMNS))
    if "dev_styles" in summary:
        out += ["Shipped row by message style:", "",
                md_table(list(summary["dev_styles"].items()), ["n", "top1", "MRR@10", "top1 lenient", "answer rate"],
                         "style"), ""]
    if "graded" in summary:
        out += _section(_graded_title(summary), GRADED_NOTE, md_table(summary["graded"], GRADED_COLUMNS))
        if "graded_areas" in summary:
            out += ["Shipped row by topic area:", "",
                    md_table(list(summary["graded_areas"].items()), ["n", *GRADED_COLUMNS], "area"), ""]
    if "clinic" in summary:
        out += _section(CLINIC_TITLE, CLINIC_NOTE, md_table(summary["clinic"], CLINIC_COLUMNS, "split"))
    if "animals" in summary:
        out += _section(ANIMALS_TITLE, ANIMALS_NOTE, md_table(summary["animals"], ANIMAL_COLUMNS, "set"))
    if "calibration" in summary:
        out += [f"Calibration of the shipped confidence (dev, strict top-1); ECE "
                f"{summary['calibration']['ece']:.3f}:", "",
                md_table(_calibration_rows(summary["calibration"]), ["count", "mean confidence", "accuracy"],
                         "bin"), ""]
    if "emergency" in summary:
        e = summary["emergency"]
        out += ["### Emergency triage", "",
                f"`eval/emergency_dev.jsonl` ({e['cases']} cases, {e['emergencies']} emergencies): recall "
                f"{e['recall']:.3f}, category recall {e['category_recall']:.3f}, false alarms {e['false_alarms']} of "
                f"{e['non_emergencies']} ({e['false_alarm_rate']:.3f})." + _classifier_part(e) + _dev_routed(e), ""]
        for e in summary.get("emergency_long", []):
            out += [_long_line(e), ""]
    if "related" in summary:
        out += ["### Related questions", "",
                md_table(list(summary["related"].items()), RELATED_COLUMNS, "anchors"), ""]
    return "\n".join(out)


CLINIC_TITLE = "Clinic-widget messages by blind writers (eval/dev_clinic_blind.jsonl, shipped row)"
CLINIC_NOTE = ("Through the service's decisions (emergency triage, clinic-request rules, the request classifier "
               "where it is on, then the search and its threshold). The `split` says what each writer's messages "
               "were used for (eval/README.md): the rules were written on `development`; a split named "
               "`held-out-...` was measured once before it was used to change anything, and the latest one "
               "(`held-out-round-2`) never was. Rows marked `request classifier off` show the wording rules alone. "
               "The out-of-corpus dev set above trained that classifier, so its false-answer rate is in-sample; "
               "the held-out splits are the honest figures.")


ANIMALS_TITLE = "Animals, and people with animals in their story (eval/animals_blind*.jsonl, shipped row)"
ANIMALS_NOTE = ("Three blind writers' messages about an animal or about a person with an animal in the story, "
                "through the service's decisions. `person's answer`: an animal message answered with a record "
                "about people (the failure this guards against); `pet record`: answered from a record about pets; "
                "`vet message`: the no_match or emergency message that names a vet. `read as animal` among the "
                "person messages is the costly error. Each set was measured once before patterns were written "
                "against it (docs/evaluation.md), so these rows are no longer blind.")


#: What the graded set's table means (which data chose what is said in docs/evaluation.md).
GRADED_NOTE = ("The pool holds every answer the shipped row returns in its top 10 (when it was judged) and the "
               "first answers of a few other rankers, so `judged@k` below 1 means unjudged answers counted as "
               "Incorrect.")


def _section(title: str, note: str, table: str) -> list[str]:
    """A Markdown section: heading, one explanatory paragraph, a table."""
    return [f"### {title}", "", note, "", table, ""]


def _graded_title(summary: dict[str, Any]) -> str:
    counts = summary.get("graded_counts", {})
    return (f"Graded dev set (eval/dev_graded.jsonl, {counts.get('messages', '?')} blind messages, "
            f"{counts.get('grades', '?')} graded answers)")


def _dev_routed(e: dict[str, Any]) -> str:
    """The dev-set information questions the triage sent to the emergency message (false alarms)."""
    if "dev_routed" not in e:
        return ""
    ids = f": {e['dev_routed_ids']}" if e["dev_routed"] else ""
    return (f" Information questions of the dev set routed to the emergency message: {e['dev_routed']} of "
            f"{e['dev_questions']}{ids}.")


def _long_line(e: dict[str, Any]) -> str:
    """A long-message triage set: one the rules were extended against, or the held-out one."""
    note = ("held out: never used to train the classifier, and measured before any rule was written from it "
            "(docs/evaluation.md names the rules mended after that measurement)" if e["held_out"]
            else "the rules were extended against it; `make train-triage` trains the classifier on it, and the "
                 "shipped one's provenance says whether it has")
    kinds = f"{e['category_recall']:.3f}" if e.get("categorised", 1) else "- (no kinds labelled)"
    # a set of look-alikes only has no recall to report
    recall = (f"recall {e['recall']:.3f}, category recall {kinds}, " if e["emergencies"]
              else "no emergencies (look-alikes only), ")
    return (f"Triage set ({e['path']}, {e['cases']} cases, {e['emergencies']} emergencies; {note}): "
            f"{recall}false alarms {e['false_alarms']} of {e['non_emergencies']} "
            f"({e['false_alarm_rate']:.3f})." + _classifier_part(e))


def _classifier_part(e: dict[str, Any]) -> str:
    """What the classifier added to the rules on one set (absent in older summaries)."""
    rules = e.get("rules_only")
    if not rules:
        return ""
    return (f" Rules alone: {rules['detected']} of {e['emergencies']} caught, {rules['false_alarms']} false alarms; "
            f"the classifier added {e.get('by_classifier', 0)} caught and {e.get('classifier_false_alarms', 0)} "
            "false alarms.")
