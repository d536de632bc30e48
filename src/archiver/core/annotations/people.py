"""People named after their titles in one text, matched to the archive's people (no SQL).

``read_people`` takes the alias matches of a text and the participants they name, finds the
titles (``titles.find_titles``) and returns who holds them:

- a title with a name is a person: the title's state is the parent, its office the role. A
  name that an existing person's aliases match is that person; otherwise a new person, whose
  full name and surname ("ماكرون", "Zelensky") are then found wherever the text names them
  alone (Arabic proclitics و ب ل allowed, as for every alias). A surname alone after its
  title (الرئيس ترامب) is the archive's person it is an alias of, else the one holder of that
  office whose name ends so in either script, else a new person when the word can be a name
  alone (``Title.looks``).
- the same person named twice (once with the state, once without: "President Trump") is one
  person, with the state the titles give; a title without a state takes the state of the same
  office named alone in the text when only one state is named so ("the US president ...
  President Trump"), in English only: an Arabic title without its state is the paper's own
  country's ("وزير الخارجية خميس الجهيناوي" beside "وزير الخارجية النرويجي" is not Norway's).
- the office alone ("الرئيس الفرنسي") is a mention of that office and its state: in a text that
  names the one holder of that office of that state, the words count as that person's mention
  too; otherwise the state's suggestion lists the office (``offices``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from archiver.core.annotations.gazetteer import AliasEntry, Match, Matcher, alias_terms
from archiver.core.annotations.model import Participant
from archiver.core.annotations.title_data import fold_word, load_titles, state_form_spans
from archiver.core.annotations.titles import Named, Title, find_titles
from archiver.core.text import arabic, scripts
from archiver.core.text.skeleton import same_skeleton, skeletons

_TITLE_STATES = ("state", "organisation", "coalition")
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ول", "ل")  # the article, or ل in its place
_MIN_SURNAME = 3  # letters: a shorter surname alone would match too much
_MIN_ONE_WORD_SKELETON = 3  # consonant classes a surname alone shares with its other script
Holders = Callable[[int | None, str], list[Participant]]


@dataclass
class PersonFound:
    """A person a text names after a title."""

    name: str  # as written, the longest form found
    surname: str  # the name's last unit, or '' when it must not be matched alone
    role: str
    office: str
    state_id: int | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    participant_id: int | None = None  # an existing person whose aliases match the name
    # that person was found by a name none of their aliases has (in their other script, or
    # their surname alone after a title: الرئيس ترامب for دونالد ترامب)
    other_script: bool = False

    @property
    def key(self) -> str:
        """What tells two people apart in one text: the folded surname (or name)."""
        return fold_word(self.surname or self.name)

    @property
    def aliases(self) -> list[str]:
        """The names a new participant gets as aliases."""
        return list(dict.fromkeys(a for a in (self.name, self.surname) if a))


@dataclass
class PeopleRead:
    """What the titles of a text say."""

    people: list[PersonFound]
    offices: dict[int, list[str]]  # state -> roles of its offices named with no holder
    names: list[tuple[int, int]]  # where the people's names are written after their titles
    # archive persons' aliases written inside a namesake's name (إريك ترامب: not Donald's)
    namesakes: list[tuple[int, int]] = field(default_factory=list)


def person_words(name: str) -> str:
    """A person's name as blocks store and compare it: its words folded, single-spaced."""
    return " ".join(fold_word(w) for w in name.split())


def read_people(
    text: str,
    matches: Iterable[Match],
    participants: Mapping[int, Participant],
    gazetteer_ids: Mapping[str, int],
    tokens: list[arabic.Token] | None = None,
    holders: Holders | None = None,
) -> PeopleRead:
    """The people and offices the titles of ``text`` name (see the module's docstring);
    ``tokens``: the text's ``arabic.analyze``, when the caller has it; ``holders``: the
    archive's persons holding an office (role) of a state (None: of any), to find a new
    name's person by the same name in the other script, or by their surname alone."""
    tokens = arabic.analyze(text) if tokens is None else tokens
    found = list(matches)  # capitals named as places (``place``) end names, nothing more
    named = [Named(m.participant_id, m.start, m.end, m.place,
                   person_words(text[m.start : m.end]) == person_words(m.alias),
                   _indefinite(text[m.start : m.end], m.alias)) for m in found
             if participants[m.participant_id].kind in _TITLE_STATES]  # fmt: skip
    named += [Named(gazetteer_ids[key], start, end) for key, start, end in state_form_spans(text)
              if key in gazetteer_ids]  # fmt: skip
    titles = find_titles(text, named, tokens)
    known = [m for m in found if participants[m.participant_id].kind == "person"]
    namesakes = [m for t in titles if (m := _namesake(text, t, known, participants)) is not None]
    known = [m for m in known if m not in namesakes]
    states = set(gazetteer_ids.values())
    titles = _surnames_of_others([_named_theirs(t, known, participants, states) for t in titles])
    titles = _another_holder(text, titles)
    found = [m for m in found if not m.place]
    titles, by_surname = _one_word_names(titles, known, holders)
    people = _people(titles, known, by_surname)
    if holders is not None:
        _in_other_script(people, holders)
    alone = _holders(known, people, participants)
    offices = _offices_alone(titles, people + alone)
    people += [h for h in alone if h.spans]
    _find_alone(text, people, found, tokens)
    for person in people:
        person.spans.sort()
    names = [(t.name_start, t.name_end) for t in titles if t.name]
    return PeopleRead(people, offices, names, [(m.start, m.end) for m in namesakes])


def _namesake(
    text: str, title: Title, known: list[Match], participants: Mapping[int, Participant]
) -> Match | None:
    """The archive person's alias written inside the title's longer name when that person is
    a namesake: they hold another office or another state's (السفير الأمريكي إريك ترامب, when
    the archive's ترامب is Donald, President), or the title names a former or other holder of
    theirs by another full name; None when the name is theirs or no alias is inside it."""
    match = _known_match(known, title) if " " in title.name else None
    if match is None or person_words(match.alias) == person_words(title.name):
        return None
    person = participants[match.participant_id]
    arabic_name = scripts.has_letter(title.name)
    full = [n for n in (person.name, person.name_ar, person.name_en)
            if n and " " in n.strip() and scripts.has_letter(n) == arabic_name]  # fmt: skip
    if any(person_words(n) == person_words(title.name) for n in full):
        return None
    other_office = bool(person.role) and person.role != title.role
    other_state = None not in (person.parent_id, title.state_id) and (
        person.parent_id != title.state_id
    )
    # another full name of the same office and state is another holder only when the title
    # says so (رئيس الوزراء اللبناني الأسبق رفيق الحريري); else a spelling (فرانسو, فرانسوا)
    other_time = bool(full) and _modified(text, title)
    return match if other_office or other_state or other_time else None


def _indefinite(written: str, alias: str) -> bool:
    """True when an alias with the article (التركي) is written without it or a clitic's ل
    (تركي), as a name or an indefinite adjective is."""
    have, wanted = person_words(written), person_words(alias)
    return wanted.startswith("ال") and not have.startswith(_DEFINITE)


def _one_word_names(
    titles: list[Title], known: list[Match], holders: Holders | None
) -> tuple[list[Title], dict[int, int]]:
    """The titles, with each one-word name that only its title makes one (``Title.alone``)
    kept when an archive's person is named so (by an alias here, or by the surname of a
    holder of that office, in either script) or when the word looks like a name; else the
    office alone. Also the persons found by their surname, by where it is written."""
    kept: list[Title] = []
    by_surname: dict[int, int] = {}
    for title in titles:
        if title.alone and not _known_at(known, title):
            pid = _holder_by_surname(title, holders) if holders is not None else None
            if pid is not None:
                by_surname[title.name_start] = pid
            elif not title.looks:
                title = _office_alone(title)
        kept.append(title)
    return kept, by_surname


def _known_at(known: list[Match], title: Title) -> int | None:
    """The archive's person one of whose aliases is written in the title's name."""
    match = _known_match(known, title)
    return None if match is None else match.participant_id


def _known_match(known: list[Match], title: Title) -> Match | None:
    return next((m for m in known
                 if m.start < title.name_end and title.name_start < m.end), None)  # fmt: skip


def _named_theirs(
    title: Title, known: list[Match], participants: Mapping[int, Participant], states: set[int]
) -> Title:
    """The title, or its office alone when its name is an archive's person it cannot name:
    one after a preposition (قال الرئيس المكسيكي لترامب: to Trump), or one named by a single
    word whose state (a state or body of the gazetteer) is not the title's (هاتف الرئيس
    المكسيكي ترامب: the Mexican president phoned Trump, the object after the subject)."""
    match = _known_match(known, title) if title.name else None
    if match is None:
        return title
    name, alias = person_words(title.name), person_words(match.alias)
    parent = participants[match.participant_id].parent_id
    preposition = name[:1] in "لب" and name[1:].startswith(alias)  # not بندر بن عبد العزيز
    elsewhere = (
        " " not in title.name  # a full name after a title is its holder's (the archive errs)
        and parent in states
        and title.state_id in states
        and parent != title.state_id
    )
    return _office_alone(title) if preposition or elsewhere else title


def _surnames_of_others(titles: list[Title]) -> list[Title]:
    """The titles, with a one-word name after a state's title made the office alone when the
    text gives that surname in full after another state's title: it is that person, the
    object after the subject (الرئيس الأمريكي دونالد ترامب ... هاتف الرئيس المكسيكي ترامب)."""
    states: dict[str, set[int]] = {}
    for title in titles:
        if title.state_id is not None and title.surname and title.surname != title.name:
            states.setdefault(fold_word(title.surname), set()).add(title.state_id)
    return [
        _office_alone(t)
        if t.name
        and t.name == t.surname
        and t.state_id is not None
        and t.state_id not in states.get(fold_word(t.name), {t.state_id})
        else t
        for t in titles
    ]


def _another_holder(text: str, titles: list[Title]) -> list[Title]:
    """The titles, with a one-word name after a state's title made the office alone when the
    text names that office of that state with another name in full: one office of one state
    has one holder in a text, so the word is the object after the subject, not a second
    holder (الرئيس المكسيكي إنريكي بينيا نييتو ... وهاتف الرئيس المكسيكي ترامب). A title with
    a modifier (السابق, المنتخب) names another holder and is left as it is."""
    full: dict[tuple[str, int], set[str]] = {}
    for t in titles:
        if t.state_id is not None and " " in t.name and not _modified(text, t):
            full.setdefault((t.office, t.state_id), set()).update(map(fold_word, t.name.split()))
    return [
        _office_alone(t)
        if t.name
        and " " not in t.name
        and t.state_id is not None
        and fold_word(t.name) not in full.get((t.office, t.state_id), {fold_word(t.name)})
        and not _modified(text, t)
        else t
        for t in titles
    ]


def _modified(text: str, title: Title) -> bool:
    """True when a modifier (السابق, المنتخب) stands between the title and its name."""
    between = text[title.end : title.name_start].split()
    return any(fold_word(w) in load_titles().modifiers for w in between)


def _office_alone(title: Title) -> Title:
    return replace(title, name="", name_start=0, name_end=0, surname="", alone=False)


def _holder_by_surname(title: Title, holders: Holders) -> int | None:
    """The one holder of the title's office (of its state, or of any when it names none)
    whose name ends with the title's one word: the same word in the same script, the same
    consonants (three or more) in the other (ترامب, Donald Trump)."""
    word = title.name
    names = [(p.id, n) for p in holders(title.state_id, title.role)
             for n in (p.name, p.name_ar, p.name_en) if n]  # fmt: skip
    same = {pid for pid, name in names if _same_surname(word, name.split()[-1])}
    return next(iter(same)) if len(same) == 1 else None


def _same_surname(word: str, last: str) -> bool:
    """True when a name's last word is ``word``, or written in the other script with the
    same consonants (one word of two, بري and Berry, would be too many names')."""
    if scripts.has_letter(last) == scripts.has_letter(word):
        return fold_word(last) == fold_word(word)
    shared = skeletons(word) & skeletons(last)
    return max(map(len, shared), default=0) >= _MIN_ONE_WORD_SKELETON


def _people(
    titles: list[Title], known: list[Match], by_surname: Mapping[int, int]
) -> list[PersonFound]:
    """One person per surname (or existing participant), in order of first title."""
    by_key: dict[str | int, PersonFound] = {}
    for title in titles:
        if not title.name:
            continue
        existing = _known_at(known, title)
        surely = existing is not None or title.name_start not in by_surname
        if existing is None:
            existing = by_surname.get(title.name_start)
        surname = title.surname if _matchable_alone(title) else ""
        person = PersonFound(title.name, surname, title.role, title.office, title.state_id,
                             [(title.name_start, title.name_end)], existing,
                             not surely)  # fmt: skip
        key: str | int = existing if existing is not None else person.key
        have = by_key.get(key)
        if have is None:
            by_key[key] = person
            continue
        have.spans += person.spans
        if len(person.name) > len(have.name):
            have.name, have.surname = person.name, person.surname or have.surname
        if have.state_id is None:
            have.state_id, have.role, have.office = person.state_id, person.role, person.office
    return list(by_key.values())


def _in_other_script(people: list[PersonFound], holders: Holders) -> None:
    """A new person whose office and state an archive's person holds, under the same name in
    the other script (Emmanuel Macron, إيمانويل ماكرون: one consonant skeleton), is that person;
    an office the text gives no state ("Foreign Minister Youssef Rajji") is looked for among
    the holders of that office of every state, the one of that name in the other script."""
    for person in people:
        if person.participant_id is not None or not person.role:
            continue
        arabic_name = scripts.has_letter(person.name)
        same = [
            p.id
            for p in holders(person.state_id, person.role)
            if any(
                n and scripts.has_letter(n) != arabic_name and same_skeleton(person.name, n)
                for n in (p.name, p.name_ar, p.name_en)
            )
        ]
        if len(set(same)) == 1:
            person.participant_id, person.other_script = same[0], True


def _holders(
    known: list[Match], people: list[PersonFound], participants: Mapping[int, Participant]
) -> list[PersonFound]:
    """The archive's people the text names without a title who hold an office of a state
    (their role and parent): "ماكرون ... الرئيس الفرنسي" is one person."""
    offices = {role: key for key, role in load_titles().roles.items()}
    titled = {p.participant_id for p in people}
    out: dict[int, PersonFound] = {}
    for match in known:
        p = participants[match.participant_id]
        if p.id not in titled and p.role in offices and p.parent_id is not None:
            out.setdefault(p.id, PersonFound(p.name, "", p.role, offices[p.role], p.parent_id,
                                             [], p.id))  # fmt: skip
    return list(out.values())


def _matchable_alone(title: Title) -> bool:
    """A surname found alone names the person unless it is short or the whole name."""
    letters = sum(ch.isalpha() for ch in title.surname)
    return letters >= _MIN_SURNAME and title.surname != title.name


def _offices_alone(titles: list[Title], people: list[PersonFound]) -> dict[int, list[str]]:
    """Give each office named alone to its one holder in the text, or to its state."""
    alone = [t for t in titles if not t.name]
    states: dict[str, set[int]] = {}
    for title in alone:
        if title.state_id is not None:
            states.setdefault(title.office, set()).add(title.state_id)
    for person in people:
        english = not scripts.has_letter(person.name)  # Arabic: the home state, unnamed
        if english and person.state_id is None and len(states.get(person.office, ())) == 1:
            person.state_id = next(iter(states[person.office]))
    offices: dict[int, list[str]] = {}
    for title in alone:
        if title.state_id is None:
            continue
        holders = [p for p in people if (p.office, p.state_id) == (title.office, title.state_id)]
        if len(holders) == 1:
            holders[0].spans.append((title.start, title.end))
        elif title.role not in offices.setdefault(title.state_id, []):
            offices[title.state_id].append(title.role)
    return offices


def _find_alone(
    text: str, people: list[PersonFound], found: list[Match], tokens: list[arabic.Token]
) -> None:
    """Add the places the text names new people alone (their full name or surname)."""
    entries = []
    for n, person in enumerate(people):
        if person.participant_id is not None and not person.other_script:
            continue  # an archive's person is found by their aliases (not yet, in this script)
        for k, alias in enumerate(person.aliases):
            terms = alias_terms(alias)
            if terms:
                english_surname = k > 0 and not scripts.has_letter(alias)
                entries.append(AliasEntry(-(n * 10 + k + 1), -(n + 1), alias, terms, "name",
                                          english_surname))  # fmt: skip
    if not entries:
        return
    taken = [(m.start, m.end) for m in found]
    for match in Matcher(entries).find(text, tokens):
        person = people[-match.participant_id - 1]
        span = (match.start, match.end)
        inside = any(a <= span[0] and span[1] <= b for a, b in person.spans)
        if not inside and not any(a < span[1] and span[0] < b for a, b in taken):
            person.spans.append(span)
