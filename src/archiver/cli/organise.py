"""The organising commands: free tags, collections and saved searches (see docs/organise.md)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from archiver.cli.common import Handler, Subparsers, natural, positive, print_json, reading, writing
from archiver.cli.documents import print_hits
from archiver.core.change_words import describe

if TYPE_CHECKING:
    from archiver.core.annotations.model import TagNode
    from archiver.core.archive import Archive
    from archiver.core.changes import Change


def register(sub: Subparsers) -> dict[str, Handler]:
    """Add ``tags``, ``collections`` and ``saved``."""
    _add_tags(sub)
    _add_collections(sub)
    _add_saved(sub)
    return {"tags": _tags, "collections": _collections, "saved": _saved}


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def _add_tags(sub: Subparsers) -> None:
    tags = sub.add_parser("tags", help="free tags on documents (hierarchical: region/levant)")
    acts = tags.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, words in (("add", "put tags on a document"), ("remove", "take tags off a document")):
        p = acts.add_parser(name, help=words + " (one undoable change)")
        p.add_argument("id", type=positive, metavar="ID")
        p.add_argument("tags", nargs="+", metavar="TAG")
        _json_flag(p)
    p = acts.add_parser("list", help="every tag with its documents, as a tree")
    _json_flag(p)
    p = acts.add_parser("rename", help="rename a tag and the tags under it (onto one that "
                        "exists: merged)")  # fmt: skip
    p.add_argument("old", metavar="TAG")
    p.add_argument("new", metavar="NEW")
    _json_flag(p)
    p = acts.add_parser("delete", help="delete a tag and the tags under it (documents stay)")
    p.add_argument("tag", metavar="TAG")
    _json_flag(p)


def _add_collections(sub: Subparsers) -> None:
    coll = sub.add_parser("collections", help="collections of documents (hierarchical: A/B)")
    acts = coll.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acts.add_parser("add", help="make a collection (A/B makes B under A, and A if missing)")
    p.add_argument("name", metavar="NAME")
    _json_flag(p)
    p = acts.add_parser("remove", help="delete a collection and those under it (documents stay)")
    p.add_argument("name", metavar="NAME")
    _json_flag(p)
    for name, words in (("put", "put documents into a collection"),
                        ("take", "take documents out of a collection")):  # fmt: skip
        p = acts.add_parser(name, help=words + " (one undoable change)")
        p.add_argument("name", metavar="NAME")
        p.add_argument("ids", nargs="+", type=positive, metavar="ID")
        _json_flag(p)
    p = acts.add_parser("list", help="every collection with its documents")
    _json_flag(p)
    p = acts.add_parser("rename", help="give a collection another name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new", metavar="NEW")
    _json_flag(p)
    p = acts.add_parser("move", help="put a collection under another (--top: at the top)")
    p.add_argument("name", metavar="NAME")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--into", metavar="PARENT")
    where.add_argument("--top", action="store_true")
    _json_flag(p)


def _add_saved(sub: Subparsers) -> None:
    saved = sub.add_parser("saved", help="saved searches: a query under a name, run live")
    acts = saved.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = acts.add_parser("add", help="save a query under a name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("query", metavar="QUERY")
    _json_flag(p)
    p = acts.add_parser("remove", help="delete a saved search")
    p.add_argument("name", metavar="NAME")
    _json_flag(p)
    p = acts.add_parser("rename", help="give a saved search another name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new", metavar="NEW")
    _json_flag(p)
    p = acts.add_parser("list", help="every saved search with its query")
    _json_flag(p)
    p = acts.add_parser("run", help="run a saved search now")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--limit", type=positive, default=20)
    p.add_argument("--offset", type=natural, default=0)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    _json_flag(p)


def _changed(change: Change, args: argparse.Namespace, **more: Any) -> int:
    """Print what a change did (its words, or JSON) and say undo takes it back."""
    if args.json:
        print_json({"what": describe(change, {}), "change": change.to_json(), **more})
    elif change.id:
        print(f"{describe(change, {})} (archiver undo takes it back)")
    else:
        print("nothing to change: it is so already")
    return 0


# -- tags ---------------------------------------------------------------------------------


def _tags(args: argparse.Namespace) -> int:
    actions = {"list": reading(_tags_list), "add": writing(_tags_add),
               "remove": writing(_tags_remove), "rename": writing(_tags_rename),
               "delete": writing(_tags_delete)}  # fmt: skip
    return actions[args.action](args)


def _tags_add(archive: Archive, args: argparse.Namespace) -> int:
    return _changed(archive.annotations.tags.add_many([args.id], args.tags), args)


def _tags_remove(archive: Archive, args: argparse.Namespace) -> int:
    return _changed(archive.annotations.tags.remove_many([args.id], args.tags), args)


def _tags_rename(archive: Archive, args: argparse.Namespace) -> int:
    return _changed(archive.annotations.tags.rename(args.old, args.new), args)


def _tags_delete(archive: Archive, args: argparse.Namespace) -> int:
    return _changed(archive.annotations.tags.delete(args.tag), args)


def _tags_list(archive: Archive, args: argparse.Namespace) -> int:
    tags = archive.annotations.tags
    if args.json:
        print_json({"tags": [t.to_json() for t in tags.all()],
                    "tree": [n.to_json() for n in tags.tree()]})  # fmt: skip
        return 0
    tree = tags.tree()
    if not tree:
        print("no tags yet (archiver tags add ID TAG)")
    for line in _tree_lines(tree, 0):
        print(line)
    return 0


def _tree_lines(nodes: tuple[TagNode, ...] | list[TagNode], depth: int) -> list[str]:
    lines = []
    for node in nodes:
        own = f", {node.count} itself" if node.children and node.count != node.total else ""
        lines.append(f"{'  ' * depth}{node.name if depth else node.path}  ({node.total}{own})")
        lines += _tree_lines(node.children, depth + 1)
    return lines


# -- collections --------------------------------------------------------------------------


def _collections(args: argparse.Namespace) -> int:
    actions = {"list": reading(_collections_list), "add": writing(_collections_add),
               "remove": writing(_collections_remove), "put": writing(_collections_put),
               "take": writing(_collections_take), "rename": writing(_collections_rename),
               "move": writing(_collections_move)}  # fmt: skip
    return actions[args.action](args)


def _collections_add(archive: Archive, args: argparse.Namespace) -> int:
    change = archive.annotations.collections.add(args.name)
    return _changed(change, args, collection=change.extra.get("collection"))


def _collections_remove(archive: Archive, args: argparse.Namespace) -> int:
    coll = archive.annotations.collections
    return _changed(coll.delete(coll.find(args.name).id), args)


def _collections_put(archive: Archive, args: argparse.Namespace) -> int:
    coll = archive.annotations.collections
    return _changed(coll.put(coll.find(args.name).id, args.ids), args)


def _collections_take(archive: Archive, args: argparse.Namespace) -> int:
    coll = archive.annotations.collections
    return _changed(coll.take(coll.find(args.name).id, args.ids), args)


def _collections_rename(archive: Archive, args: argparse.Namespace) -> int:
    coll = archive.annotations.collections
    return _changed(coll.rename(coll.find(args.name).id, args.new), args)


def _collections_move(archive: Archive, args: argparse.Namespace) -> int:
    coll = archive.annotations.collections
    parent = None if args.top else coll.find(args.into).id
    return _changed(coll.move(coll.find(args.name).id, parent), args)


def _collections_list(archive: Archive, args: argparse.Namespace) -> int:
    found = archive.annotations.collections.all()
    if args.json:
        print_json({"collections": [c.to_json() for c in found]})
        return 0
    if not found:
        print("no collections yet (archiver collections add NAME)")
    for c in found:
        depth = c.path.count("/")
        own = f", {c.count} itself" if c.count != c.total else ""
        print(f"{'  ' * depth}{c.name if depth else c.path}  ({c.total}{own})")
    return 0


# -- saved searches -----------------------------------------------------------------------


def _saved(args: argparse.Namespace) -> int:
    actions = {"list": reading(_saved_list), "run": reading(_saved_run),
               "add": writing(_saved_add), "remove": writing(_saved_remove),
               "rename": writing(_saved_rename)}  # fmt: skip
    return actions[args.action](args)


def _saved_add(archive: Archive, args: argparse.Namespace) -> int:
    change = archive.annotations.saved.add(args.name, args.query)
    return _changed(change, args, saved_search=change.extra.get("saved_search"))


def _saved_remove(archive: Archive, args: argparse.Namespace) -> int:
    saved = archive.annotations.saved
    return _changed(saved.remove(saved.find(args.name).id), args)


def _saved_rename(archive: Archive, args: argparse.Namespace) -> int:
    saved = archive.annotations.saved
    return _changed(saved.rename(saved.find(args.name).id, args.new), args)


def _saved_list(archive: Archive, args: argparse.Namespace) -> int:
    found = archive.annotations.saved.all()
    if args.json:
        print_json({"saved": [s.to_json() for s in found]})
        return 0
    if not found:
        print("no saved searches yet (archiver saved add NAME QUERY)")
    for s in found:
        print(f"{s.name}\t{s.query}")
    return 0


def _saved_run(archive: Archive, args: argparse.Namespace) -> int:
    saved = archive.annotations.saved.find(args.name)
    result = archive.run_saved_search(saved.id, limit=args.limit, offset=args.offset,
                                      sort=args.sort)  # fmt: skip
    if args.json:
        print_json({"name": saved.name, **result.to_json()})
        return 0
    print(f"{saved.name}: {saved.query}")
    print_hits(result)
    return 0
