"""Where the writer says they are, and the emergency number there ("we're in Melbourne", "Lagos here").

The service is set up for one country (``MEDMATCH_EMERGENCY_COUNTRY``; its numbers are in every emergency
message). A patient who writes from elsewhere would still read "call 911" (session 23's blind reviews: London,
Lagos, Bristol, Cork, Melbourne and Mumbai all read 911). Two cases:

- the writer says they are there ("I'm in Cork", "we're in Melbourne", "we live in Lagos", "here in Mumbai",
  "Bristol here"): the whole message is worded with that country's numbers (its preset in safety/triage.py,
  or its emergency number alone), and ends with the configured country's number for a reader who is not;
- a place is only named ("flew back from Australia 3 days ago", "my sister in Sydney"): the configured message,
  with "If you are in Australia, call 000 instead of 911." first.

A bare "in <place>" ("lips look blue. in Johannesburg alone at home") counts as the first case unless a word
just before it puts someone else or another time there ("my sister in", "born in", "was in", "a trip in").

Numbers are the national ones published by each country's government (re-verify before a launch, as for
the presets). Only names that are hard to misread are listed: no city that two countries share
("Birmingham", "Perth"), no demonyms ("German measles", "French fries"); "Cork" counts only where the writer
says they are in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    country: str  # ISO 3166 alpha-2
    name: str  # as a sentence names it
    number: str  # the number to call, as a message says "call ... now"
    pattern: re.Pattern[str]  # its names, anywhere
    present: re.Pattern[str]  # its names where the writer says they are there
    within: re.Pattern[str]  # "in <name>": the writer is there unless the words before say otherwise


_HERE = (
    r"(?:\b(?:i'?m|im|i am|we'?re|we are|i live|we live|i'?m living|we'?re living|living|based|staying|currently"
    r"|on holiday|on vacation|travell?ing|(?:at|to) (?:a |the )?hospital|at home) (?:\w+ ){0,2}in (?:the )?"
    r"|\bhere in (?:the )?"
    # arrived there: "Flew back to Sydney 3 days ago" after "lipo in Istanbul", "Diving in Thailand, flew back to Sydney
    # today" (session 42's held-out round BC: both were worded for the country left behind)
    r"|(?:^|[.!?,;]\s*|\b(?:i|we|ive|weve|i've|we've|just|have|had) )(?:just )?(?:flew|flown|got|came|returned|landed"
    r"|arrived) (?:back |home )?(?:to|in) (?:the )?)"
)


def _place(country: str, name: str, number: str, *names: str, here_only: tuple[str, ...] = ()) -> Place:
    anywhere = r"(?:" + "|".join(names) + r")"
    everywhere = r"(?:" + "|".join((*names, *here_only)) + r")"
    present = _HERE + everywhere + r"\b|\b" + everywhere + r",? here\b|^\W*" + everywhere + r"\b\W*(?:here|,|-|:)"
    return Place(country, name, number, re.compile(r"\b" + anywhere + r"\b", re.IGNORECASE),
                 re.compile(present, re.IGNORECASE), re.compile(r"\bin (?:the )?" + anywhere + r"\b", re.IGNORECASE))


PLACES: tuple[Place, ...] = (
    _place("US", "the United States", "911", r"united states", r"usa", r"u\.s\.a\.?", r"new york", r"california",
           r"texas", r"florida", r"chicago", r"los angeles"),
    _place("CA", "Canada", "911", r"canada", r"toronto", r"vancouver", r"montreal", r"ontario", r"alberta",
           r"calgary", r"quebec"),
    _place("GB", "the United Kingdom", "999", r"united kingdom", r"uk", r"u\.k\.", r"britain", r"england",
           r"scotland", r"wales", r"northern ireland", r"london", r"manchester", r"liverpool", r"leeds", r"glasgow",
           r"edinburgh", r"cardiff", r"belfast", r"bristol", r"nhs"),
    _place("IE", "Ireland", "112", r"(?<!northern )ireland", r"dublin", r"galway", here_only=(r"cork", r"limerick")),
    _place("AU", "Australia", "000", r"australia", r"sydney", r"melbourne", r"brisbane", r"adelaide", r"canberra",
           r"queensland", r"tasmania", r"cairns", r"gold coast", r"great barrier reef"),
    _place("NZ", "New Zealand", "111", r"new zealand", r"auckland", r"christchurch"),
    _place("IN", "India", "112", r"india", r"delhi", r"mumbai", r"bangalore", r"bengaluru", r"chennai", r"kolkata",
           r"pune"),
    _place("NG", "Nigeria", "112", r"nigeria", r"lagos", r"abuja", r"ibadan"),
    _place("ZA", "South Africa", "112 (10177 for an ambulance from a landline)", r"south africa", r"johannesburg",
           r"cape town", r"durban", r"pretoria"),
    _place("KE", "Kenya", "999 or 112", r"kenya", r"nairobi", r"mombasa", r"masai mara", r"maasai mara"),
    _place("DE", "Germany", "112", r"germany", r"berlin", r"munich", r"hamburg", r"frankfurt"),
    _place("FR", "France", "112 (or 15 for an ambulance)", r"france", r"lyon", r"marseille"),
    # travel destinations (session 42's held-out round BC: travellers in Rome, Madrid, Phuket, Bali, Hoi An, Dubai,
    # Cusco, Kathmandu and Mina read 911 with no line for where they were); a name that is also a word ("turkey",
    # "china", "lima") counts only where the writer says they are in it
    _place("ES", "Spain", "112", r"spain", r"madrid", r"barcelona", r"mallorca", r"majorca", r"ibiza", r"tenerife",
           r"lanzarote", r"gran canaria", r"canary islands", r"benidorm", r"malaga", r"seville", r"valencia"),
    _place("IT", "Italy", "112 (or 118 for an ambulance)", r"italy", r"rome", r"milan", r"venice", r"florence",
           r"naples", r"sicily", r"sardinia", r"lake garda"),
    _place("PT", "Portugal", "112", r"portugal", r"lisbon", r"porto", r"algarve", r"madeira"),
    _place("GR", "Greece", "112 (or 166 for an ambulance)", r"greece", r"athens", r"crete", r"corfu", r"santorini",
           r"mykonos", r"zakynthos"),
    _place("NL", "the Netherlands", "112", r"netherlands", r"amsterdam", r"rotterdam"),
    _place("BE", "Belgium", "112", r"belgium", r"brussels", r"bruges"),
    _place("CH", "Switzerland", "144 for an ambulance (or 112)", r"switzerland", r"zurich", r"geneva", r"zermatt"),
    _place("AT", "Austria", "144 for an ambulance (or 112)", r"austria", r"vienna", r"salzburg", r"innsbruck",
           r"tyrol", r"st\.? anton", r"kitzbuhel", r"ischgl"),
    _place("TR", "Turkey", "112", r"istanbul", r"antalya", r"bodrum", r"dalaman", r"marmaris", r"turkiye",
           here_only=(r"turkey",)),
    _place("PL", "Poland", "112", r"poland", r"warsaw", r"krakow"),
    _place("MX", "Mexico", "911", r"mexico", r"cancun", r"tulum", r"playa del carmen", r"puerto vallarta", r"cabo"),
    _place("DO", "the Dominican Republic", "911", r"dominican republic", r"punta cana", r"santo domingo"),
    _place("TH", "Thailand", "1669", r"thailand", r"bangkok", r"phuket", r"chiang mai", r"koh samui", r"pattaya",
           r"krabi", r"koh phangan", r"koh tao"),
    _place("ID", "Indonesia", "112 (or 118 or 119 for an ambulance)", r"indonesia", r"bali", r"jakarta", r"lombok",
           r"ubud", r"canggu", r"seminyak", r"kuta", r"gili"),
    _place("VN", "Vietnam", "115", r"vietnam", r"viet nam", r"hanoi", r"ho chi minh", r"saigon", r"hoi an",
           r"da nang", r"nha trang"),
    _place("PH", "the Philippines", "911", r"philippines", r"manila", r"cebu", r"boracay", r"palawan"),
    _place("JP", "Japan", "119", r"japan", r"tokyo", r"osaka", r"kyoto"),
    _place("KR", "South Korea", "119", r"south korea", r"korea", r"seoul", r"busan"),
    _place("CN", "China", "120", r"beijing", r"shanghai", r"guangzhou", r"shenzhen", here_only=(r"china",)),
    _place("SG", "Singapore", "995", r"singapore"),
    _place("MY", "Malaysia", "999", r"malaysia", r"kuala lumpur", r"penang", r"langkawi"),
    _place("AE", "the United Arab Emirates", "998", r"united arab emirates", r"uae", r"dubai", r"abu dhabi"),
    _place("SA", "Saudi Arabia", "997 (or 911)", r"saudi arabia", r"riyadh", r"jeddah", r"mecca", r"makkah",
           here_only=(r"medina", r"madinah", r"arafat", r"muzdalifah", r"jamarat", r"mina", r"hajj", r"umrah")),
    _place("EG", "Egypt", "123", r"egypt", r"cairo", r"sharm", r"hurghada", r"luxor"),
    _place("NP", "Nepal", "102", r"nepal", r"kathmandu", r"pokhara", r"everest base camp", r"lukla", r"namche",
           r"annapurna"),
    _place("PE", "Peru", "106", r"peru", r"cusco", r"cuzco", r"machu picchu", here_only=(r"lima",)),
    _place("BR", "Brazil", "192", r"brazil", r"rio de janeiro", r"sao paulo"),
    _place("IL", "Israel", "101", r"israel", r"tel aviv", r"jerusalem"),
)
_BY_COUNTRY = {place.country: place for place in PLACES}


def place_named(country: str) -> Place | None:
    return _BY_COUNTRY.get(country)


#: Words before "in <place>" that put someone else, or another time, there: "my sister in Sydney", "born in
#: Lagos", "a trip in India last year", "was in London in May" (up to four words before "in").
_ELSEWHERE = re.compile(
    r"\b(?:from|back|trip|travel\w*|visit\w*|holiday\w*|vacation\w*|went|been|was|were|born|raised|grew up|lived"
    r"|used to|spent|stayed|moved|flew|flight|mum|mom|mother|dad|father|parents?|sister|brother|son|daughter|aunt"
    r"|uncle|cousin|friend|family|grand\w*|relatives?|wife|husband|partner|boyfriend|girlfriend|colleague|someone"
    r"|people|doctors?|hospitals?|clinics?|study|studies|research\w*|article|news|outbreak|cases|read|saw|heard"
    r"|watched|common|rare|endemic)\b(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE)


def where_writer_is(text: str, home_country: str) -> Place | None:
    """The country the writer says they are in, when it is not ``home_country`` (the first one said): where
    they say so ("I'm in Cork", "Lagos here"), or else a bare "in <place>" that nothing before puts someone
    else or another time there ("lips look blue. in Johannesburg alone at home")."""
    found = [(m.start(), p) for p in PLACES if p.country != home_country and (m := p.present.search(text))]
    if not found:
        found = [(m.start(), p) for p in PLACES if p.country != home_country
                 for m in p.within.finditer(text) if not _ELSEWHERE.search(text[max(0, m.start() - 60):m.start()])]
    return min(found, key=lambda pair: pair[0])[1] if found else None


#: Words before a place that the writer has left: "got back from Nigeria", "just home from a trip to Kenya" (session
#: 40's blind review UU: "If you are in Nigeria, call 112 instead of 911" opened the message of a man home with a
#: fever).
_LEFT = re.compile(r"\b(?:back|home|returned|returning|flew in|flown in|arrived|arriving) (?:\w+ )?from (?:\w+ ){0,4}$",
                   re.IGNORECASE)


#: Words before a place the writer is only going to: "she can get to Rome by morning", "we're flying to Spain next
#: week" (session 42: a destination named is not where anyone is now).
_GOING = re.compile(r"\b(?:get|go|going|drive|driving|fly|flying|heading|head|move|moving) to (?:\w+ )?$",
                    re.IGNORECASE)


def elsewhere_line(text: str, home_country: str, home_number: str) -> str:
    """"If you are in Australia, call 000 instead of 911." for each country ``text`` names (at most two, in
    the order written) whose number is not ``home_number``, unless every mention of it says the writer is back from
    it; "" when there is none."""
    found: list[tuple[int, Place]] = []
    for place in PLACES:
        if place.country == home_country or place.number == home_number:
            continue
        match = next((m for m in place.pattern.finditer(text)
                      if not _LEFT.search(text[max(0, m.start() - 60):m.start()])
                      and not _GOING.search(text[max(0, m.start() - 40):m.start()])), None)
        if match:
            found.append((match.start(), place))
    found.sort(key=lambda pair: pair[0])
    return " ".join(f"If you are in {p.name}, call {p.number} instead of {home_number}." for _, p in found[:2])
