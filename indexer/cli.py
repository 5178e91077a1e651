"""The ``medmatch`` command line: validate, build, publish, info, diff, ask, export-onnx, serve."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from corpus import CorpusError, LoadReport, load_corpus, validate

from .encoder import DEFAULT_QUERY_PRECISION, PRECISIONS
from .errors import IndexerError

DEFAULT_INDEX = "var/index"
DEFAULT_CACHE = "var/cache/embeddings"


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _load(paths: tuple[str, ...], quiet: bool) -> tuple[list, LoadReport]:  # type: ignore[type-arg]
    report = LoadReport()
    try:
        records = load_corpus(paths, report)
    except CorpusError as exc:
        raise _fail(exc) from None
    if not quiet:
        click.echo(f"loaded {len(records)} records from {len(paths)} input(s): {report.summary()}", err=True)
    return records, report


def _print_problems(problems: list, limit: int) -> None:  # type: ignore[type-arg]
    for problem in problems[:limit]:
        click.echo(f"  {problem}", err=True)
    if len(problems) > limit:
        click.echo(f"  ... and {len(problems) - limit} more (use --show N)", err=True)


def _progress_factory(quiet: bool) -> Callable[[str, int], Callable[[int], None]]:
    def make(label: str, total: int) -> Callable[[int], None]:
        if quiet or total == 0:
            return lambda _n: None
        from tqdm import tqdm

        bar = tqdm(total=total, desc=f"embedding {label}", unit="text", file=sys.stderr, dynamic_ncols=True,
                   disable=None, mininterval=0.5)

        def tick(n: int) -> None:
            bar.update(n)
            if bar.n >= total:
                bar.close()

        return tick

    return make


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
@click.version_option(package_name="medmatch")
def cli(verbose: bool) -> None:
    """medmatch: answer patients' questions with clinician-reviewed answers.

    \b
    Typical maintainer workflow:
      medmatch validate corpus/demo/demo.jsonl
      medmatch build corpus/demo/demo.jsonl --out var/index
      medmatch info var/index
      medmatch ask "my back has hurt for weeks, what can I do?"
      medmatch serve
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@cli.command("validate")
@click.argument("paths", nargs=-1, required=True)
@click.option("--max-answer-chars", default=20_000, show_default=True, help="Flag answers longer than this.")
@click.option("--max-review-age-days", type=int, default=None, help="Warn about reviews older than this many days.")
@click.option("--show", default=50, show_default=True, type=click.IntRange(min=0), help="How many problems to print.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
def validate_cmd(paths: tuple[str, ...], max_answer_chars: int, max_review_age_days: int | None, show: int,
                 as_json: bool) -> None:
    """Check corpus inputs: bad rows, empty fields, duplicate ids and questions, markup, long answers.

    Exits 1 when there are errors (warnings alone exit 0). PATHS are .jsonl, .csv, a LiveQA
    judged CSV or a MedQuAD folder; several are combined as `build` would combine them.
    """
    records, load_report = _load(paths, quiet=as_json)
    report = validate(records, max_answer_chars=max_answer_chars, max_review_age_days=max_review_age_days)
    problems = load_report.problems + report.problems
    errors = [p for p in problems if p.severity == "error"]
    if as_json:
        click.echo(json.dumps({
            "records": len(records), "counts": dict(load_report.counts),
            "errors": [str(p) for p in errors], "warnings": [str(p) for p in problems if p.severity == "warning"],
        }, indent=2))
    else:
        warnings = [p for p in problems if p.severity == "warning"]
        click.echo(f"{len(records)} records: {len(errors)} error(s), {len(warnings)} warning(s)")
        _print_problems(errors + warnings, show)
    if errors:
        sys.exit(1)


@cli.command("build")
@click.argument("paths", nargs=-1)
@click.option("--corpus", "corpus_opts", multiple=True, help="Corpus input (repeatable; same as PATHS).")
@click.option("--out", default=DEFAULT_INDEX, show_default=True, envvar="MEDMATCH_INDEX_ROOT",
              help="Index root folder.")
@click.option("--cache", "cache_dir", default=DEFAULT_CACHE, show_default=True,
              help="Embedding cache folder ('' to disable).")
@click.option("--backend", type=click.Choice(["auto", "onnx", "torch"]), default="auto", show_default=True)
@click.option("--device", default=None,
              help="torch device for building, e.g. cuda (default: cuda when one is present).")
@click.option("--precision", "build_precision", type=click.Choice(["auto", "fp32", "bf16"]), default="auto",
              show_default=True, envvar="MEDMATCH_BUILD_PRECISION",
              help="Arithmetic of the corpus embeddings: auto = bf16 on CPUs with AMX (torch), else fp32.")
@click.option("--threads", default=0, help="Encoder threads (0 = all cores).")
@click.option("--model-path", envvar="MEDMATCH_MODEL_PATH", default=None,
              help="Model folder (default: the bundled MiniLM).")
@click.option("--allow-bad-rows", is_flag=True, help="Skip malformed rows instead of failing the build.")
@click.option("--no-publish", is_flag=True, help="Build the version but leave CURRENT as it is.")
@click.option("--if-changed", is_flag=True, help="Skip the build when the live index was built from the same inputs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build_cmd(paths: tuple[str, ...], corpus_opts: tuple[str, ...], out: str, cache_dir: str, backend: str,
              device: str | None, build_precision: str, threads: int, model_path: str | None, allow_bad_rows: bool,
              no_publish: bool, if_changed: bool, quiet: bool) -> None:
    """Build an index from corpus inputs and publish it atomically.

    The new version is written to a temporary folder, reloaded and probed, then CURRENT is
    switched. On any failure the previous index stays live and untouched.
    """

    from .builder import BuildSettings, build, inputs_fingerprint, is_up_to_date
    from .encoder import load_build_encoder

    inputs = tuple(corpus_opts) + tuple(paths)
    if not inputs:
        raise click.UsageError("give at least one corpus input (PATHS or --corpus)")
    try:
        fingerprint = inputs_fingerprint(inputs)
    except CorpusError as exc:
        raise _fail(exc) from None
    if if_changed and is_up_to_date(Path(out), fingerprint):
        click.echo(f"{out}: up to date with {', '.join(inputs)}", err=True)
        return
    records, report = _load(inputs, quiet)
    # The checks of `medmatch validate` too: a record it calls an error (a date that is not ISO, one in
    # the future) is not served as reviewed content, unless bad rows are allowed, and then left out.
    checked = validate(records)
    invalid = checked.errors
    # Warnings do not stop a build, but they are printed (they were only counted): a missing reviewer or
    # a stray quote that merged two CSV rows should not go live unnoticed.
    warned = [p for p in [*report.problems, *checked.problems] if p.severity == "warning"]
    if warned:
        click.echo(f"{len(warned)} warning(s) (`medmatch validate` lists them all):", err=True)
        _print_problems(warned, 5)
    if (report.errors or invalid) and not allow_bad_rows:
        _print_problems(report.errors + invalid, 20)
        raise click.ClickException(f"{len(report.errors) + len(invalid)} malformed row(s) or invalid record(s); fix "
                                   "them (`medmatch validate` lists them all) or pass --allow-bad-rows. "
                                   "Nothing was published.")
    if report.errors:  # --allow-bad-rows: say which rows are left out, not only how many
        click.echo(f"left out {len(report.errors)} malformed row(s) (--allow-bad-rows):", err=True)
        _print_problems(report.errors, 5)
    if invalid:
        bad_ids = {problem.path for problem in invalid}
        records = [record for record in records if record.id not in bad_ids]
        click.echo(f"left out {len(bad_ids)} invalid record(s) (--allow-bad-rows)", err=True)
    try:
        encoder = load_build_encoder(backend, model_path, threads=threads or (os.cpu_count() or 1), device=device,
                                     precision=build_precision)
        try:
            result = build(records, Path(out), encoder, BuildSettings(),
                           cache_dir=Path(cache_dir) if cache_dir else None, publish=not no_publish,
                           progress=_progress_factory(quiet), sources=inputs,
                           inputs_fingerprint=fingerprint)
        finally:
            close = getattr(encoder, "close", None)
            if close is not None:
                close()
    except (IndexerError, OSError) as exc:
        raise click.ClickException(f"build failed, previous index untouched: {exc}") from None
    click.echo(json.dumps({
        "version": result.version, "path": str(result.path), "published": not no_publish,
        "records": result.n_records, "retired": result.n_retired, "question_vectors": result.n_question_vectors,
        "chunk_vectors": result.n_chunk_vectors, "embedded": result.embedded, "reused": result.reused,
        "encoder": f"{encoder.backend} {encoder.precision}",
        "seconds": round(result.seconds, 2),
    }, indent=2))


@cli.command("publish")
@click.argument("version")
@click.option("--index", default=DEFAULT_INDEX, show_default=True, envvar="MEDMATCH_INDEX_ROOT")
@click.option("--model-path", envvar="MEDMATCH_MODEL_PATH", default=None,
              help="The model the service queries with (default: the bundled MiniLM).")
def publish_cmd(version: str, index: str, model_path: str | None) -> None:
    """Point the live index (CURRENT) at an already built VERSION (also used to roll back).

    VERSION is verified first (manifest, size and sha256 of every file, as `info --verify` and the
    service check them); a missing, incomplete or altered version is refused and CURRENT is left
    as it is.
    """
    from .artifacts import CURRENT, VERSIONS, publish, valid_version_name
    from .search import Searcher

    root = Path(index)
    try:
        verified = valid_version_name(version) and (root / VERSIONS / version).is_dir()
        if verified:
            # every file's checksum, every part reads and the counts agree, as the service checks before serving
            manifest = Searcher.verify(root / VERSIONS / version)
            _check_model(manifest, model_path)
        publish(root, version, verified=verified)
    except (IndexerError, OSError) as exc:
        try:
            live = (root / CURRENT).read_text().strip() or "an empty pointer"
        except OSError:
            live = "nothing (no CURRENT pointer)"
        raise click.ClickException(
            f"cannot publish {version}: {exc}\n"
            f"CURRENT is unchanged (still {live}); rebuild, or publish a version that verifies "
            f"(`medmatch info {index}` lists them)."
        ) from None
    click.echo(f"CURRENT -> {version}")


def _check_model(manifest: Any, model_path: str | None) -> None:
    """The version was built with the model the service will query it with (its weights' fingerprint)."""
    from .encoder import bundled_model_path, model_fingerprint

    path = Path(model_path) if model_path else bundled_model_path()
    expected = model_fingerprint(path)
    if manifest.model_fingerprint != expected:
        raise IndexerError(f"built with another model ({manifest.model_name}, weights {manifest.model_fingerprint}) "
                           f"than the service's ({path}, weights {expected}): the service would refuse it")


@cli.command("info")
@click.argument("index", default=DEFAULT_INDEX, envvar="MEDMATCH_INDEX_ROOT")
@click.option("--verify", is_flag=True, help="Also check every file's checksum.")
def info_cmd(index: str, verify: bool) -> None:
    """Show the manifest of the live version of INDEX (or of one version folder)."""
    from .artifacts import Manifest, list_versions, resolve_current
    from .search import Searcher

    try:
        folder = resolve_current(Path(index))
        manifest = Manifest.read(folder)
        if verify:  # files, checksums, and that every part reads with the counts the manifest gives
            Searcher.verify(folder)
    except IndexerError as exc:
        raise _fail(exc) from None
    data = json.loads(manifest.to_json())
    data["path"] = str(folder)
    data["versions"] = list_versions(Path(index)) if not (Path(index) / "manifest.json").exists() else []
    if verify:
        data["verified"] = True
    click.echo(json.dumps(data, indent=2))


@cli.command("export-onnx")
@click.option("--model-path", envvar="MEDMATCH_MODEL_PATH", default=None)
@click.option("--out", "out_dir", default=None, help="Target folder (default: models/minilm-onnx).")
@click.option("--if-missing", is_flag=True,
              help="Do nothing when both graphs exist and were exported from these weights by the current recipe.")
def export_onnx_cmd(model_path: str | None, out_dir: str | None, if_missing: bool) -> None:
    """Export the bundled MiniLM to ONNX for the torch-free serving backend (offline), with its
    int8 query graph (model.int8.onnx) beside it."""
    from .encoder import ONNX_FILE, default_onnx_dir, export_is_current, export_onnx

    target = Path(out_dir) if out_dir else default_onnx_dir()
    model = Path(model_path) if model_path else None
    if if_missing and export_is_current(target, model):
        click.echo(f"{target / ONNX_FILE} is up to date")
        return
    try:
        path = export_onnx(model, target)
    except ImportError as exc:
        raise click.ClickException(f"export needs the torch extra (pip install -e '.[torch]'): {exc}") from None
    click.echo(str(path))


@cli.command("ask")
@click.argument("question")
@click.option("--index", default=DEFAULT_INDEX, show_default=True, envvar="MEDMATCH_INDEX_ROOT")
@click.option("--top-k", default=5, show_default=True, type=click.IntRange(1, 20))
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead of text.")
@click.option("--precision", type=click.Choice(PRECISIONS), default=DEFAULT_QUERY_PRECISION, show_default=True,
              envvar="MEDMATCH_QUERY_PRECISION", help="Graph that encodes the question (as the service's setting).")
@click.option("--no-emergency-now", is_flag=True,
              help="Set an alarm of the emergency classifier aside, as a patient may (the API's no_emergency_now); "
                   "the rules' alarms stand.")
def ask_cmd(question: str, index: str, top_k: int, as_json: bool, precision: str, no_emergency_now: bool) -> None:
    """Ask the live index a QUESTION from the terminal (the same pipeline as the API)."""
    from .encoder import load_encoder
    from .search import Searcher

    if not question.strip():
        raise click.UsageError("QUESTION is empty; type a question")

    try:
        searcher = Searcher.load(Path(index), load_encoder("auto", threads=1, precision=precision))
    except IndexerError as exc:
        raise _fail(exc) from None
    answer = _answerer().ask(searcher, question, top_k, no_emergency_now=no_emergency_now)
    if as_json:
        from service.schema import answer_to_json

        click.echo(json.dumps(answer_to_json(answer), indent=2, ensure_ascii=False))
        return
    click.echo(f"status: {answer.status}   confidence: {answer.confidence:.2f}   index: {answer.index_version}")
    if answer.emergency is not None:
        click.echo(f"emergency: {answer.emergency.category} (raised by the {answer.emergency_by}: "
                   f"{answer.emergency.rule})")
    if answer.emergency_set_aside:
        click.echo("emergency: the classifier's alarm was set aside (--no-emergency-now)")
    if answer.corrections:
        click.echo("spelling: " + ", ".join(f"{c.original} -> {c.corrected}" for c in answer.corrections))
    if answer.read_as:
        click.echo("read as: " + ", ".join(f"{t.lay} -> {t.medical}" for t in answer.read_as))
    if answer.answer:
        rec = answer.answer.record
        if rec.reviewed_by:
            reviewed = rec.reviewed_by + (f", {rec.reviewed_on}" if rec.reviewed_on else "")
        else:
            reviewed = "no reviewer recorded" + (f" (dated {rec.reviewed_on})" if rec.reviewed_on else "")
        click.echo(f"\n[{rec.id}] {rec.question}\n  source: {rec.source} {rec.url}\n  reviewed by: {reviewed}\n")
        click.echo(click.wrap_text(rec.answer[:1200] + (" ..." if len(rec.answer) > 1200 else ""), 100, "  ", "  "))
    click.echo(f"\n{answer.message}\n\nmatches:")
    for hit in answer.matches:
        click.echo(f"  {hit.score:6.3f}  [{hit.record.id}] {hit.record.question}")
    if answer.related:
        click.echo("related:")
        for rel in answer.related:
            click.echo(f"  ({rel.relation}) [{rel.record.id}] {rel.record.question}")


@cli.command("serve")
@click.option("--index", default=DEFAULT_INDEX, show_default=True, envvar="MEDMATCH_INDEX_ROOT",
              help="Index root to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, envvar="MEDMATCH_HOST")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), envvar="MEDMATCH_PORT")
@click.option("--workers", default=0, help="gunicorn workers (0 = one per core).", envvar="MEDMATCH_WORKERS")
@click.option("--dev", is_flag=True, help="Flask's single-process development server instead of gunicorn.")
def serve_cmd(index: str, host: str, port: int, workers: int, dev: bool) -> None:
    """Serve the HTTP API and patient page (gunicorn). Other settings come from MEDMATCH_* variables;
    see docs/maintainers.md for the list."""

    os.environ["MEDMATCH_INDEX_ROOT"] = index
    if dev:
        from service import create_app

        create_app().run(host=host, port=port, threaded=False)
        return
    os.environ.update({"MEDMATCH_HOST": host, "MEDMATCH_PORT": str(port)})
    if workers:
        os.environ["MEDMATCH_WORKERS"] = str(workers)
    conf = Path(__file__).resolve().parent.parent / "service" / "gunicorn_conf.py"
    os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", "-c", str(conf), "service.app:create_app()"])


@cli.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--limit", default=20, show_default=True, help="How many example ids to list per kind.")
def diff_cmd(old: str, new: str, limit: int) -> None:
    """Compare two corpora or indexes: records added, changed, retired, removed; texts reused.

    OLD and NEW are corpus inputs (.jsonl, .csv, MedQuAD folder) or index roots/versions.
    """
    from .maintain import diff_records, load_records

    reports = {old: LoadReport(), new: LoadReport()}
    try:
        result = diff_records(load_records(old, reports[old]), load_records(new, reports[new]),
                              not_loaded={p.record_id for p in reports[new].errors if p.record_id})
    except (CorpusError, IndexerError) as exc:
        raise _fail(exc) from None
    data = result.to_dict(limit)
    # rows that failed to load are not "removed": say so, with where (a review of session 19 saw them counted so)
    failed = [problem for report in reports.values() for problem in report.errors]
    data["rows_not_loaded"] = len(failed)
    if failed:
        click.echo(f"{len(failed)} row(s) could not be loaded and are left out of the comparison "
                   "(`medmatch validate` lists them all):", err=True)
        _print_problems(failed, 5)
    click.echo(json.dumps(data, indent=2))


@cli.group("feedback")
def feedback_group() -> None:
    """Patient feedback ("was this helpful?") collected by the service."""


@feedback_group.command("export")
@click.option("--db", default="var/feedback.sqlite", show_default=True, envvar="MEDMATCH_FEEDBACK_DB")
@click.option("--all", "include_all", is_flag=True, help="Include answers only rated helpful.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
def feedback_export(db: str, include_all: bool, fmt: str) -> None:
    """List the answers patients found unhelpful, most complained-about first, with comments."""
    from .maintain import feedback_report

    try:
        rows = feedback_report(Path(db), only_unhelpful=not include_all)
    except FileNotFoundError as exc:
        raise _fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    import csv

    writer = csv.writer(sys.stdout)
    writer.writerow(["record_id", "unhelpful", "helpful", "comments"])
    for row in rows:
        writer.writerow([row["record_id"], row["unhelpful"], row["helpful"], " | ".join(row["comments"])])


@cli.group("unanswered")
def unanswered_group() -> None:
    """Questions the service answered with no_match."""


@unanswered_group.command("export")
@click.option("--db", default="var/feedback.sqlite", show_default=True, envvar="MEDMATCH_FEEDBACK_DB")
@click.option("--threshold", default=0.65, show_default=True, help="Cosine similarity that joins a cluster.")
def unanswered_export(db: str, threshold: float) -> None:
    """Group similar unanswered questions so maintainers see which topics are missing.

    Question text is only there when the service ran with MEDMATCH_STORE_QUESTION_TEXT=1
    (redacted); otherwise questions are grouped by the closest record found.
    """
    from .encoder import load_encoder
    from .maintain import unanswered_report

    try:
        report = unanswered_report(Path(db), load_encoder("auto", threads=2), threshold=threshold)
    except FileNotFoundError as exc:
        raise _fail(exc) from None
    click.echo(json.dumps(report, indent=2, ensure_ascii=False))


def _answerer():  # type: ignore[no-untyped-def]
    """The service's decision chain, configured as the service is (service.settings: its variables
    MEDMATCH_EMERGENCY_COUNTRY, MEDMATCH_EMERGENCY_CLASSIFIER, MEDMATCH_REQUEST_CLASSIFIER and their
    defaults), so `ask` decides as the API does."""
    from safety import ClassifierError
    from service.settings import load_settings

    from .answer import build_answerer
    from .request_classifier import RequestClassifierError

    try:
        settings = load_settings()
    except ValueError as exc:
        raise click.ClickException(f"service settings: {exc}") from None
    try:
        return build_answerer(settings.emergency_country, settings.emergency_classifier, settings.request_classifier)
    except ClassifierError as exc:
        raise click.ClickException(f"emergency classifier: {exc}") from None
    except RequestClassifierError as exc:
        raise click.ClickException(f"request classifier: {exc}") from None
    except ValueError as exc:
        raise click.ClickException(f"MEDMATCH_EMERGENCY_COUNTRY: {exc}") from None


def main() -> None:
    cli(prog_name="medmatch")


if __name__ == "__main__":
    main()
