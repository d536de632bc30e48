"""The project document of an export: the code tree, the sources and their coded selections,
built from a payload (``core.sync``: every record in UUID terms, so GUIDs are record UUIDs)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from archiver import __version__
from archiver.core.annotations.model import CATEGORIES, STATUSES
from archiver.core.exchange.qdpx import vocabulary as v
from archiver.core.exchange.qdpx.about import about_lines, collection_paths
from archiver.core.exchange.qdpx.notes import write_notes
from archiver.core.exchange.qdpx.vocabulary import Q
from archiver.core.sync.payload import Payload

Row = dict[str, Any]
_RGB = ("#",)
_DECIDED = ("manual", "confirmed")  # mentions a user stands by (suggestions and rejections not)


@dataclass
class Built:
    """A project document and what it holds (the report's counts)."""

    root: etree._Element
    texts: dict[str, str]  # source entry name -> its text
    counts: dict[str, int] = field(default_factory=dict)


def build(payload: Payload, name: str, user: str) -> Built:
    """The project document of a payload, coded by ``user`` (the archive's author)."""
    user_guid = v.derived_guid("user", user)
    root = etree.Element(Q + "Project", nsmap={None: v.NS}, name=v.xml_text(name),
                         origin=f"Archiver {__version__}", creatingUserGUID=user_guid,
                         creationDateTime=v.xml_time(payload.created))  # fmt: skip
    users = etree.SubElement(root, Q + "Users")
    etree.SubElement(users, Q + "User", guid=user_guid, name=v.xml_text(user))
    records = payload.records
    people = {p["uuid"]: p for p in records.get("participant", [])}
    tags = {t["uuid"]: t for t in records.get("tag", [])}
    aliases: dict[str, list[v.Alias]] = defaultdict(list)  # participant UUID -> its aliases
    for alias in records.get("participant_alias", []):
        aliases[str(alias["participant"])].append((str(alias["alias"]), str(alias["kind"]),
                                                   bool(alias.get("case_sensitive"))))  # fmt: skip
    codebook(root, people, tags, aliases)
    texts, counts = sources(root, payload, people, tags, user_guid)

    def user_of(name: str) -> str:
        """The GUID of a memo's author, a User added the first time."""
        guid = v.derived_guid("user", name or user)
        if users.find(f"{Q}User[@guid='{guid}']") is None:
            etree.SubElement(users, Q + "User", guid=guid, name=v.xml_text(name or user))
        return guid

    counts["notes"] = write_notes(root, records, user_of)
    counts["participants"] = len(people)
    counts["tags"] = len(tags)
    return Built(root, texts, counts)


# -- the code tree --------------------------------------------------------------------------


def _code(parent: etree._Element, guid: str, name: str, codable: bool,
          description: str = "", color: str = "") -> etree._Element:  # fmt: skip
    code = etree.SubElement(parent, Q + "Code", guid=guid, name=v.xml_text(name) or "(unnamed)",
                            isCodable="true" if codable else "false")  # fmt: skip
    if color.startswith(_RGB) and len(color) in (4, 7):
        code.set("color", color)
    if description:
        etree.SubElement(code, Q + "Description").text = v.xml_text(description)
    return code


def codebook(
    root: etree._Element, people: dict[str, Row], tags: dict[str, Row],
    aliases: dict[str, list[v.Alias]],
) -> None:  # fmt: skip
    """Participants (by their parents, with their aliases), commitment categories and
    statuses, and free tags."""
    codes = etree.SubElement(etree.SubElement(root, Q + "CodeBook"), Q + "Codes")
    top = _code(codes, v.ROOTS[v.PARTICIPANTS], v.PARTICIPANTS, False,
                "States, people and organisations of the Archiver project "
                + v.MARKER.format("participants"))  # fmt: skip
    children: dict[str | None, list[Row]] = defaultdict(list)
    for person in people.values():
        parent = person.get("parent")
        children[parent if parent in people else None].append(person)
    _participants(top, children, None, set(), aliases)
    commitments = _code(codes, v.ROOTS[v.COMMITMENTS], v.COMMITMENTS, False,
                        "Commitments: their categories and statuses "
                        + v.MARKER.format("commitments"))  # fmt: skip
    category = _code(commitments, v.CATEGORY_ROOT, v.CATEGORY, False)
    for name in CATEGORIES:
        _code(category, v.category_guid(name), name, True)
    status = _code(commitments, v.STATUS_ROOT, v.STATUS, False)
    for name in STATUSES:
        _code(status, v.status_guid(name), name, True)
    if tags:
        _tag_tree(_code(codes, v.ROOTS[v.TAGS], v.TAGS, False,
                        "Free tags of documents and quotes " + v.MARKER.format("tags")), tags)  # fmt: skip


def _participants(
    parent: etree._Element, children: dict[str | None, list[Row]], key: str | None,
    seen: set[str], aliases: dict[str, list[v.Alias]],
) -> None:  # fmt: skip
    for person in sorted(children.get(key, []), key=lambda p: str(p["name"]).casefold()):
        if person["uuid"] in seen:  # a parent loop: each participant once
            continue
        seen.add(person["uuid"])
        code = _code(parent, person["uuid"], person["name"], True,
                     v.participant_lines(person, aliases.get(person["uuid"], [])),
                     str(person.get("color") or ""))  # fmt: skip
        _participants(code, children, person["uuid"], seen, aliases)


def _tag_tree(parent: etree._Element, tags: dict[str, Row]) -> None:
    """Tags by their path ("region/levant" under "region"); a level no tag is named gets a code
    of its own, not codable."""
    by_path = {str(t["name"]).casefold(): t for t in tags.values()}
    made: dict[str, etree._Element] = {}
    for path in sorted(by_path):
        parts = [p for p in str(by_path[path]["name"]).split("/") if p.strip()]
        under = parent
        for depth in range(1, len(parts) + 1):
            here = "/".join(parts[:depth]).casefold()
            if here not in made:
                tag = by_path.get(here)
                guid = tag["uuid"] if tag else v.fixed_guid(f"tag-level:{here}")
                made[here] = _code(under, guid, parts[depth - 1].strip(), tag is not None)
            under = made[here]


# -- sources and selections -----------------------------------------------------------------


def entry_name(doc: Row) -> str:
    """The zip entry of a document's text."""
    return f"{v.SOURCES}{doc['uuid']}.txt"


def sources(
    root: etree._Element, payload: Payload, people: dict[str, Row], tags: dict[str, Row],
    user: str,
) -> tuple[dict[str, str], dict[str, int]]:  # fmt: skip
    """One TextSource a document, its selections coded; the texts to write under sources/."""
    records = payload.records
    codes = _span_codes(records, people, tags)
    spans_by_doc: dict[str, list[Row]] = defaultdict(list)
    for span in records.get("span", []):
        if span["uuid"] in codes:
            spans_by_doc[span["document"]].append(span)
    whole = _document_codes(records, people, tags)
    collections = collection_paths(records)
    holder = etree.SubElement(root, Q + "Sources")
    texts: dict[str, str] = {}
    selections = 0
    for doc in payload.documents:
        source = etree.SubElement(holder, Q + "TextSource", guid=doc["uuid"],
                                  name=v.xml_text(doc["title"]) or doc["file_name"],
                                  plainTextPath=v.INTERNAL + entry_name(doc).removeprefix(v.SOURCES),
                                  creatingUser=user,
                                  creationDateTime=v.xml_time(doc.get("imported_at")))  # fmt: skip
        about = about_lines(doc, collections.get(doc["uuid"], []))
        etree.SubElement(source, Q + "Description").text = v.xml_text(about)
        for span in sorted(spans_by_doc.get(doc["uuid"], []), key=lambda s: (s["start"], s["end"])):
            _selection(source, span, codes[span["uuid"]], user)
            selections += 1
        for coding_guid, code_guid in whole.get(doc["uuid"], []):
            _coding(source, coding_guid, code_guid, user)
        texts[entry_name(doc)] = doc["text"]
    return texts, {"documents": len(payload.documents), "selections": selections}


@dataclass
class SpanCodes:
    """The codes of one span: (coding GUID, code GUID) pairs, and its Description."""

    codings: list[tuple[str, str]] = field(default_factory=list)
    description: str = ""


def _span_codes(
    records: dict[str, list[Row]], people: dict[str, Row], tags: dict[str, Row]
) -> dict[str, SpanCodes]:
    """Span UUID -> its codes: a mention's participant, a commitment's category, status and
    actors, the tags the span is coded with."""
    found: dict[str, SpanCodes] = defaultdict(SpanCodes)
    for mention in records.get("mention", []):
        if (
            mention.get("span")
            and mention["method"] in _DECIDED
            and mention["participant"] in people
        ):
            found[mention["span"]].codings.append((mention["uuid"], mention["participant"]))
    actors: dict[str, list[Row]] = defaultdict(list)
    for actor in records.get("commitment_actor", []):
        actors[actor["commitment"]].append(actor)
    for c in records.get("commitment", []):
        if not c.get("span"):
            continue
        here = found[c["span"]]
        here.codings.append((c["uuid"], v.category_guid(c["category"])))
        here.codings.append((v.derived_guid(c["uuid"], "status"), v.status_guid(c["status"])))
        roles: dict[str, list[str]] = defaultdict(list)
        for actor in sorted(actors[c["uuid"]], key=lambda a: a.get("position", 0)):
            person = people.get(actor["participant"])
            if person is not None:
                here.codings.append((v.derived_guid(c["uuid"], person["uuid"]), person["uuid"]))
                roles[actor["role"]].append(str(person["name"]))
        here.description = v.commitment_lines(_fields(c), roles)
    for link in records.get("span_tag", []):
        if link["tag"] in tags:
            found[link["span"]].codings.append((v.derived_guid(link["span"], link["tag"]),
                                                link["tag"]))  # fmt: skip
    return found


def _fields(c: Row) -> dict[str, str]:
    flags = [name for name in v.FLAG_NAMES if c.get(name)]
    quantity = c.get("quantity")
    return {"action": c["action"], "what": c.get("what") or "", "condition": c.get("condition") or "",
            "quantity": _figure(quantity), "unit": c.get("unit") or "",
            "statement date": c.get("statement_date") or "", "target date": c.get("target_date") or "",
            "flags": ", ".join(flags), "notes": " ".join(str(c.get("notes") or "").split())}  # fmt: skip


def _figure(quantity: float | None) -> str:
    """A quantity with every digit (1234567, 2.5): ``:g`` kept six (1.23457e+06)."""
    if quantity is None:
        return ""
    return str(int(quantity)) if quantity.is_integer() else repr(quantity)


def _document_codes(
    records: dict[str, list[Row]], people: dict[str, Row], tags: dict[str, Row]
) -> dict[str, list[tuple[str, str]]]:
    """Document UUID -> codings of the whole text: its tags, participants without a span."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for link in records.get("document_tag", []):
        if link["tag"] in tags:
            found[link["document"]].append((v.derived_guid(link["document"], link["tag"]),
                                            link["tag"]))  # fmt: skip
    for mention in records.get("mention", []):
        if (
            not mention.get("span")
            and mention["method"] in _DECIDED
            and mention["participant"] in people
        ):
            found[mention["document"]].append((mention["uuid"], mention["participant"]))
    return found


def _selection(source: etree._Element, span: Row, codes: SpanCodes, user: str) -> None:
    element = etree.SubElement(source, Q + "PlainTextSelection", guid=span["uuid"],
                               name=v.xml_text(str(span["quote"])[:500]),
                               startPosition=str(span["start"]), endPosition=str(span["end"]),
                               creatingUser=user,
                               creationDateTime=v.xml_time(span.get("created_at")))  # fmt: skip
    if codes.description:
        etree.SubElement(element, Q + "Description").text = codes.description
    for coding_guid, code_guid in dict.fromkeys(codes.codings):
        _coding(element, coding_guid, code_guid, user)


def _coding(parent: etree._Element, guid: str, code: str, user: str) -> None:
    coding = etree.SubElement(parent, Q + "Coding", guid=guid, creatingUser=user)
    etree.SubElement(coding, Q + "CodeRef", targetGUID=code)
