"""Lay words for conditions, read next to their medical names when a question is searched.

Patients write "low thyroid", "pink eye" or "a slipped disc"; reviewed answers are filed under
hypothyroidism, conjunctivitis and herniated disk. The encoder knows some of these pairs and not
others ("symptoms of low thyroid" is nearest to thyroid cancer's symptoms), and BM25 knows none.
``LayTerms.expand`` writes the medical name in brackets after each lay phrase of the searched
text ("symptoms of low thyroid (hypothyroidism)"), so both the dense and the lexical search see
it; the message as the patient wrote it is still what the safety classifiers read.

The list (``lay_terms.tsv``) is written by hand. At load it is restricted to the medical names
that the index has as a focus name or synonym (``restricted_to``): an expansion never points a
small clinic corpus at a condition it has no answer about. Test results written as numbers ("TSH 7.8",
"ferritin 8") are read the same way, as the condition their range points to (indexer/lab_values.py).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .focus import normalize
from .lab_values import LabValues

LAY_TERMS_FILE = Path(__file__).with_name("lay_terms.tsv")


class LayTermsError(ValueError):
    """A line of a lay-terms file that cannot be read (the message names the file and line)."""


@dataclass(frozen=True, slots=True)
class LayTerm:
    lay: str
    medical: str


def _phrase_pattern(lay: str) -> str:
    """Whole words of ``lay``, any spacing or hyphen between them, a final "s" and an apostrophe
    optional ("athlete's foot", "athletes foot"; "slipped disc", "slipped discs")."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", lay.lower())
    parts = []
    for word in words:
        stem = re.escape(word).replace("'", "['’]?")
        parts.append(stem if word.endswith("s") else stem + "s?")
    return r"[\s-]+".join(parts) + r"(?![\w-])"


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")


def _first_key(word: str) -> str:
    """How a phrase is found by its first word: lower case, no apostrophe, no final "s"."""
    key = word.lower().replace("'", "").replace("’", "")
    return key[:-1] if key.endswith("s") else key


class LayTerms:
    """Lay phrases and the medical names they stand for, and the test results read (``values``)."""

    def __init__(self, terms: Iterable[LayTerm], values: LabValues | None = None) -> None:
        self.terms = tuple(terms)
        self.values = values if values is not None else LabValues(())
        by_lay: dict[str, set[str]] = {}
        for term in self.terms:
            by_lay.setdefault(term.lay.lower(), set()).add(term.medical)
        self._medical = {lay: sorted(names) for lay, names in by_lay.items()}
        # Phrases by their first word, longest first, so "blood clot in my leg" is read before "blood
        # clot": a message is scanned once, word by word, and only the phrases that start with a word
        # are tried there (one pattern of every phrase took ~4 ms a message).
        self._by_first: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for lay in sorted(by_lay, key=lambda s: (-len(s), s)):
            first = _WORD.search(lay)
            if first is not None:
                self._by_first.setdefault(_first_key(first.group(0)), []).append(
                    (lay, re.compile(_phrase_pattern(lay), re.IGNORECASE)))

    def __len__(self) -> int:
        return len(self.terms)

    @classmethod
    def read(cls, path: Path, values: LabValues | None = None) -> LayTerms:
        terms = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != 2 or not all(parts):
                raise LayTermsError(f"{path}:{number}: expected 'lay phrase<TAB>medical name', got {line!r}")
            terms.append(LayTerm(parts[0], parts[1]))
        return cls(terms, values)

    @classmethod
    def bundled(cls) -> LayTerms:
        return _bundled()

    def restricted_to(self, focus_keys: Container[str], focus_names: Iterable[str] = ()) -> LayTerms:
        """The terms whose medical name is one of ``focus_keys`` (normalised focus names and synonyms),
        less those whose lay phrase is itself a focus name of ``focus_names`` ("ear infections" is a
        MedlinePlus topic): the index files records under that name, its own words find them, and naming
        the condition twice would only make a condition mentioned in passing weigh more than what is asked.
        A lay phrase that the index knows only as a synonym ("glandular fever") is kept. The test results
        are kept for the conditions the index has (:meth:`LabValues.restricted_to`)."""
        names = {normalize(n) for n in focus_names}
        return LayTerms((t for t in self.terms if normalize(t.medical) in focus_keys and normalize(t.lay) not in names),
                        self.values.restricted_to(focus_keys))

    def _matches(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """Each lay phrase in ``text`` (the match, the phrase as listed), left to right, longest first,
        never overlapping."""
        read_to = 0  # the end of the last phrase read (its words are not read again)
        for word in _WORD.finditer(text):
            start = word.start()
            if start < read_to or (start and (text[start - 1].isalnum() or text[start - 1] in "-_")):
                continue
            for lay, pattern in self._by_first.get(_first_key(word.group(0)), ()):
                match = pattern.match(text, start)
                if match is not None:
                    yield match, lay
                    read_to = match.end()
                    break

    def words_in(self, text: str) -> frozenset[str]:
        """The words (lower case) of the lay phrases in ``text``: the spelling corrector leaves them as
        written, so that "waterworks trouble" is read as a lay phrase, not corrected into corpus words first."""
        return frozenset(w.lower() for match, _ in self._matches(text) for w in _WORD.findall(match.group(0)))

    def expand(self, text: str) -> tuple[str, tuple[LayTerm, ...]]:
        """``text`` with each lay phrase and each out-of-range test result followed by its medical names
        in brackets, and what was read (the words as written, the name added; in order, each name once).
        A name the text already contains is not added again."""
        found = [(m.end(), m.group(0), self._medical[lay], False) for m, lay in self._matches(text)]
        found += [(r.end, r.written, r.names, True) for r in self.values.read(text)]
        present: set[str] | None = None  # the text's words, read when something is found
        added: list[LayTerm] = []
        pieces: list[str] = []
        at = 0  # the end of the text already in ``pieces``
        for end, written, medical, reading in sorted(found, key=lambda f: f[0]):
            if present is None:
                present = set(normalize(text).split())
            names = [m for m in medical
                     if all(m != t.medical for t in added) and not set(normalize(m).split()) <= present
                     and not (reading and _named_elsewhere(m, written, present))]
            if names:
                pieces += [text[at:end], f" ({'; '.join(names)})"]
                added += [LayTerm(written, name) for name in names]
                at = end
        if not added:
            return text, ()
        pieces.append(text[at:])
        return "".join(pieces), tuple(added)


#: Words of a condition's name that do not tell one condition from another.
_GENERIC = frozenset("disease deficiency chronic high low blood level levels syndrome".split())


def _named_elsewhere(name: str, written: str, present: set[str]) -> bool:
    """Whether the text already names the condition a test result points to, outside the result itself: a word of
    its name that is not generic nor the test's own ("iron" or "anemia" of iron deficiency anemia, told with "ferritin
    is 6"; "cholesterol" of high blood cholesterol, told with "LDL 4.9"). The search has the condition in the
    patient's own words; naming it again would make it weigh more than what is asked (graded gr-q-05, a question
    on iron tablets, lost its iron tablets answer to an anemia page)."""
    own = set(normalize(name).split()) - _GENERIC - set(normalize(written).split())
    return bool(own & present)


def load_lay_terms(setting: str = "bundled") -> LayTerms:
    """The service's setting (``MEDMATCH_LAY_TERMS``): ``'bundled'`` (this package's list), ``'off'``
    (none), or the path of a file in the same format that replaces the bundled list (a clinic's own
    lay words: copy ``indexer/lay_terms.tsv`` and edit it).

    Test results written as numbers are read with either list, not with ``'off'``.

    Raises:
        LayTermsError: the file is missing, unreadable or has a malformed line (named with its line).
    """
    setting = (setting or "off").strip()
    if setting.lower() == "off":
        return LayTerms(())
    if setting.lower() == "bundled":
        return LayTerms.bundled()
    try:
        return LayTerms.read(Path(setting), LabValues())
    except OSError as exc:
        raise LayTermsError(f"lay words file {setting}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise LayTermsError(f"lay words file {setting}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


@lru_cache(maxsize=1)
def _bundled() -> LayTerms:
    return LayTerms.read(LAY_TERMS_FILE, LabValues())
