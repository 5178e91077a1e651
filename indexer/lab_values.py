"""Test results written as numbers, read as the condition their range points to.

Patients paste what their results letter says: "TSH 7.8, T4 normal, what does it mean?", "ferritin
came back 8", "A1c 6.9". Nothing in such a message names hypothyroidism, iron deficiency or diabetes,
and the encoder reads "TSH" as thyroid in general (review JJ's "TSH 7.8" got hyperthyroidism pages).
``LabValues.read`` finds a test's name followed by a number (or by "high"/"low", or after them:
"high TSH", "my ferritin is low") and, when the value is outside a conservative adult range in every
unit the number could be in, gives the conditions that range names. ``LayTerms.expand`` writes them
in brackets after the result, as it does for lay words, so the search sees "TSH 7.8 (hypothyroidism)"
and ``read_as`` tells the reader what was also searched for.

This reads no result as a diagnosis: the ranges only choose which reviewed pages are searched, the
answer is still a reviewed page shown with its source. The ranges are deliberately wide (a value near
a limit reads as nothing) and written by hand from common adult reference intervals (they differ a
little between laboratories); a number whose unit is another thing's ("vitamin D 50000 units",
"calcium 600 mg") or that fits two units with different readings (vitamin D 30: normal in ng/mL, low
in nmol/L) reads as nothing.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, replace

from .focus import normalize


@dataclass(frozen=True, slots=True)
class Scale:
    """One unit a test is reported in: its spellings, the values plausible in it, and its limits."""

    units: frozenset[str]  # normalised spellings ("mg/dl", "mmol/l"); a number with no unit tries every scale
    plausible: tuple[float, float]  # a number outside is not a result in this unit
    low: float | None = None  # below: the test's low reading
    high: tuple[tuple[float, tuple[str, ...]], ...] = ()  # (above, conditions), highest limit first

    def reading(self, value: float, test: LabTest) -> tuple[str, ...] | None:
        """The conditions ``value`` points to in this unit: () when in range, None when implausible."""
        lo, hi = self.plausible
        if not lo <= value <= hi:
            return None
        for limit, names in self.high:
            if value > limit:
                return names
        if self.low is not None and value < self.low:
            return test.low_names
        return ()


@dataclass(frozen=True, slots=True)
class LabTest:
    """A test, how patients name it, and what its high and low readings point to."""

    name: str
    pattern: str  # how it is written (a regular expression, matched case-insensitively on whole words)
    scales: tuple[Scale, ...]
    high_names: tuple[str, ...] = ()  # what "high <test>" points to
    low_names: tuple[str, ...] = ()  # what a value below a scale's ``low`` (or "low <test>") points to
    signed: bool = False  # the value is negative when out of range (a T-score): it is read negated
    pair: bool = False  # the value is a pair "145/92" (a blood pressure), read by ``_pair_reading``
    #: "high <test>" and "<test> is low" are read too. Not for a test whose high or low reading is itself a
    #: condition's everyday name ("high cholesterol", "low blood sugar", "high blood pressure": the lay words
    #: and the index's own names read those) or that is as often a food's ("a low sodium diet").
    words: bool = True


def unit_key(unit: str) -> str:
    """A unit as the scales list it: lower case, no spaces or "^" or "x", "u" for "µ", "ug" for "mcg"
    ("x 10^9/L" -> "109/l", "µg/L" -> "ug/l", "percent" -> "%")."""
    unit = re.sub(r"[\s^]", "", unit.lower()).replace("µ", "u").replace("mcg", "ug").replace("mcl", "ul")
    unit = unit.removeprefix("x") if unit.startswith("x10") else unit
    return {"percent": "%", "mmol": "mmol/l"}.get(unit, unit)


def _s(units: str, plausible: tuple[float, float], low: float | None = None,
       *high: tuple[float, tuple[str, ...]]) -> Scale:
    return Scale(frozenset(unit_key(u) for u in units.split()), plausible, low, tuple(high))


_HYPO = ("hypothyroidism",)
_HYPER = ("hyperthyroidism",)
_DIABETES = ("diabetes",)
_PREDIABETES = ("prediabetes",)
_CHOLESTEROL = ("high blood cholesterol",)
_KIDNEY = ("chronic kidney disease",)

#: The tests read, each with the units it is reported in. A scale's unit list may be empty: then only
#: a number with no unit is read in it.
TESTS: tuple[LabTest, ...] = (
    LabTest("TSH", r"tsh|thyroid[- ]stimulating hormone",
            (_s("miu/l mu/l uiu/ml µiu/ml mlu/l", (0.001, 150.0), 0.3, (5.0, _HYPO)),),
            high_names=_HYPO, low_names=_HYPER),
    LabTest("ferritin", r"(?:serum )?ferritin",
            (_s("ng/ml µg/l ug/l mcg/l", (0.5, 5000.0), 15.0),),
            low_names=("iron deficiency anemia",)),
    LabTest("A1c", r"(?:hb ?)?a1c|h[ae]moglobin a1c|glycated h[ae]moglobin|glycosylated h[ae]moglobin",
            (_s("%", (3.0, 19.0), None, (6.4, _DIABETES), (5.6, _PREDIABETES)),
             _s("mmol/mol", (20.0, 200.0), None, (47.0, _DIABETES), (38.0, _PREDIABETES))),
            high_names=_DIABETES),
    LabTest("blood sugar",
            r"(?:fasting |random |morning )?(?:blood |plasma )?(?:glucose|sugars?)(?: levels?| readings?)?|bgl?",
            (_s("mg/dl", (36.0, 900.0), 70.0, (180.0, ("hyperglycemia",))),
             _s("mmol/l mmol", (1.0, 35.0), 3.9, (10.0, ("hyperglycemia",)))),
            high_names=("hyperglycemia",), low_names=("hypoglycemia",), words=False),
    LabTest("LDL", r"ldl(?:[- ]c)?(?: cholesterol)?|bad cholesterol",
            (_s("mg/dl", (20.0, 600.0), None, (160.0, _CHOLESTEROL)),
             _s("mmol/l mmol", (0.3, 15.0), None, (4.1, _CHOLESTEROL))),
            high_names=_CHOLESTEROL, words=False),
    LabTest("cholesterol", r"(?:total |serum |blood )?cholesterol",
            (_s("mg/dl", (80.0, 700.0), None, (240.0, _CHOLESTEROL)),
             _s("mmol/l mmol", (1.5, 20.0), None, (6.2, _CHOLESTEROL))),
            high_names=_CHOLESTEROL, words=False),
    LabTest("uric acid", r"(?:serum )?uric acid|urate",
            (_s("mg/dl", (1.0, 20.0), None, (7.0, ("gout",))),
             _s("µmol/l umol/l", (60.0, 1200.0), None, (420.0, ("gout",)))),
            high_names=("gout",)),
    LabTest("creatinine", r"(?:serum )?creatinine|creat",
            (_s("mg/dl", (0.1, 19.0), None, (1.3, _KIDNEY)),
             _s("µmol/l umol/l", (20.0, 2000.0), None, (120.0, _KIDNEY))),
            high_names=_KIDNEY),
    LabTest("eGFR", r"e?gfr",
            (_s("ml/min ml/min/1.73m2 ml/min/1.73", (1.0, 200.0), 60.0),),
            low_names=_KIDNEY),
    LabTest("vitamin D", r"(?:vitamin|vit\.?) ?d3?(?: levels?)?|25[- ]?(?:oh|hydroxy)(?: vitamin)? ?d",
            (_s("ng/ml", (2.0, 150.0), 20.0), _s("nmol/l", (5.0, 375.0), 50.0)),
            low_names=("vitamin d deficiency",)),
    LabTest("B12", r"(?:vitamin |vit\.? )?b ?12",
            (_s("pg/ml ng/l", (50.0, 2500.0), 200.0), _s("pmol/l", (20.0, 1800.0), 150.0)),
            low_names=("vitamin b12 deficiency",)),
    LabTest("haemoglobin", r"h[ae]moglobin|hgb|hb",
            (_s("g/dl", (3.0, 25.0), 11.0), _s("g/l", (30.0, 250.0), 110.0)),
            low_names=("anemia",)),
    LabTest("sodium", r"(?:serum )?sodium",
            (_s("mmol/l meq/l", (100.0, 185.0), 133.0, (147.0, ("hypernatremia",))),),
            high_names=("hypernatremia",), low_names=("hyponatremia",), words=False),
    LabTest("potassium", r"(?:serum )?potassium",
            (_s("mmol/l meq/l", (1.5, 9.5), 3.4, (5.5, ("hyperkalemia",))),),
            high_names=("hyperkalemia",), low_names=("hypokalemia",), words=False),
    LabTest("calcium", r"(?:serum |blood )?calcium",
            (_s("mg/dl", (4.5, 20.0), 8.3, (10.7, ("hypercalcemia",))),
             _s("mmol/l", (1.0, 4.4), 2.1, (2.65, ("hypercalcemia",)))),
            high_names=("hypercalcemia",), low_names=("hypocalcemia",), words=False),
    LabTest("platelets", r"platelets?(?: counts?)?|plts?",
            (_s("x10^9/l 10^9/l k/ul x10^3/ul 10^3/ul k", (1.0, 1500.0), 140.0),
             _s("/ul /mcl /mm3", (5000.0, 2_000_000.0), 140_000.0)),
            low_names=("thrombocytopenia",)),
    # Read negated: at or below -2.5 is osteoporosis, from -1 to -2.5 osteopenia.
    LabTest("T-score", r"t[- ]?scores?",
            (_s("", (-4.0, 7.0), None, (2.49, ("osteoporosis",)), (0.99, ("osteopenia",))),),
            high_names=("osteoporosis",), signed=True, words=False),
    LabTest("blood pressure", r"blood pressure|bp|b/p",
            (), high_names=("high blood pressure",), low_names=("low blood pressure",), pair=True, words=False),
    LabTest("pulse", r"(?:resting )?(?:heart rate|pulse(?: rate)?)",
            (_s("bpm", (20.0, 260.0), 45.0, (130.0, ("tachycardia",))),),
            high_names=("tachycardia",), low_names=("bradycardia",), words=False),
)

_UNIT = re.compile(
    r"\s?(%|percent\b|mmol/mol|mmol/l|mmol\b|mg/dl|ng/ml|nmol/l|pg/ml|pmol/l|ng/l|µg/l|ug/l|mcg/l|g/dl|g/l\b|"
    r"[µu]mol/l|m?[iu]u/m?l|µiu/ml|mlu/l|meq/l|ml/min(?:/1\.73\s?m2?)?|(?:x\s?)?10\^?[39]/[lu]l?|k/ul|"
    r"/ul|/mcl|/mm3|bpm|k\b)", re.IGNORECASE)
# A unit of something else: a dose, a time, a count. The number is not a result of the test named.
_OTHER_UNIT = re.compile(
    r"\s?(?:mg\b|mcg\b|µg\b|g\b|grams?|kg|kilos?|lbs?|pounds?|iu\b|i\.u\.|units?|tablets?|pills?|capsules?|"
    r"caps?\b|drops?|doses?|times?|x\b|days?|weeks?|wks?|months?|mos?\b|years?|yrs?|hours?|hrs?|minutes?|mins?|"
    r"am\b|pm\b|o'?clock|ml\b|percentile|th\b|st\b|nd\b|rd\b)", re.IGNORECASE)
_NUMBER = r"(?P<num>(?:-|−|minus\s)?\d{1,3}(?:,\d{3})+|(?:-|−|minus\s)?\d+(?:[.,]\d+)?)"
_PAIR = r"(?P<sys>\d{2,3})\s?(?:/|over)\s?(?P<dia>\d{2,3})"
# Words between a test's name and its number: "TSH came back at 7.2", "my ferritin level was only 8".
_SEP = r"(?:[\s:=~]|-(?![\d.]))+"  # not a minus sign: "T-score -2.6"
_BRIDGE = (rf"(?:{_SEP}|\s*\((?:[a-z]+\s?)+\)\s*)"
           r"(?:(?:levels?|counts?|results?|readings?|values?|tests?|is|was|were|are|of|at|came|comes|come|back|"
           r"showed|shows|show|says|said|just|only|now|still|about|around|approx\.?|reading|went|gone|up|down|"
           r"to|dropped|rose|fell|as|a|an|result|measured|be|been|has|had|it|its|it's|high|low|flagged|running|like|"
           r"usually|averaging|stays|staying|sitting|hovering)"
           rf"{_SEP}){{0,5}}")
_HIGH = (r"(?:high|raised|elevated|increased|abnormally high|too high|very high|a bit high|slightly high|"
         r"borderline high)")
_LOW = r"(?:low|decreased|reduced|too low|very low|a bit low|slightly low|borderline low|deficient)"
# After "high <test>": a food or a diet, not a result ("a low sodium diet", "high potassium foods").
_FOOD_AFTER = re.compile(r"[\s-]*(?:levels?\s+)?(?:diets?|foods?|meals?|snacks?|drinks?|intake|salt|supplements?|"
                         r"pills?|tablets?|versions?|options?|recipes?|products?|milk|water)\b", re.IGNORECASE)
_STATE = (r"(?:\s+(?:levels?|counts?|results?|readings?))?\s+(?:is|was|are|were|came back|come back|comes back|"
          r"showed|shows|is showing|was showing|keeps coming back|has been|have been)?\s*(?:very |a bit |a little |"
          r"slightly |quite |really |too |abnormally |borderline )?(?P<dir>" + _HIGH + "|" + _LOW + r")\b")
# Words before a test's name that make it another thing's: "HDL cholesterol", "non-HDL cholesterol", "urine sodium".
_NOT_BEFORE = re.compile(r"(?:\b(?:hdl|non[- ]hdl|good|ldl|urine|urinary|stool|pee|24[- ]hour)\s*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LabReading:
    """A result read in a text: where it is, as written, and the conditions it points to."""

    start: int
    end: int
    written: str
    names: tuple[str, ...]


def _value(text: str) -> float | None:
    text = text.replace("−", "-").replace("minus ", "-").strip()
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", text):  # a thousands separator: 480,000
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")  # a decimal comma: 6,9
    try:
        return float(text)
    except ValueError:
        return None


def _unit(text: str, at: int) -> tuple[str | None, bool]:
    """The unit written at ``at`` (as :func:`unit_key` writes it) and whether a unit of something else
    (a dose, a time, a count) is written there instead."""
    match = _UNIT.match(text, at)
    if match is not None:
        return unit_key(match.group(1)), False
    return None, _OTHER_UNIT.match(text, at) is not None


class LabValues:
    """The tests to read, each kept only for the conditions the index has."""

    def __init__(self, tests: tuple[LabTest, ...] = TESTS) -> None:
        self.tests = tests
        names = "|".join(f"(?P<t{i}>{t.pattern})" for i, t in enumerate(tests))
        head = rf"(?<![\w/-])(?:{names})(?![\w/-])"
        self._value = re.compile(head + _BRIDGE + rf"(?:{_PAIR}|{_NUMBER})(?![\d/])", re.IGNORECASE)
        self._state = re.compile(head + _STATE, re.IGNORECASE)
        self._before = re.compile(rf"(?<![\w-])(?P<dir>{_HIGH}|{_LOW})\s+(?:(?:my|his|her|the|a|blood|serum)\s+)?"
                                  + head, re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self.tests)

    def restricted_to(self, focus_keys: Container[str]) -> LabValues:
        """The tests' conditions kept only where ``focus_keys`` (normalised focus names and synonyms) has
        them; a test with no condition left is dropped."""
        def keep(names: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(n for n in names if normalize(n) in focus_keys)

        kept = []
        for test in self.tests:
            scales = tuple(replace(s, high=tuple((lim, keep(n)) for lim, n in s.high)) for s in test.scales)
            t = replace(test, scales=scales, high_names=keep(test.high_names), low_names=keep(test.low_names))
            if t.high_names or t.low_names or any(n for s in scales for _, n in s.high):
                kept.append(t)
        return LabValues(tuple(kept))

    def _test(self, match: re.Match[str]) -> LabTest:
        for i, test in enumerate(self.tests):
            if match.group(f"t{i}") is not None:
                return test
        raise AssertionError("a match names no test")  # pragma: no cover

    def read(self, text: str) -> Iterator[LabReading]:
        """Each out-of-range result in ``text``, left to right, never overlapping."""
        if not self.tests:
            return
        found: list[LabReading] = []
        for match in self._value.finditer(text):
            if _NOT_BEFORE.search(text[: match.start()]):
                continue
            names = self._reading(match, text)
            if names:
                found.append(LabReading(match.start(), match.end(), match.group(0), names))
        for pattern in (self._state, self._before):
            for match in pattern.finditer(text):
                if _NOT_BEFORE.search(text[: match.start()]):
                    continue
                test = self._test(match)
                if not test.words or _FOOD_AFTER.match(text, match.end()):
                    continue
                high = re.fullmatch(_HIGH, match.group("dir"), re.IGNORECASE) is not None
                names = test.high_names if high else test.low_names
                if names:
                    found.append(LabReading(match.start(), match.end(), match.group(0), names))
        at = 0
        for reading in sorted(found, key=lambda r: (r.start, -r.end)):
            if reading.start >= at:
                at = reading.end
                yield reading

    def _reading(self, match: re.Match[str], text: str) -> tuple[str, ...]:
        test = self._test(match)
        if test.pair:
            return self._pair_reading(match, test)
        if match.group("sys") is not None:
            return ()
        value = _value(match.group("num"))
        if value is None or (value < 0) != test.signed:
            return ()
        value = -value if test.signed else value
        unit, other = _unit(text, match.end())
        if other:
            return ()
        scales = [s for s in test.scales if unit is None or unit in s.units]
        readings = {r for s in scales if (r := s.reading(value, test)) is not None}
        if len(readings) != 1:  # implausible in every unit, or read differently in two
            return ()
        return readings.pop()

    @staticmethod
    def _pair_reading(match: re.Match[str], test: LabTest) -> tuple[str, ...]:
        if match.group("sys") is None:
            return ()
        systolic, diastolic = int(match.group("sys")), int(match.group("dia"))
        if not (60 <= systolic <= 260 and 30 <= diastolic <= 160 and systolic > diastolic):
            return ()
        if systolic >= 140 or diastolic >= 90:
            return test.high_names
        if systolic < 90:
            return test.low_names
        return ()

