"""Another copy is sent a document's plain text (a payload is JSON) and stores it packed."""

from __future__ import annotations

from sync_copies import payload_of, send


def test_another_copy_is_sent_plain_text_and_stores_it_packed(two, texts) -> None:
    a, b = two
    a.import_paths(texts("talks.txt", "defence.txt", "summit.txt"))
    kinds = {r[0] for r in a.db.execute("SELECT typeof(text) FROM document")}
    assert kinds == {"blob"}
    payload = payload_of(a)
    assert {d["text"] for d in payload.documents} == {a.document(i).text for i in a.document_ids()}
    send(a, b)
    assert {r[0] for r in b.db.execute("SELECT typeof(text) FROM document")} == {"blob"}
    assert sorted(b.document(i).text for i in b.document_ids()) == sorted(
        a.document(i).text for i in a.document_ids()
    )
