"""Streaming loaders: JSONL (native), CSV with a header, MedQuAD XML folders, LiveQA judged CSV.

Each loader is a generator of :class:`QARecord`. A row that cannot become a record is skipped
and written to the :class:`LoadReport` with its file and line/row; an input that cannot be read
at all raises :class:`CorpusError`.

Text inputs are UTF-8, with or without a byte-order mark. A line holding bytes that are not UTF-8
(a latin-1 export, say) is a row error on that exact line, so the rest of the file still loads.
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import CorpusError, LoadReport
from .records import FIELDS, MEDICINE_TAG, RARE_TAG, QARecord, record_from_dict, unknown_field_error
from .templates import parse_template

#: How many focus synonyms become alternative phrasings of each MedQuAD question.
MAX_SYNONYM_PHRASINGS = 3
_CSV_FIELD_LIMIT = 10 * 1024 * 1024

csv.field_size_limit(min(sys.maxsize, _CSV_FIELD_LIMIT))


#: Undecodable bytes read with ``surrogateescape`` become these lone surrogates (0x80..0xff).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _open_text(path: Path):  # type: ignore[no-untyped-def]
    # utf-8-sig drops Excel's leading BOM. surrogateescape keeps a bad byte in its line, where
    # _utf8_problem finds it; a strict decoder fails somewhere in an 8 KB chunk instead.
    try:
        with path.open("rb") as raw:
            if raw.read(2) in _UTF16_BOMS:
                raise CorpusError(str(path), "not valid UTF-8 (it is UTF-16); save the file as UTF-8", "line 1")
        return path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except FileNotFoundError:
        raise CorpusError(str(path), "no such file") from None
    except IsADirectoryError:
        raise CorpusError(str(path), "is a directory, expected a file") from None
    except OSError as exc:
        raise CorpusError(str(path), f"cannot read: {exc.strerror or exc}") from None


def _utf8_problem(line: str) -> str | None:
    """Describe the first byte of ``line`` (read by :func:`_open_text`) that is not UTF-8, if any."""
    bad = _ESCAPED_BYTE.search(line)
    if bad is None:
        return None
    reason = "invalid byte"
    try:
        line.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = str(exc.reason)
    byte = ord(bad.group()) - 0xDC00
    return f"not valid UTF-8 at column {bad.start() + 1}: byte 0x{byte:02x} ({reason}); save the file as UTF-8"


def _delimiting_quotes(line: str) -> int:
    """Quote characters that can open or close a CSV cell: at a cell's start or end, or doubled inside one. A quote
    inside unquoted text (5'10" tall) is text, and does not count (a re-review found it refused a valid row)."""
    text = line.rstrip("\r\n")
    count = 0
    for i, char in enumerate(text):
        if char != '"':
            continue
        before = text[i - 1] if i else ","
        after = text[i + 1] if i + 1 < len(text) else ","
        if before in ',"' or after in ',"':
            count += 1
    return count


class _CheckedLines:
    """Feed a text file to :mod:`csv` line by line, noting each line that is not UTF-8.

    ``csv`` counts the lines it takes in ``reader.line_num``, so a row spans the lines after the
    previous row's ``line_num`` up to its own.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = lines
        self._bad: dict[int, str] = {}
        self._quotes: dict[int, int] = {}

    def __iter__(self) -> Iterator[str]:
        for lineno, line in enumerate(self._lines, start=1):
            problem = _utf8_problem(line)
            if problem:
                self._bad[lineno] = problem
            if '"' in line:
                self._quotes[lineno] = _delimiting_quotes(line)
            yield line

    def quotes(self, first: int, last: int) -> int:
        """How many quote characters lines ``first..last`` hold (odd: a quote never closed)."""
        return sum(self._quotes.get(lineno, 0) for lineno in range(first, last + 1))

    def first_problem(self, first: int, last: int) -> tuple[int, str] | None:
        """The first line in ``first..last`` that is not UTF-8, and what is wrong with it."""
        for lineno in range(first, last + 1):
            if lineno in self._bad:
                return lineno, self._bad[lineno]
        return None


def _json_problem(exc: json.JSONDecodeError) -> str:
    # Some decoder messages end in "at" ("Invalid control character at"), expecting a position.
    return f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"


def load_jsonl(path: str | Path, report: LoadReport | None = None) -> Iterator[QARecord]:
    """Yield records from a JSON Lines file (one record object per line; blank lines ignored)."""
    path = Path(path)
    report = report if report is not None else LoadReport()
    ignored: set[str] = set()
    with _open_text(path) as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            problem = _utf8_problem(line)
            if problem:
                report.add(str(path), f"line {lineno}", problem)
                continue
            try:
                data = json.loads(line)
                if isinstance(data, dict):
                    data = _known_fields(data, path, f"line {lineno}", report, ignored)
                record = record_from_dict(data)
            except json.JSONDecodeError as exc:
                report.add(str(path), f"line {lineno}", _json_problem(exc))
                continue
            except ValueError as exc:
                rid = data.get("id") if isinstance(data, dict) else None
                report.add(str(path), f"line {lineno}", str(exc), record_id=rid if isinstance(rid, str) else "")
                continue
            report.counts["loaded"] += 1
            yield record


def _known_fields(data: dict, path: Path, where: str, report: LoadReport, ignored: set[str]) -> dict:
    """``data`` without fields of the maintainer's own, which are ignored with one warning per name and
    file, as CSV columns are; a name that is a slip for a record field raises ValueError."""
    unknown = set(data) - set(FIELDS) - {"extra"}
    if not unknown:
        return data
    slip = unknown_field_error(unknown, present=data)
    if slip:
        raise ValueError(slip)
    new = sorted(unknown - ignored)
    if new:
        ignored.update(new)
        report.add(str(path), where, f"ignoring unknown field(s) {', '.join(new)} (keep your own data under "
                   f"\"extra\")", "warning")
    return {k: v for k, v in data.items() if k not in unknown}


def _swallowed_row(row: dict[str | None, Any], header: list[str]) -> str | None:
    """A line inside a multi-line cell that reads as a whole row of this file (as many cells as the header, an id
    without spaces, a question ending in "?", an answer): the sign of a quote that joined the next rows into this
    cell and was closed again further down. An answer's own lines ("10,000 to 50,000 people die...") are not."""
    at = {name: i for i, name in enumerate(header)}
    for name, value in row.items():
        if name == "id" or not isinstance(value, str) or "\n" not in value:
            continue
        for line in value.splitlines()[1:]:
            try:
                cells = next(csv.reader([line]))
            except (csv.Error, StopIteration):
                continue
            # a row may have fewer cells than the header (the loader takes short rows), but not more
            if len(cells) > len(header) or len(cells) <= max(at["id"], at["question"], at["answer"]):
                continue
            rid, question, answer = (cells[at[k]].strip() for k in ("id", "question", "answer"))
            if rid and not re.search(r"\s", rid) and question.endswith("?") and answer:
                return line.strip()
    return None


def _header_hint(header: list[str], missing: list[str]) -> str:
    """Why a CSV header lacks a column it seems to have: names written in another case or with spaces, or
    another separator than the comma."""
    sep = next((sep for sep in (";", "\t", "|") if sep in header[0]), None) if len(header) == 1 else None
    if sep is not None:
        return f" (the header is one column {header[0][:60]!r}: the file seems to separate columns with {sep!r}; " \
               "export it with commas)"
    slips = [f"{name!r} (write it {name.strip().lower()!r})" for name in header
             if name.strip().lower() in missing and name != name.strip().lower()]
    return f" (found {', '.join(slips)}: column names are lower case, without spaces)" if slips else ""


def load_csv(path: str | Path, report: LoadReport | None = None) -> Iterator[QARecord]:
    """Yield records from a CSV file whose header names record fields (id, question, answer...).

    List fields (``alt_questions``, ``tags``) hold values separated by ``|``.
    """
    path = Path(path)
    report = report if report is not None else LoadReport()
    with _open_text(path) as handle:
        lines = _CheckedLines(handle)
        reader = csv.DictReader(lines)
        try:
            header = reader.fieldnames or []
            bad_header = lines.first_problem(1, reader.line_num)
            if bad_header:
                raise CorpusError(str(path), bad_header[1], f"line {bad_header[0]}")
            missing = [name for name in ("id", "question", "answer") if name not in header]
            if missing:
                raise CorpusError(str(path), f"CSV header lacks column(s) {', '.join(missing)}"
                                  + _header_hint(header, missing), "line 1")
            unknown = [name for name in header if name not in FIELDS]
            slip = unknown_field_error(unknown, present=header)
            if slip:
                raise CorpusError(str(path), f"CSV header: {slip}", "line 1")
            if unknown:
                report.add(str(path), "line 1", f"ignoring unknown column(s) {', '.join(unknown)}", "warning")
            row_no, last_line = 0, reader.line_num
            for row in reader:
                row_no += 1
                first_line, last_line = last_line + 1, reader.line_num
                spans = last_line > first_line
                lines_of = f"lines {first_line}-{last_line}" if spans else f"line {first_line}"
                where = f"{lines_of} (row {row_no})"
                # the id the row names, when it names one: a row that did not load is not "removed" (diff)
                rid = row.get("id") if isinstance(row.get("id"), str) else ""
                rid = rid.strip() if rid and len(rid) <= 200 and "\n" not in rid else ""
                bad = lines.first_problem(first_line, last_line)
                if bad:
                    report.add(str(path), f"line {bad[0]} (row {row_no})", bad[1], record_id=rid)
                    continue
                if spans and lines.quotes(first_line, last_line) % 2:
                    report.add(str(path), where, "a quote (\") that opens a cell here is not closed where the cell "
                               "ends, so the lines after it became part of this row (none of them was loaded); close "
                               "the quote", record_id=rid)
                    continue
                if None in row:
                    report.add(str(path), where, "more cells than header columns" + (
                        "; the row runs over several lines, so a quote (\") that opens a cell and is never closed "
                        "may have joined the rows after it to this one (they were not loaded either)" if spans else ""),
                        record_id=rid)
                    continue
                swallowed = _swallowed_row(row, header) if spans else None
                if swallowed:
                    report.add(str(path), where, f"a cell runs over several lines and holds what looks like another "
                               f"row ({swallowed[:60]!r}): a quote (\") that opens a cell and is never closed "
                               "joins the rows after it to this one; close it (neither was loaded)", record_id=rid)
                    continue
                cells = {k: v for k, v in row.items() if k in FIELDS and v is not None}
                try:
                    record = record_from_dict(cells)
                except ValueError as exc:
                    report.add(str(path), where, str(exc), record_id=rid)
                    continue
                report.counts["loaded"] += 1
                yield record
        except csv.Error as exc:
            raise CorpusError(str(path), f"malformed CSV: {exc}", f"line {reader.line_num}") from None


def _medquad_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise CorpusError(str(path), "no such file or folder")
    # Both: files at the top and the *_QA folders (a leaflet dropped next to the folders hid every folder,
    # review of session 19).
    files = sorted(path.glob("*.xml")) + sorted(path.glob("*_QA*/*.xml"))
    if not files:
        raise CorpusError(str(path), "no MedQuAD XML files found (expected *_QA*/*.xml)")
    return files


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


_SPACES = re.compile(r"[ \t]+")


def _clean_answer(text: str | None) -> str:
    # Keep paragraph and list breaks: they carry meaning in the reviewed text. One substitution
    # over the whole text ([ \t] never spans a line break), not one per line.
    lines = (line.strip() for line in _SPACES.sub(" ", text or "").splitlines())
    return "\n".join(line for line in lines if line).strip()


def _synonym_phrasings(question: str, focus: str, synonyms: list[str]) -> tuple[str, ...]:
    at = question.lower().find(focus.lower()) if focus else -1
    if at < 0:
        return ()
    out: list[str] = []
    for synonym in synonyms:
        if synonym.lower() == focus.lower():
            continue
        phrasing = question[:at] + synonym + question[at + len(focus) :]
        if phrasing not in out:
            out.append(phrasing)
        if len(out) >= MAX_SYNONYM_PHRASINGS:
            break
    return tuple(out)


#: MedQuAD's MedlinePlus leaflets about one drug or one herb or supplement each.
MEDQUAD_MEDICINE_SOURCES = frozenset({"MPlusDrugs", "MPlusHerbsSuppls"})
#: MedQuAD's collections about rare and genetic conditions: the Genetic and Rare Diseases Information Center and
#: Genetics Home Reference.
MEDQUAD_RARE_SOURCES = frozenset({"GARD", "GHR"})


#: The collections MedQuAD was built from, by MedQuAD's source name, and who published and reviewed each: the
#: agency or publisher a patient can recognise (session 41's blind review ZZ: "reviewed_by is a source code, e.g.
#: 'MPlusHealthTopics', not a clinician"). Not all are NIH's: the CDC is its own agency, A.D.A.M.'s encyclopedia and
#: the drug and herb leaflets are licensed publishers' texts that MedlinePlus carries. Other sources in MedQuAD-style
#: XML (a clinic's own) get no reviewer made up for them (review of session 19).
MEDQUAD_PUBLISHERS: dict[str, str] = {
    "CancerGov": "National Cancer Institute (NIH)",
    "GARD": "Genetic and Rare Diseases Information Center (NIH)",
    "GHR": "Genetics Home Reference, U.S. National Library of Medicine (NIH)",
    "MPlusHealthTopics": "MedlinePlus, U.S. National Library of Medicine (NIH)",
    "NIDDK": "National Institute of Diabetes and Digestive and Kidney Diseases (NIH)",
    "NINDS": "National Institute of Neurological Disorders and Stroke (NIH)",
    "NIHSeniorHealth": "NIHSeniorHealth, National Institute on Aging and U.S. National Library of Medicine (NIH)",
    "NHLBI": "National Heart, Lung, and Blood Institute (NIH)",
    "CDC": "U.S. Centers for Disease Control and Prevention",
    "ADAM": "A.D.A.M. Medical Encyclopedia, on MedlinePlus (U.S. National Library of Medicine)",
    "MPlusDrugs": "American Society of Health-System Pharmacists (AHFS), on MedlinePlus (U.S. National Library of "
                  "Medicine)",
    "MPlusHerbsSuppls": "Natural Medicines, on MedlinePlus (U.S. National Library of Medicine)",
    "MPlusHerbsSupplements": "Natural Medicines, on MedlinePlus (U.S. National Library of Medicine)",
}
MEDQUAD_SOURCES = frozenset(MEDQUAD_PUBLISHERS)


def medquad_reviewer(source: str) -> str:
    """Who published and reviewed a MedQuAD answer, by name, with the collection it came to us through; "" for a
    source MedQuAD does not have."""
    publisher = MEDQUAD_PUBLISHERS.get(source)
    return f"{publisher}, via MedQuAD" if publisher else ""


def medquad_tags(source: str) -> tuple[str, ...]:
    """A MedQuAD record's tags: ``medicine`` for a drug or supplement leaflet, ``rare`` for a page about a rare or
    genetic condition, else none."""
    if source in MEDQUAD_MEDICINE_SOURCES:
        return (MEDICINE_TAG,)
    return (RARE_TAG,) if source in MEDQUAD_RARE_SOURCES else ()


def load_medquad(
    path: str | Path, report: LoadReport | None = None, *, include_answerless: bool = False
) -> Iterator[QARecord]:
    """Yield answered QA pairs from MedQuAD XML: the root folder, one ``*_QA`` folder, or one file.

    Ids are ``{source}_{document id}_Sec{pid}``. Pairs without an answer are counted as
    ``skipped_no_answer`` (or, with ``include_answerless``, yielded as question-only records
    marked ``extra["answerless"]``: the evaluation's distractors); focus synonyms become
    alternative phrasings of the question.
    """
    path = Path(path)
    report = report if report is not None else LoadReport()
    for file in _medquad_files(path):
        try:
            root = ET.parse(file).getroot()
        except ET.ParseError as exc:
            report.add(str(file), f"line {exc.position[0]}", f"malformed XML: {exc}")
            continue
        except OSError as exc:
            raise CorpusError(str(file), f"cannot read: {exc.strerror or exc}") from None
        # A few NINDS/CDC files use an older schema: <doc docid corpus> ... <pair><question>.
        legacy = root.tag == "doc"
        doc_id = root.get("docid" if legacy else "id") or root.get("fid")
        source = root.get("corpus" if legacy else "source")
        url = root.get("url", "")
        if not doc_id or not source:
            report.add(str(file), f"<{root.tag}>", "missing document id or source attribute")
            continue
        if legacy:
            focus = _clean(root.findtext("doctitle-focus"))
            synonyms: list[str] = []
            cuis = [c.text.strip() for c in root.findall("./umls/cui") if c.text and c.text.strip()]
            group = _clean(root.findtext("./umls/semanticGroup"))
            pairs = root.findall("./qaPairs/pair")
        else:
            focus = _clean(root.findtext("Focus"))
            synonyms = [_clean(s.text) for s in root.findall("./FocusAnnotations/Synonyms/Synonym") if _clean(s.text)]
            cuis = [
                c.text.strip()
                for c in root.findall("./FocusAnnotations/UMLS/CUIs/CUI") + root.findall("./UMLS/CUI")
                if c.text and c.text.strip()
            ]
            group = _clean(root.findtext("./FocusAnnotations/UMLS/SemanticGroup"))
            pairs = root.findall("./QAPairs/QAPair")
        for pair in pairs:
            pid = pair.get("pid", "")
            where = f"QAPair pid={pid}"
            question_el = pair.find("question" if legacy else "Question")
            question = _clean(question_el.text if question_el is not None else "")
            answer = _clean_answer(pair.findtext("answer" if legacy else "Answer"))
            if not answer and not include_answerless:
                report.counts["skipped_no_answer"] += 1
                continue
            if not question or not pid:
                report.add(str(file), where, "answer without a question or pid")
                continue
            report.counts["loaded" if answer else "answerless"] += 1
            yield QARecord(
                id=f"{source}_{doc_id}_Sec{pid}",
                question=question,
                answer=answer,
                alt_questions=_synonym_phrasings(question, focus, synonyms),
                focus=focus,
                qtype=(question_el.get("qtype", "") if question_el is not None else ""),
                source=source,
                url=url,
                reviewed_by=medquad_reviewer(source),
                reviewed_on="",
                tags=medquad_tags(source),
                extra={"focus_synonyms": synonyms, "cuis": cuis, "semantic_group": group}
                | ({"answerless": True} if not answer else {}),
            )


_LIVEQA_TEXT = re.compile(r"^Question:\s*(?P<q>.*?)\s*\nURL:\s*(?P<url>.*?)\s*\nAnswer:\s*(?P<a>.*)$", re.S)
_ALSO_CALLED = re.compile(r"\s*\(Also called:\s*(?P<names>[^)]*)\)\s*$")


def load_liveqa_csv(path: str | Path, report: LoadReport | None = None) -> Iterator[QARecord]:
    """Yield records from the LiveQA-Med judged answers CSV (``AnswerID,Answer``).

    The id is the AnswerID without ``.txt``; the Answer cell holds ``Question:/URL:/Answer:``.
    """
    path = Path(path)
    report = report if report is not None else LoadReport()
    with _open_text(path) as handle:
        lines = _CheckedLines(handle)
        reader = csv.DictReader(lines)
        try:
            if not {"AnswerID", "Answer"} <= set(reader.fieldnames or []):
                raise CorpusError(str(path), "not a LiveQA judged-answers CSV (needs AnswerID,Answer)", "line 1")
            last_line = reader.line_num
            for row in reader:
                first_line, last_line = last_line + 1, reader.line_num
                where = f"line {first_line}"  # where the row starts; answers span many lines
                bad = lines.first_problem(first_line, last_line)
                if bad:
                    report.add(str(path), f"line {bad[0]}", bad[1])
                    continue
                answer_id = (row.get("AnswerID") or "").strip()
                match = _LIVEQA_TEXT.match((row.get("Answer") or "").strip())
                if not answer_id or not match:
                    report.add(str(path), where, "expected an AnswerID and 'Question:/URL:/Answer:' text")
                    continue
                record_id = answer_id.removesuffix(".txt")
                question, synonyms = match.group("q"), []
                also = _ALSO_CALLED.search(question)
                if also:
                    synonyms = [s.strip() for s in also.group("names").split(";") if s.strip()]
                    question = question[: also.start()]
                question = _clean(question)
                answer = _clean_answer(match.group("a"))
                # The CSV closes every answer with a stray ")" that the XML text lacks.
                if answer.endswith(")") and answer.count(")") > answer.count("("):
                    answer = answer[:-1].rstrip()
                if not answer:
                    report.counts["skipped_no_answer"] += 1
                    continue
                focus, qtype = parse_template(question) or ("", "")
                source = record_id.split("_", 1)[0]
                report.counts["loaded"] += 1
                yield QARecord(
                    id=record_id,
                    question=question,
                    answer=answer,
                    alt_questions=_synonym_phrasings(question, focus, synonyms),
                    focus=focus,
                    qtype=qtype,
                    source=source,
                    url=match.group("url").strip(),
                    reviewed_by=medquad_reviewer(source),
                    tags=medquad_tags(source),
                    extra={"focus_synonyms": synonyms},
                )
        except csv.Error as exc:
            raise CorpusError(str(path), f"malformed CSV: {exc}", f"line {reader.line_num}") from None


def detect_format(path: str | Path) -> str:
    """Name the loader for ``path``: ``medquad``, ``jsonl``, ``liveqa`` or ``csv``."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".xml":
        return "medquad"
    if not path.exists():
        raise CorpusError(str(path), "no such file or folder")
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".csv":
        with _open_text(path) as handle:
            header = handle.readline().strip()
        return "liveqa" if header.replace('"', "") == "AnswerID,Answer" else "csv"
    raise CorpusError(str(path), f"unknown corpus format {suffix!r} (use .jsonl, .csv, or a MedQuAD folder)")


LOADERS = {"jsonl": load_jsonl, "csv": load_csv, "medquad": load_medquad, "liveqa": load_liveqa_csv}


def load_path(path: str | Path, report: LoadReport | None = None) -> Iterator[QARecord]:
    """Load one input with the loader its format calls for."""
    return LOADERS[detect_format(path)](path, report)
