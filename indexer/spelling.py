"""Spelling correction of a patient's message against the words of the reviewed corpus.

Patients misspell the very words retrieval needs ("diabetis", "glacoma", "sympotms"): BM25 then
finds nothing, the focus matcher misses the condition and MiniLM's word pieces drift. A word is
corrected only when it is

* at least ``MIN_LENGTH`` letters long, not a stopword, not written as an acronym ("ECGs") nor
  capitalised inside a sentence (a name: "Farxiga", "Lakers"),
* not a word of the corpus, and not a known English word (the English frequency list of the
  ``pyspellchecker`` package, read at build time), so "wife", "stood" or "niece" are never
  "corrected" into "life", "stool" or "piece",
* within ``max_distance`` edits (optimal string alignment: a swap of two letters is one edit) of a
  word that occurs in at least ``MIN_DF`` corpus records, starts with the same letter and is not
  written as an acronym in the corpus; the closest wins, then the most common.
  A word that occurs in only one record is kept unless it is one edit from a common word (a typo
  in the corpus itself, like "sympotms").

Built at index-build time from the records and stored in the artifact (``SPELLING_FILE``: the
correction targets, most common first; ``KNOWN_FILE`` and ``RARE_FILE``: 64-bit hashes of the
words never corrected and of the corpus words seen once, memory-mapped), so a serving worker
holds neither the English list nor its strings.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from corpus import QARecord

from .lexical import STOPWORDS

SPELLING_FILE = "spelling.json"
KNOWN_FILE = "known_words.npy"
RARE_FILE = "rare_words.npy"
#: Shorter words are left alone: one edit away from too many others ("cold"/"gold"/"bold"), and
#: often abbreviations.
MIN_LENGTH = 5
#: Words seen in fewer corpus records are not correction targets (typos inside the corpus).
MIN_DF = 2
#: A corpus word seen in one record only is corrected only to a word seen in this many records
#: (see ``Speller.suggest``).
COMMON_DF = 100
#: How much likelier a word is as the intended one when the typed word only leaves letters out of
#: it than when it needs other edits (see ``Speller.suggest``).
OMISSION_WEIGHT = 10
#: A word typed with more letters left out than the edit limit allows ("hemroids" is "hemorrhoids" less three
#: letters; session 32's blind review) is corrected when nothing is within the limit: it has at least
#: ``OMITTED_MIN_LENGTH`` letters, leaves out at most ``MAX_OMITTED`` letters of the corpus word, not its first
#: nor its last, and that word is seen in at least ``OMITTED_MIN_DF`` records (see ``Speller.suggest``). The last
#: letter kept keeps Spanish words out ("infarto" is not "infarction", "numero" not "numerous").
OMITTED_MIN_LENGTH = 6
MAX_OMITTED = 3
OMITTED_MIN_DF = 10
#: Letters only (any alphabet: "presión" is one word, not "presi" and "n"), with an optional apostrophe part
#: ("wouldn't" is one word, never corrected).
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: Common Spanish words of five letters or more, never "corrected" into English ("tengo" searched as "tango" was
#: shown to a Spanish writer; a re-review of session 19). A short Spanish message is not always recognised as
#: Spanish (indexer/language.py needs a few words), so the speller keeps its hands off these itself.
SPANISH_WORDS = frozenset("""
    tengo tiene tienen tenia tuvo estoy estas esta estan estaba puedo puede pueden quiero quiere necesito
    dolor duele duelen cabeza pecho espalda rodilla rodillas pierna piernas brazo brazos mano manos garganta
    estomago barriga panza sangre fiebre calentura presion azucar vomito vomitos diarrea mareo mareos tos
    mucho mucha muchos muchas desde hasta hace tomar tomo tome tomando pastilla pastillas medicina medicinas
    medico doctora sintomas tratamiento cuales cuando donde porque tambien todavia siempre nunca noche noches
    manana semana semanas meses dias ayuda favor gracias hijo hija hijos hijas bebe esposo esposa marido abuela
    abuelo mama papa embarazada embarazo alergia picazon hinchado hinchada hinchazon frasco frascos
""".split())
#: Everyday words the English list lacks, which the speller had turned into other words ("googling" shown as
#: "gargling" to session 25's blind reviewer, "barky cough" searched as "barry cough" by session 26's; "texted" as
#: "tested", "preggers" as "prefers", "fiance" as "france", "snotting" as "spotting", "drooly" as "droopy"): found
#: by running lists of informal, internet and lay symptom words through the speller (session 26). Lay words it
#: turns into their own root ("coughy" -> "cough", "rashy" -> "rash") are left to it. "gramma" (grandma) was
#: searched as "gamma" (session 32).
EVERYDAY_WORDS = frozenset("""
    google googled googling googles texted texter paleo preggers preggo fiance fiancee thanx
    barky snotting sicky drooly spitty gramma grammy
""".split())
#: Contractions typed without the apostrophe, which were shown as corrected ("didnt" -> "didn", "theres" -> "there":
#: session 33's blind review Y). They are still read as the corpus word (the message vectors the classifiers were
#: trained on are made so: leaving "didnt" as written cost the emergency classifier a held-out head injury, "she
#: didnt black out ... doesnt remember getting hit"), but the correction is not shown.
UNSHOWN_CONTRACTIONS = frozenset("""
    didnt doesnt dont isnt wasnt werent arent cant couldnt wouldnt shouldnt wont hasnt havent hadnt mustnt neednt
    theres thats whats wheres whos hows shes hes ive youre theyre youve weve theyve itll youll theyll aint
""".split())
#: British spellings and the American ones a US corpus writes (session 37's blind review KK: "neighbours" was shown
#: corrected to "neighbors", as if misspelled). The American word is still what is searched; the correction is not
#: shown. Each pair: a British letter group and the American one (colour/color, anaemia/anemia, oesophagus/esophagus,
#: centre/center, paediatric/pediatric, organise/organize, analyse/analyze, travelled/traveled, catalogue/catalog).
_BRITISH_TO_AMERICAN = ((re.compile(r"our"), "or"), (re.compile(r"ae"), "e"), (re.compile(r"oe"), "e"),
                        (re.compile(r"tre\b"), "ter"), (re.compile(r"tres\b"), "ters"), (re.compile(r"is(e|ed|es|ing"
                        r"|ation)\b"), r"iz\1"), (re.compile(r"ys(e|ed|es|ing)\b"), r"yz\1"),
                        (re.compile(r"ll(ed|ing|er)\b"), r"l\1"), (re.compile(r"ogue\b"), "og"),
                        (re.compile(r"ence\b"), "ense"))
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")
#: What ends a sentence: a capital after it says nothing about the word being a name.
_SENTENCE_ENDS = frozenset(".!?:;\n")
_LETTERS = re.compile(r"[a-z]+")


def max_distance(word: str) -> int:
    """Edits allowed for a word of this length: 1 up to 7 letters, else 2 (two edits on a short
    word reach too many other words: "crestor" -> "chester", "farxiga" -> "farina")."""
    return 1 if len(word) <= 7 else 2


def word_hash(word: str) -> int:
    """A stable 64-bit hash of a lowercase word (two zlib checksums: fast, and a collision only
    ever makes an unknown word look known, i.e. left uncorrected)."""
    data = word.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


@cache
def english_word_counts() -> Mapping[str, int]:
    """The English words of the ``pyspellchecker`` package with how often each occurs in English text (read
    once: a build needs them for the speller and for the drug dictionary's medicine words)."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en").word_frequency.dictionary


def english_words() -> list[str]:
    """The English word list of the ``pyspellchecker`` package (lowercase letters only)."""
    return [w for w in english_word_counts() if _LETTERS.fullmatch(w)]


@dataclass(frozen=True, slots=True)
class Correction:
    original: str  # as the patient wrote it
    corrected: str  # the corpus word used instead

    def to_json(self) -> dict[str, str]:
        return {"from": self.original, "to": self.corrected}


@dataclass(frozen=True, slots=True)
class Spelled:
    text: str  # the message with corrected words
    corrections: tuple[Correction, ...]


class Speller:
    """Corrects misspelled words of a message to words of the corpus (see the module text)."""

    def __init__(self, targets: Sequence[str], counts: Sequence[int], known: np.ndarray, rare: np.ndarray) -> None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        self._extract, self._distance = process.extract, OSA.distance
        self.targets = list(targets)  # correction targets, most common first
        self._counts = np.asarray(counts, dtype=np.int64)  # records each target occurs in
        self._known = known  # sorted uint64 hashes of the words never corrected
        self._rare = rare  # sorted hashes of corpus words seen once (neither known nor targets)
        self._by_length: dict[int, tuple[list[str], list[int]]] = {}
        for rank, word in enumerate(self.targets):
            words, ranks = self._by_length.setdefault(len(word), ([], []))
            words.append(word)
            ranks.append(rank)

    # ------------------------------------------------------------------ build / store
    @classmethod
    def from_records(cls, records: Sequence[QARecord], english: Iterable[str] | None = None) -> Speller:
        counts: Counter[str] = Counter()
        capitals: Counter[str] = Counter()  # records where the word is written in capitals ("CVID")
        for record in records:
            text = " ".join((record.question, *record.alt_questions, record.focus, record.answer))
            counts.update(set(_LETTERS.findall(text.lower())))
            capitals.update({w.lower() for w in _ACRONYM.findall(text)})
        known = set(english_words() if english is None else english)
        known.update(w for w, n in counts.items() if n >= MIN_DF)
        rare = [w for w, n in counts.items() if n < MIN_DF and w not in known]
        # Acronyms are not what a patient misspelled: "covid" is not "CVID" with an extra letter.
        targets = sorted((w for w, n in counts.items()
                          if n >= MIN_DF and len(w) >= MIN_LENGTH - 2 and 2 * capitals[w] < n),
                         key=lambda w: (-counts[w], w))
        return cls(targets, [counts[w] for w in targets], _hashes(known), _hashes(rare))

    def save(self, folder: Path) -> None:
        data = {"targets": self.targets, "counts": self._counts.tolist()}
        (folder / SPELLING_FILE).write_text(json.dumps(data, ensure_ascii=False))
        np.save(folder / KNOWN_FILE, self._known)
        np.save(folder / RARE_FILE, self._rare)

    @classmethod
    def load(cls, folder: Path) -> Speller | None:
        """The artifact's speller, or None for an index built before spelling correction."""
        if not all((folder / name).is_file() for name in (SPELLING_FILE, KNOWN_FILE, RARE_FILE)):
            return None
        data = json.loads((folder / SPELLING_FILE).read_text(encoding="utf-8"))
        return cls(data["targets"], data["counts"], np.load(folder / KNOWN_FILE, mmap_mode="r"),
                   np.load(folder / RARE_FILE, mmap_mode="r"))

    # ------------------------------------------------------------------ query
    def suggest(self, word: str, rare: bool = False) -> str | None:
        """The corpus word that ``word`` (lowercase, unknown) most likely misspells, or None:
        the fewest edits; among those the most common, where a word that ``word`` merely
        shortens counts ``OMISSION_WEIGHT`` times (left-out letters are the commonest typo:
        "folow" is "follow" although "flow" is a little more common here, "orderd" is "ordered";
        "diabetis" stays "diabetes", 500 times more common than "diabetics"). A ``rare`` word
        (seen once in the corpus) is corrected only one edit away from a common word: it is a
        typo in the corpus ("sympotms") or a term to keep as written ("dercum")."""
        limit = 1 if rare else max_distance(word)
        best: tuple[int, int, int] | None = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            words, ranks = self._by_length.get(length, ((), ()))
            for target, dist, at in self._extract(word, words, scorer=self._distance, score_cutoff=limit, limit=None):
                # Typos rarely touch the first letter; a different first letter is more often a
                # different word ("eliquis" is not "liquid", "crestor" not "restore").
                if target[0] != word[0] or (rare and self._counts[ranks[at]] < COMMON_DF):
                    continue
                weight = int(self._counts[ranks[at]]) * (OMISSION_WEIGHT if _omits_letters(word, target) else 1)
                key = (int(dist), -weight, ranks[at])
                if best is None or key < best:
                    best = key
        if best is None and not rare and len(word) >= OMITTED_MIN_LENGTH:
            return self._with_letters_back(word)
        return None if best is None else self.targets[best[2]]

    def _with_letters_back(self, word: str) -> str | None:
        """The most common corpus word (seen in ``OMITTED_MIN_DF`` records or more, same first and last letter) that
        ``word`` is with up to ``MAX_OMITTED`` letters left out, or None."""
        best = None
        for length in range(len(word) + 1, len(word) + MAX_OMITTED + 1):
            words, ranks = self._by_length.get(length, ((), ()))
            for target, rank in zip(words, ranks, strict=True):
                if (target[0] == word[0] and target[-1] == word[-1] and self._counts[rank] >= OMITTED_MIN_DF
                        and _omits_letters(word, target)
                        and (best is None or rank < best)):
                    best = rank
        return None if best is None else self.targets[best]

    def correct(self, text: str, keep: Container[str] = frozenset(), names: Mapping[str, str] | None = None) -> Spelled:
        """``text`` with its misspelled words corrected; words in ``keep`` (lower case) are left as written.
        ``names``: words that name a thing (a medicine's names -> the medicine); such a word is corrected only
        into another name of the same thing ("amlodipino" -> "amlodipine", but "abilify" is not "ability")."""
        shouting = text.isupper()
        # "ECGs", "TVUS": acronyms are left alone, and so are capitalised words inside a sentence:
        # names of drugs, places and teams ("Farxiga", "Lakers") the corpus lacks.
        tokens = [
            m for m in _TOKEN.finditer(text)
            if shouting or m.group(0)[0].islower()
            or (sum(c.isupper() for c in m.group(0)) == 1 and _starts_sentence(text, m.start()))
        ]
        words = {m.group(0).lower() for m in tokens}
        unknown = [w for w in words if len(w) >= MIN_LENGTH and "'" not in w and w not in STOPWORDS
                   and w.isascii() and w not in SPANISH_WORDS and w not in EVERYDAY_WORDS
                   and w not in keep]
        if not unknown:
            return Spelled(text, ())
        unknown = [w for w, known in zip(unknown, _contains(self._known, unknown), strict=True) if not known]
        fixes = {}
        for word, rare in zip(unknown, _contains(self._rare, unknown), strict=True):
            better = self.suggest(word, rare=bool(rare))
            if better is not None and (names is None or word not in names or names.get(better) == names[word]):
                fixes[word] = better
        if not fixes:
            return Spelled(text, ())
        parts: list[str] = []
        corrections: list[Correction] = []
        at = 0
        for m in tokens:
            better = fixes.get(m.group(0).lower())
            if better is not None:
                parts += [text[at : m.start()], better]
                typed = m.group(0).lower()
                if typed not in UNSHOWN_CONTRACTIONS and not american_spelling_of(typed, better):
                    corrections.append(Correction(m.group(0), better))
                at = m.end()
        parts.append(text[at:])
        return Spelled("".join(parts), tuple(corrections))


def american_spelling_of(typed: str, better: str) -> bool:
    """Whether ``better`` is the American spelling of the British ``typed`` ("neighbours" -> "neighbors",
    "haemoglobin" -> "hemoglobin", "anaesthetise" -> "anesthetize"): one or more of the usual letter groups
    rewritten, nothing else."""
    if typed == better:
        return False
    american = typed
    for pattern, replacement in _BRITISH_TO_AMERICAN:
        american = pattern.sub(replacement, american)
        if american == better:
            return True
    return False


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins the text or a sentence (only spaces, quotes and the
    like since a full stop, colon, question mark... or a line break)."""
    at = start - 1
    while at >= 0 and not (text[at].isalnum() or text[at] == "_"):
        if text[at] in _SENTENCE_ENDS:
            return True
        at -= 1
    return at < 0


def _omits_letters(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with letters left out (a subsequence of it)."""
    letters = iter(word)
    return len(typed) < len(word) and all(c in letters for c in typed)


def _hashes(words: Iterable[str]) -> np.ndarray:
    return np.unique(np.fromiter((word_hash(w) for w in words), dtype=np.uint64))


def _contains(hashes: np.ndarray, words: Sequence[str]) -> np.ndarray:
    """For each word, whether its hash is in the sorted array ``hashes``."""
    if not len(hashes) or not words:
        return np.zeros(len(words), dtype=bool)
    wanted = np.fromiter((word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    at = np.minimum(np.searchsorted(hashes, wanted), len(hashes) - 1)
    return np.asarray(hashes[at]) == wanted
