"""The emergency number of another country the message names ("Lagos here", "we're in London").

The service is set up for one country (``MEDMATCH_COUNTRY``; its numbers are in every emergency message).
A patient who writes from elsewhere, or about someone elsewhere, would still read "call 911" (session 23's
blind review: a child's anaphylaxis told with Piriton and a probe from London both got 911). When the
message names a country, or one of its largest cities, whose emergency number differs from the
configured one, the emergency message starts with that number: "If you are in the United Kingdom, the
emergency number is 999." It is a line added before the message, never instead of it: a place named in
passing ("my sister in Sydney") must not take the configured number away.

Numbers are the national ones published by each country's government (re-verify before a launch, as for
the presets in safety/triage.py). Only names that are hard to misread are listed: no "Birmingham" or
"Perth" (a city in two countries), no demonyms ("German measles", "French fries").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    country: str  # ISO 3166 alpha-2
    name: str  # as the line names it
    number: str  # the emergency number, as the line says it
    pattern: re.Pattern[str]


def _place(country: str, name: str, number: str, *names: str) -> Place:
    return Place(country, name, number, re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE))


PLACES: tuple[Place, ...] = (
    _place("US", "the United States", "911", r"united states", r"usa", r"u\.s\.a\.?", r"new york", r"california",
           r"texas", r"florida", r"chicago", r"los angeles"),
    _place("CA", "Canada", "911", r"canada", r"toronto", r"vancouver", r"montreal", r"ontario", r"alberta",
           r"calgary", r"quebec"),
    _place("GB", "the United Kingdom", "999", r"united kingdom", r"uk", r"u\.k\.", r"britain", r"england",
           r"scotland", r"wales", r"northern ireland", r"london", r"manchester", r"liverpool", r"leeds", r"glasgow",
           r"edinburgh", r"cardiff", r"belfast", r"nhs"),
    _place("IE", "Ireland", "112 or 999", r"(?<!northern )ireland", r"dublin", r"galway"),
    _place("AU", "Australia", "000", r"australia", r"sydney", r"melbourne", r"brisbane", r"adelaide", r"canberra",
           r"queensland", r"tasmania"),
    _place("NZ", "New Zealand", "111", r"new zealand", r"auckland", r"christchurch"),
    _place("IN", "India", "112", r"india", r"delhi", r"mumbai", r"bangalore", r"bengaluru", r"chennai", r"kolkata",
           r"pune"),
    _place("NG", "Nigeria", "112", r"nigeria", r"lagos", r"abuja", r"ibadan"),
    _place("ZA", "South Africa", "112 from a mobile phone, or 10177 for an ambulance", r"south africa",
           r"johannesburg", r"cape town", r"durban", r"pretoria"),
    _place("KE", "Kenya", "999 or 112", r"kenya", r"nairobi", r"mombasa"),
    _place("DE", "Germany", "112", r"germany", r"berlin", r"munich", r"hamburg"),
    _place("FR", "France", "112 (or 15 for an ambulance)", r"france", r"lyon", r"marseille"),
)


def elsewhere_line(text: str, home_country: str, home_number: str,
                   crisis_lines: Mapping[str, str] | None = None) -> str:
    """"If you are in X, the emergency number is N." for each country ``text`` names (at most two, in the
    order written) whose number is not ``home_number``; "" when there is none. ``crisis_lines``: a crisis
    line by country, named after the number ("...is 000, or call Lifeline on 13 11 14.")."""
    found: list[tuple[int, Place]] = []
    for place in PLACES:
        if place.country == home_country or place.number == home_number:
            continue
        match = place.pattern.search(text)
        if match:
            found.append((match.start(), place))
    found.sort(key=lambda pair: pair[0])
    crisis_lines = crisis_lines or {}
    return " ".join(
        f"If you are in {p.name}, the emergency number is {p.number}"
        + (f", or call {crisis_lines[p.country]}." if crisis_lines.get(p.country) else ".")
        for _, p in found[:2])
