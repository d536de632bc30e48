"""Reading a .qdpx whole before anything is stored: the zip checked as a bundle's is (sizes,
names, links, bombs), ``project.qde`` parsed without a DTD or entities, every text source read
as UTF-8 and every selection checked against its text. A bad file is refused (``BadProject``)
naming the entry or element and the reason."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from archiver.core.bundle import zipcheck
from archiver.core.bundle.manifest import Limits
from archiver.core.errors import BadProject
from archiver.core.exchange.qdpx.project import Code, Note, Project, Selection, Source
from archiver.core.exchange.qdpx.vocabulary import INTERNAL, NS, PROJECT_ENTRY, Q
from archiver.core.progress import Cancelled, CancelToken, Progress, no_progress

LIMITS = Limits(max_entries=100_000, max_directory_bytes=32 << 20, max_total_bytes=8 << 30,
                max_entry_bytes=1 << 30, max_payload_bytes=256 << 20)  # fmt: skip
"""What a project may hold (``max_payload_bytes``: project.qde, parsed in memory)."""
MAX_TEXT_BYTES = 64 << 20  # one text source, read in memory
_CHUNK = 1 << 20
_OTHER_SOURCES = {"PictureSource": "picture sources", "PDFSource": "PDF sources",
                  "AudioSource": "audio sources", "VideoSource": "video sources"}  # fmt: skip
_LEFT_OUT = {"Variables": "variables", "Cases": "cases", "Sets": "sets", "Graphs": "graphs",
             "Links": "links"}  # fmt: skip


def _name_refusal(name: str) -> str | None:
    """Why an entry name is refused: the bundle's rules for paths, any name otherwise."""
    reason = zipcheck.name_refusal(name)
    return reason if reason and not reason.startswith("it is not a part of a bundle") else None


def read_project(
    path: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Project:
    """The project in a .qdpx, every part checked; BadProject when any part is bad."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BadProject(str(path), "", f"cannot be read ({exc.strerror or exc})") from None
    with handle:
        try:
            return _read(path, handle, progress or no_progress, cancel)
        except zipcheck.Refusal as refusal:
            raise BadProject(str(path), refusal.entry, refusal.reason) from None


def _read(path: Path, handle: BinaryIO, progress: Progress, cancel: CancelToken | None) -> Project:
    zipcheck.check_directory_size(handle, LIMITS)
    try:
        zf = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise zipcheck.Refusal("", f"it is not a readable zip file ({exc})") from None
    with zf:
        infos = zf.infolist()
        zipcheck.check_entries(infos, LIMITS, _name_refusal, folders=True)
        entries = {i.orig_filename: i for i in infos if not i.orig_filename.endswith("/")}
        if PROJECT_ENTRY not in entries:
            raise zipcheck.Refusal("", f"it holds no {PROJECT_ENTRY} (is it a REFI-QDA project?)")
        root = _parse(_entry(zf, entries[PROJECT_ENTRY], LIMITS.max_payload_bytes))
        project = _project(root)
        _sources(project, root, zf, entries, progress, cancel)
        _notes(project, root, zf, entries)
    return project


def _entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """One entry's bytes, counted while unpacked (the header's size is not trusted)."""
    parts: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as stream:
            while block := stream.read(_CHUNK):
                size += len(block)
                if size > cap:
                    raise zipcheck.Refusal(info.orig_filename,
                                           f"it unpacks to more than {cap:,} bytes")  # fmt: skip
                if size > LIMITS.ratio_floor and size > LIMITS.max_ratio * max(
                    1, info.compress_size
                ):
                    raise zipcheck.Refusal(info.orig_filename, "it unpacks to more than "
                                           f"{LIMITS.max_ratio} times its packed size (a zip bomb)")  # fmt: skip
                parts.append(block)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # zlib.error is OSError's
        raise zipcheck.Refusal(info.orig_filename, f"cannot be unpacked ({exc})") from None
    return b"".join(parts)


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)  # fmt: skip
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        raise zipcheck.Refusal(PROJECT_ENTRY, f"is not well-formed XML ({exc})") from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise zipcheck.Refusal(PROJECT_ENTRY, "declares a DTD (a REFI-QDA project has none)")
    root = tree.getroot()
    if root.tag != Q + "Project":
        raise zipcheck.Refusal(PROJECT_ENTRY, f"its root is {root.tag!r}, not a Project of the "
                               f"namespace {NS}")  # fmt: skip
    if any(isinstance(node, etree._Entity) for node in root.iter()):
        raise zipcheck.Refusal(PROJECT_ENTRY, "holds entity references")
    return root


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return element.find(Q + name)


def _text(element: etree._Element, name: str) -> str:
    found = element.find(Q + name)
    return (found.text or "") if found is not None else ""


def _project(root: etree._Element) -> Project:
    project = Project(root.get("name") or "", root.get("origin") or "")
    users = _child(root, "Users")
    for user in users.iterfind(Q + "User") if users is not None else ():
        if user.get("guid"):
            project.users[user.get("guid", "")] = user.get("name") or ""
    book = _child(root, "CodeBook")
    codes = _child(book, "Codes") if book is not None else None
    if codes is not None:
        _codes(project, codes, None, ())
    for tag, words in _LEFT_OUT.items():
        found = _child(root, tag)
        if found is not None and len(found):
            project.skipped[words] += len(found)
    return project


def _codes(project: Project, parent: etree._Element, above: str | None,
           path: tuple[str, ...]) -> None:  # fmt: skip
    for element in parent.iterfind(Q + "Code"):
        guid = _guid(element, "Code")
        name = (element.get("name") or "").strip() or "(unnamed)"
        if guid in project.codes:
            raise zipcheck.Refusal(PROJECT_ENTRY, f"code {name!r}: its GUID {guid} is used twice")
        code = Code(guid, name, element.get("isCodable", "true").strip() in ("true", "1"),
                    _text(element, "Description"), element.get("color") or "", above,
                    (*path, name))  # fmt: skip
        code.notes = _note_refs(element)
        project.codes[guid] = code
        _codes(project, element, guid, code.path)


def _guid(element: etree._Element, what: str) -> str:
    guid = (element.get("guid") or "").strip().strip("{}").lower()
    if not guid:
        raise zipcheck.Refusal(PROJECT_ENTRY, f"a {what} element (line {element.sourceline}) has "
                               "no guid")  # fmt: skip
    return guid


def _sources(project: Project, root: etree._Element, zf: zipfile.ZipFile,
             entries: dict[str, zipfile.ZipInfo], progress: Progress,
             cancel: CancelToken | None) -> None:  # fmt: skip
    holder = _child(root, "Sources")
    if holder is None:
        return
    elements = list(holder)
    for done, element in enumerate(elements, 1):
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        kind = etree.QName(element).localname
        if kind != "TextSource":
            project.skipped[_OTHER_SOURCES.get(kind, "other sources")] += 1
            continue
        source = _text_source(project, element, zf, entries)
        if source is not None:
            project.sources.append(source)
            progress(done, len(elements), source.name)


def _text_source(project: Project, element: etree._Element, zf: zipfile.ZipFile,
                 entries: dict[str, zipfile.ZipInfo]) -> Source | None:  # fmt: skip
    guid = _guid(element, "TextSource")
    name = (element.get("name") or "").strip() or guid
    where = f"text source {name!r}"
    located = _source_bytes(element, zf, entries, where)
    if located is None:  # outside the project (absolute:// or relative://): not ours to read
        project.skipped["text sources outside the project"] += 1
        return None
    entry, raw = located
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise zipcheck.Refusal(entry, f"{where}: its text is not UTF-8 ({exc.reason} at byte "
                               f"{exc.start})") from None  # fmt: skip
    text = text.removeprefix("\ufeff")
    if "atlas" in project.origin.lower():  # ATLAS.ti counts a CRLF as one character (QualCoder's
        text = text.replace("\r\n", "\n")  # reader knows it too); the others count it as two
    source = Source(guid, name, entry, text, raw, _text(element, "Description"),
                    created=element.get("creationDateTime"))  # fmt: skip
    for node in element.iterfind(Q + "PlainTextSelection"):
        source.selections.append(_selection(project, node, source, where))
    source.codings = _codings(project, element, where)
    source.notes = _note_refs(element)
    return source


def _source_bytes(element: etree._Element, zf: zipfile.ZipFile,
                  entries: dict[str, zipfile.ZipInfo], where: str) -> tuple[str, bytes] | None:  # fmt: skip
    inline = _child(element, "PlainTextContent")
    if inline is not None:
        return "PlainTextContent", (inline.text or "").encode("utf-8")
    target = element.get("plainTextPath") or ""
    if not target.startswith(INTERNAL):
        if target:
            return None
        raise zipcheck.Refusal(PROJECT_ENTRY, f"{where} has neither a plainTextPath nor a "
                               "PlainTextContent")  # fmt: skip
    wanted = target[len(INTERNAL) :].lstrip("/")
    by_name = {n.casefold(): n for n in entries}
    found = by_name.get(f"sources/{wanted}".casefold())
    if found is None:
        raise zipcheck.Refusal(f"sources/{wanted}", f"{where} names it, but the project does "
                               "not hold it")  # fmt: skip
    return found, _entry(zf, entries[found], MAX_TEXT_BYTES)


def _position(node: etree._Element, name: str, where: str) -> int:
    value = (node.get(name) or "").strip()
    if not value.lstrip("-").isdigit():
        raise zipcheck.Refusal(PROJECT_ENTRY, f"{where}: {name} {value!r} is not a whole number")
    return int(value)


def _selection(project: Project, node: etree._Element, source: Source, where: str) -> Selection:
    guid = _guid(node, "PlainTextSelection")
    here = f"{where}, selection {guid} (line {node.sourceline})"
    start = _position(node, "startPosition", here)
    end = _position(node, "endPosition", here)
    if not 0 <= start <= end <= len(source.text):
        raise zipcheck.Refusal(PROJECT_ENTRY, f"{here}: characters {start}–{end} are not inside "
                               f"its text of {len(source.text):,} characters")  # fmt: skip
    found = Selection(guid, start, end, _text(node, "Description"),
                      _codings(project, node, here), created=node.get("creationDateTime"))  # fmt: skip
    found.notes = _note_refs(node)
    found.user = (node.get("creatingUser") or "").strip("{}").lower()
    return found


def _note_refs(element: etree._Element) -> list[str]:
    return [
        (n.get("targetGUID") or "").strip("{}").lower() for n in element.iterfind(Q + "NoteRef")
    ]


def _codings(project: Project, node: etree._Element, where: str) -> list[tuple[str, str]]:
    found = []
    for coding in node.iterfind(Q + "Coding"):
        ref = coding.find(Q + "CodeRef")
        code = (ref.get("targetGUID") or "").strip("{}").lower() if ref is not None else ""
        if code not in project.codes:
            raise zipcheck.Refusal(PROJECT_ENTRY, f"{where}: a coding names code {code or '(none)'}"
                                   ", which the code book does not hold")  # fmt: skip
        found.append(((coding.get("guid") or "").strip("{}").lower(), code))
    return found


def _notes(project: Project, root: etree._Element, zf: zipfile.ZipFile,
           entries: dict[str, zipfile.ZipInfo]) -> None:  # fmt: skip
    holder = _child(root, "Notes")
    for element in holder.iterfind(Q + "Note") if holder is not None else ():
        guid = _guid(element, "Note")
        name = element.get("name") or ""
        located = None
        if _child(element, "PlainTextContent") is not None or element.get("plainTextPath"):
            located = _source_bytes(element, zf, entries, f"note {name or guid!r}")
        text = located[1].decode("utf-8", "replace").removeprefix("\ufeff") if located else ""
        note = Note(guid, name, text, user=(element.get("creatingUser") or "").strip("{}").lower(),
                    created=element.get("creationDateTime"),
                    modified=element.get("modifiedDateTime"))  # fmt: skip
        inner = element.find(Q + "PlainTextSelection")
        if inner is not None:
            where = f"note {name or guid!r}"
            note.selection = (_position(inner, "startPosition", where),
                              _position(inner, "endPosition", where))  # fmt: skip
        project.notes[guid] = note
