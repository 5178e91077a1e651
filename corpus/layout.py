"""How a reviewed answer is laid out for reading: paragraphs and bullet lists.

The answer text itself is never changed (it is what was reviewed, and what evaluators match); this
module only says where its paragraphs and list items are, for the page and the chat widget.

Many MedQuAD answers carry their lists inline: "people who have - spinal cord injuries ... - a
blockage in the urinary tract ... - diabetes". Some (NIHSeniorHealth, CancerGov, GHR) also repeat the
list's items right after it without the dashes, a copy left by the scraping of the source pages
("... more likely spinal cord injuries or other nerve damage around the bladder. a blockage ..."). A
patient would read the list twice. The layout shows the list once, and only drops a run of text when it
is an exact copy of the items just shown, word for word; every other word of the answer is shown, in
order (``tests/test_layout.py`` checks that over the whole MedQuAD corpus when it is present).

An inline list has no end mark: its last item runs on to the end of the line. The list is ended where the
prose after it starts (``_list_end``), and the agency credited at the end of a MedlinePlus summary ("NIH:
National Heart, Lung, and Blood Institute") is a line of its own. Headings that the scraping glued into
the text ("Types of Psoriasis Psoriasis occurs ...") are not recovered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

#: A dash that starts a list item: at the start of a line, or after a space, and followed by a space ...
_ITEM = re.compile(r"(?:^|(?<=\s))-\s+")
#: ... but not one between a number and a larger one, which is a range: "a fever (102 - 104F, or 38.9 - 40C)" was
#: shown as three list items (session 30's blind review); "younger than 60 - 22 percent of men age 60 to 69" keeps
#: its items (a range goes up).
_RANGE = re.compile(r"(\d+(?:\.\d+)?) -\s+(\d+(?:\.\d+)?)")
_SPACE = re.compile(r"\s+")
#: A letter or a digit: what makes a token a word; a token that holds one.
_ALNUM = re.compile(r"[^\W_]")
_WORD_TOKEN = re.compile(r"\S*[^\W_]\S*")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a heading (``items`` holds its one text), or a bullet list (one text per item)."""

    kind: Literal["paragraph", "list", "heading"]
    items: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        if self.kind == "list":
            return {"type": "list", "items": list(self.items)}
        return {"type": self.kind, "text": self.items[0]}


def layout(answer: str) -> tuple[Block, ...]:
    """The answer's paragraphs, lists and headings, in order. A line is first cut at the section headings the
    source marks; a part with two or more dash-led items (or one that starts with a dash) becomes the text
    before the first dash, then a list, which ends where prose starts; a copy of the list's items that follows
    it without dashes is shown once."""
    return _layout(answer)[0]


@lru_cache(maxsize=4096)
def _layout(answer: str) -> tuple[tuple[Block, ...], tuple[Copy, ...]]:
    blocks: list[Block] = []
    copies: list[Copy] = []
    shown = 0
    for line in answer.splitlines():
        line = _SPACE.sub(" ", _without_video_notes(line)[0]).strip()
        for part, heading in _headings_apart(line):
            if heading:
                blocks.append(Block("heading", (part,)))
                shown += len(words(part))
                continue
            for block in _line_blocks(part, copies, shown):
                shown += sum(len(words(item)) for item in block.items)
                if block.kind == "list" and blocks and blocks[-1].kind == "list":
                    # one list, not one per item: NIHSeniorHealth repeats each item's text inside the item ("- a a -
                    # b b"), and each copy dropped ended a list of one (session 35's blind review)
                    blocks[-1] = Block("list", blocks[-1].items + block.items)
                    continue
                blocks.append(block)
    if blocks and blocks[-1].kind == "paragraph":
        blocks[-1:] = [Block("paragraph", (part,)) for part in _credit_apart(blocks[-1].items[0])]
    return tuple(blocks), tuple(copies)


#: The agency credited at the end of a MedlinePlus summary, after its last sentence and without a full stop:
#: "... help keep other clots from forming. NIH: National Heart, Lung, and Blood Institute".
_CREDIT = re.compile(
    r"(?<=[.!?)]) ((?:NIH: |(?:U\.S\. )?(?:National|Centers|Department|Agency|Administration|Office|Bureau|Federal"
    r"|Environmental|Food and Drug|Occupational|United States)\b)[^.!?]{3,100})$"
)


#: A section heading inside a line: ADAM's "How the Test is Performed : ..." and "Summary : ..." (a short title
#: and a spaced colon), and its capitals ("... machinery. MUSCLE RELAXANTS Your provider may ..."), at the start
#: of the line or of a sentence; "MPS III" (no word of five letters, two words) is a name.
_HEADING = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<title>[A-Z][^.!?:]{1,60}?) : (?=\S)"
    r"|(?:^|(?<=[.!?:] )|(?<=[a-z)] ))(?P<caps>(?=[A-Z\-' ]*[A-Z]{5}|(?:[A-Z][A-Z\-']+ ){3})[A-Z][A-Z\-']{2,}"
    r"(?: (?:[A-Z][A-Z\-']+|AND|OF|OR|THE|TO|FOR|IN))+)(?= [A-Z][a-z])"
)


#: Two words in capitals in a row: a line that may hold a heading in capitals (most hold none).
_CAPITALS = re.compile(r"[A-Z]{3}[A-Z\-']* [A-Z]{2}")


def _headings_apart(line: str) -> list[tuple[str, bool]]:
    """The line cut at its section headings: (text, is a heading) pairs, in order, none empty."""
    out: list[tuple[str, bool]] = []
    at = 0
    if " : " not in line and not _CAPITALS.search(line):
        return [(line, False)] if line else []
    for match in _HEADING.finditer(line):
        before = line[at:match.start()].strip()
        if before:
            out.append((before, False))
        out.append(((match.group("title") or match.group("caps")).strip(), True))
        at = match.end()
    rest = line[at:].strip()
    if rest:
        out.append((rest, False))
    return out


def _credit_apart(text: str) -> list[str]:
    match = _CREDIT.search(text)
    if match is None or len(match.group(1).split()) > 14:
        return [text]
    return [text[: match.start()].strip(), match.group(1).strip()]


#: What a note about a video starts with: NIHSeniorHealth's "(Watch the video to learn more about shingles. To enlarge
#: the video, click the brackets in the lower right-hand corner. To reduce the video, press the Escape (Esc) button on
#: your keyboard.)", the National Eye Institute's "(This short video discusses ...)".
_VIDEO_NOTE_OPEN = re.compile(r"\((?=(?:Watch (?:the|a|this) (?:animated )?videos?|This short video"
                              r"|To enlarge the videos?)\b)")
#: A sentence that only points to a video: "Watch a video to see what services adult day care provides." and
#: A.D.A.M.'s "Watch this video about: Blood pressure" (a title in sentence case, up to the next capitalised word and
#: five words at most, which holds for all of A.D.A.M.'s; it may stand in a list item: "- Overactive thyroid gland Watch
#: this video about: Arrhythmias").
_VIDEO_SENTENCE = re.compile(r"(?:^|(?<=[.!?)] ))Watch (?:a|the) videos?\b[^.!?()]*[.!?](?= |$)"
                             r"|(?:^|(?<= ))Watch this video about: [A-Z][a-z]+(?: - [a-z]+| [a-z]+){0,4}(?= |$)")


def video_notes(answer: str) -> tuple[str, ...]:
    """The notes about a video that the source page showed beside its text (the video is not part of the reviewed
    answer, so its player instructions mean nothing here), in order; :func:`layout` leaves them out."""
    return tuple(note for line in answer.splitlines() for note in _without_video_notes(line)[1])


def _without_video_notes(line: str) -> tuple[str, list[str]]:
    """``line`` less its video notes, and the notes. A note in brackets runs to its closing bracket (one may be
    nested: "(Esc)", "(AUD)"); one that is never closed is left in."""
    if "video" not in line.lower():
        return line, []
    notes: list[str] = []
    kept, at = [], 0
    for match in _VIDEO_NOTE_OPEN.finditer(line):
        if match.start() < at:
            continue
        depth, end = 0, -1
        for i in range(match.start(), len(line)):
            depth += {"(": 1, ")": -1}.get(line[i], 0)
            if depth == 0:
                end = i + 1
                break
        if end < 0:
            continue
        kept.append(line[at:match.start()])
        notes.append(line[match.start():end])
        at = end
    kept.append(line[at:])
    line = "".join(kept)
    notes += [m.group() for m in _VIDEO_SENTENCE.finditer(line)]
    return _VIDEO_SENTENCE.sub("", line), notes


#: A booklet title that the scraping ran into MedQuAD's question template: "What to do for What I need to know about
#: Kidney Stones ?", "What is (are) What I need to know about Gestational Diabetes ?" (NIDDK, 158 questions).
_BOOKLET_IN_TEMPLATE = re.compile(r"(?<=\S )What I need to know about ", re.IGNORECASE)
#: A question mark doubled or spaced off its question: "Who is at risk for Shingles? ?" (322), "What is (are) Flu ?".
_SPACED_MARKS = re.compile(r"\s*\?(?:\s*\?)*\s*$")


def title(question: str) -> str:
    """A record's question as a heading for the patient: MedQuAD's template slips tidied ("Who is at risk for
    Shingles? ?" -> "Who is at risk for Shingles?", "What to do for What I need to know about Kidney Stones ?" ->
    "What to do for Kidney Stones?"). Words are only ever taken away from the template, never from the
    condition's name; the question itself is unchanged (it is what evaluators match a record by)."""
    text = _SPACE.sub(" ", question).strip()
    text = _BOOKLET_IN_TEMPLATE.sub("", text)
    return _SPACED_MARKS.sub("?", text) if text.rstrip().endswith("?") else text


def dropped_copies(answer: str) -> tuple[Copy, ...]:
    """The copies :func:`layout` leaves out, each with where it stood (for checking that no other word is lost)."""
    return _layout(answer)[1]


@dataclass(frozen=True, slots=True)
class Copy:
    """A run of words left out: it stood after the first ``after`` words shown, and repeats the words
    shown just before it."""

    after: int
    words: tuple[str, ...]


def words(text: str) -> list[str]:
    """The words of ``text``: tokens with a letter or digit (not the dashes that mark items, nor the spaced colon
    after a heading)."""
    return _WORD_TOKEN.findall(text)


def _split_items(line: str) -> list[str]:
    """``line`` cut at the dashes that start list items (:data:`_ITEM`), not at those of a range (:data:`_RANGE`)."""
    ranges = [m.start(0) + len(m.group(1)) + 1 for m in _RANGE.finditer(line)
              if float(m.group(2)) > float(m.group(1))]
    parts, at = [], 0
    for m in _ITEM.finditer(line):
        if m.start() in ranges:
            continue
        parts.append(line[at:m.start()])
        at = m.end()
    parts.append(line[at:])
    return parts


def _line_blocks(line: str, copies: list[Copy], shown: int) -> list[Block]:
    parts = _split_items(line)
    lead, items = parts[0].strip(), [p.strip() for p in parts[1:] if p.strip()]
    if len(items) < 2 and not (not lead and items):
        return [Block("paragraph", (line,))]
    return _list_blocks(lead, items, copies, shown)


def _list_blocks(lead: str, items: list[str], copies: list[Copy], shown: int) -> list[Block]:
    """``lead`` then a list of ``items``. A copy of items that runs on after an item ends the list there: the
    text after the copy leads to the items that are left (NIHSeniorHealth: "- a - b a b Risks - c - d")."""
    out = [Block("paragraph", (lead,))] if lead else []
    shown += len(words(lead))
    style: _Style | None = None
    for k in range(len(items)):
        own, copy, rest = _drop_copy(items, k)
        if copy:
            shown += len(words(own))
            copies.append(Copy(shown, tuple(copy)))
            out.append(Block("list", (*items[:k], own)))
            if k + 1 < len(items):
                return out + _list_blocks(rest, items[k + 1:], copies, shown)
            return out + ([Block("paragraph", (rest,))] if rest else [])
        head, tail = _intro_apart(own) if k < len(items) - 1 else ("", "")
        if head and tail:
            # an item that runs on into the line that leads to the next list of resources (GHR: "- MedlinePlus
            # Encyclopedia: Microcephaly These resources from MedlinePlus offer information about ...: - ...")
            out.append(Block("list", (*items[:k], head)))
            return out + _list_blocks(tail, items[k + 1:], copies, shown + len(words(head)))
        if 0 < k < len(items) - 1:
            # an item in the middle that runs on into prose, or into the line that leads to the next list
            # (ADAM: "- Tramadol Possible side effects of these drugs include: - Drowsiness - ...")
            style = style or _Style.of(items[:-1])  # the last item may run on: not its style
            head, tail = _prose_after(style.without(k), own)
            if head and tail:
                out.append(Block("list", (*items[:k], head)))
                return out + _list_blocks(tail, items[k + 1:], copies, shown + len(words(head)))
        shown += len(words(own))
    last, after = _list_end(items, style)
    out.append(Block("list", (*items[:-1], last) if last else tuple(items[:-1])))
    return out + ([Block("paragraph", (after,))] if after else [])


#: A copy shorter than this many words is left alone (it may be the text's own repetition).
MIN_COPY_WORDS = 4
_WORD = re.compile(r"\S+")


def _drop_copy(items: list[str], k: int) -> tuple[str, list[str], str]:
    """Item ``k``'s own text, the copy of items ``j..k`` (for some j <= k) that runs on after it word for
    word, and what follows the copy (``"are pregnant. are pregnant. See X."`` -> ``"are pregnant."``,
    its words, ``"See X."``); ``(items[k], [], "")`` when there is no such copy."""
    text = items[k]
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text) if _ALNUM.search(m.group())]
    if len(spans) < 2:
        return text, [], ""
    starts: dict[str, list[int]] = {}
    for at in range(1, len(spans)):
        starts.setdefault(spans[at][2], []).append(at)
    before: list[str] = []  # the words of items j..k-1, for j from k down
    for j in range(k, -1, -1):
        if j < k:
            before = words(items[j]) + before
        # the item's own text (one word at least) and a copy of it after the earlier items' words must fit
        if 2 + len(before) > len(spans):
            break
        first = before[0] if before else spans[0][2]
        for at in starts.get(first, ()):
            expected = before + [w for _, _, w in spans[:at]]
            if at + len(expected) > len(spans):
                break
            if len(expected) >= MIN_COPY_WORDS and [w for _, _, w in spans[at:at + len(expected)]] == expected:
                end = spans[at + len(expected) - 1][1]
                return text[: spans[at][0]].strip(), expected, text[end:].strip()
    return text, [], ""


def _list_end(items: list[str], body: _Style | None = None) -> tuple[str, str]:
    """Where an inline list ends, inside its last item; no word is dropped:
    - the last item runs on into the section that repeats the first item as its heading (CancerGov's
      "Key Points - A. - B. - C. A. <the section about A>");
    - the other items are short phrases, one sentence at most, and the last one runs on into sentences of
      prose (MedlinePlus: "- A swollen nose - Red, dry eyes No one knows what causes rosacea. ... There is
      no cure"): the item ends where the next sentence starts.
    ``body``: the style of the items before the last, when the caller has read it already."""
    first, last = items[0], items[-1]
    if len(items) < 2:
        return last, ""
    head, tail = _intro_apart(last)
    if head and tail:
        return head, tail
    if len(words(first)) >= MIN_COPY_WORDS:
        at = last.find(" " + first)
        if at > 0:
            return last[:at].strip(), last[at + 1:].strip()
    return _prose_after((body or _Style.of(items[:-1])).without(), last)


#: The sentence that introduces a list of resources, run into the item before it by the scraping (GHR: "-
#: MedlinePlus Encyclopedia: Cri du Chat Syndrome These resources from MedlinePlus offer information about ...").
_RESOURCES_INTRO = re.compile(r"\s(?=(?:These|The following) (?:\w+ ){0,3}"
                              r"(?:resources|organizations|links|websites)\b)")


def _intro_apart(item: str) -> tuple[str, str]:
    """``item`` up to the sentence that introduces resources inside it, and that sentence on; ("", "") without
    one."""
    match = _RESOURCES_INTRO.search(item)
    if match is None or not item[: match.start()].strip():
        return "", ""
    return item[: match.start()].strip(), item[match.end():].strip()


#: A sentence inside an item: ". " then a capital.
_SENTENCE_INSIDE = re.compile(r"[.!?] +[A-Z]")
#: Where a phrase without a full stop ends and a sentence starts: "vision problems No one knows ...".
_PHRASE_THEN_SENTENCE = re.compile(r"(?<=[a-z0-9)%]) (?=[A-Z][a-z]*\b)")
#: The end of a sentence, or of the line that leads to a list ("... include:").
_FULL_STOP = re.compile(r"[.!?](?: |$)|:$")
#: Words a phrase does not end with ("pain in the Achilles tendon" is one item).
_NOT_AN_END = frozenset("a an the of in on at to for by with and or from into than as your their his her its".split())


@dataclass(frozen=True, slots=True)
class _Style:
    """What a list's items look like, read once per list (GARD lists have hundreds of items): for each item,
    whether it holds a sentence break, its length in words, whether it ends with a full stop; and the totals."""

    inside: tuple[bool, ...]
    lengths: tuple[int, ...]
    stops: tuple[bool, ...]
    top_two: tuple[int, int]
    inside_count: int
    stop_count: int

    @classmethod
    def of(cls, items: list[str]) -> _Style:
        lengths = tuple(len(words(i)) for i in items)
        ranked = sorted(lengths, reverse=True) + [0, 0]
        inside = tuple(_SENTENCE_INSIDE.search(i) is not None for i in items)
        stops = tuple(i.rstrip().endswith((".", "!", "?")) for i in items)
        return cls(inside, lengths, stops, (ranked[0], ranked[1]), sum(inside), sum(stops))

    def without(self, k: int | None = None) -> tuple[bool, int, int, int]:
        """The items' other than item ``k`` (all of them for None): (any holds a sentence break, the longest's
        length, how many end with a full stop, how many there are)."""
        if k is None:
            return self.inside_count > 0, self.top_two[0], self.stop_count, len(self.lengths)
        longest = self.top_two[1] if self.lengths[k] == self.top_two[0] else self.top_two[0]
        return (self.inside_count - self.inside[k] > 0, longest, self.stop_count - self.stops[k],
                len(self.lengths) - 1)


def _prose_after(style: tuple[bool, int, int, int], last: str) -> tuple[str, str]:
    """``style``: the other items' (:meth:`_Style.without`)."""
    inside, longest, full_stops, count = style
    if inside:
        return last, ""  # items of several sentences: nothing tells where the last one ends
    limit = max(12, 2 * longest)  # a phrase of this list, or the first sentence of one of its items
    glued = max(24, 3 * longest)  # the last item with items glued to it, the source's dashes lost
    if 2 * full_stops > count:
        # sentences: the last item is its first sentence
        match = _SENTENCE_INSIDE.search(last)
        if match and len(words(last[: match.start() + 1])) <= limit:
            return last[: match.start() + 1].strip(), last[match.end() - 1:].strip()
        return last, ""
    if full_stops:
        return last, ""  # a mix: leave it
    # phrases without full stops: the last item ends before the first sentence that follows it
    # The sentence that follows is the one that holds the first full stop; it starts at the last phrase end before
    # that stop that leaves it four words or more ("... Pelvic pain A Pap test can find abnormal cells.": items
    # glued without their dash stay in the item; "causes Lyme disease." is no sentence start).
    stop = _FULL_STOP.search(last)
    for match in reversed(list(_PHRASE_THEN_SENTENCE.finditer(last, 0, stop.start()) if stop else ())):
        head, tail = last[: match.start()].strip(), last[match.end():].strip()
        head_words = head.split()
        end, around = head_words[-1], [*head_words[-2:-1], *tail.split()[1:2]]
        # not inside a name ("The Human | Phenotype Ontology (HPO)"), but after a capitalised item ("Tramadol |
        # Possible side effects ..."), and not where too few words are left for a sentence ("causes | Lyme disease.")
        joins = (["of"], ["and"], ["for"], ["&"])  # "Institute of Neurological | Disorders", "National | Institute of"
        in_a_name = end[0].isupper() and (any(word[:1].isupper() for word in around)
                                          or head_words[-2:-1] in joins or tail.split()[1:2] in joins)
        if end.lower() in _NOT_AN_END or in_a_name or len(words(last[match.end():stop.end()])) < 4:
            continue
        if len(words(head)) <= glued:
            return head, tail
    first_stop = _SENTENCE_INSIDE.search(last)
    if first_stop and len(words(last[: first_stop.start() + 1])) > limit:
        return "", last  # it is no phrase at all: prose after the list (GARD's "The Human Phenotype Ontology ...")
    return last, ""
