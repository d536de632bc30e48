"""Issue 13 on the command line: amounts with their unit, the new statuses, a delivery that
fulfils a pledge, and ``commitments edit``."""

from __future__ import annotations

import csv
import io
import json

TEXT = "تعهدت فرنسا بتقديم 500 مليون يورو لأوكرانيا.\nوسلمت فرنسا 200 مليون يورو."


def _add(run, doc: int, *extra: str) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = run("commitments", "add", str(doc), "--actor", "France", "--category",
                         "financial", "--what", "x", "--json", *extra)  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def test_amounts_statuses_and_fulfils_on_the_command_line(run, doc: int):
    pledge = _add(run, doc, "--status", "pledged", "--quote-text", "بتقديم 500 مليون يورو",
                  "--quantity", "500000000", "--unit", "EUR")  # fmt: skip
    delivery = _add(run, doc, "--status", "partly_delivered", "--quote-text", "وسلمت فرنسا",
                    "--quantity", "2e8", "--unit", "EUR", "--fulfils", str(pledge["id"]))  # fmt: skip
    assert (delivery["fulfils_id"], delivery["unit"]) == (pledge["id"], "EUR")
    code, _out, err = run("commitments", "add", str(doc), "--actor", "France", "--category",
                          "troops", "--status", "pledged", "--what", "x", "--quote-text",
                          "تعهدت فرنسا", "--quantity", "30")  # fmt: skip
    assert code != 0 and "unit or currency" in err
    code, out, _ = run("commitments", "list")
    assert "500,000,000 EUR" in out and f"fulfils #{pledge['id']}" in out
    assert "partly_delivered" in out

    code, out, err = run("commitments", "edit", str(pledge["id"]), "--status", "considering",
                         "--quantity", "450000000", "--json")  # fmt: skip
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["status"], edited["quantity"], edited["unit"]) == ("considering", 450e6, "EUR")
    code, _out, err = run("commitments", "edit", str(delivery["id"]), "--status", "refused")
    assert code != 0 and "only a delivery" in err
    assert run("commitments", "edit", str(delivery["id"]))[0] != 0  # nothing to change
    assert run("commitments", "edit", "999", "--status", "pledged")[0] != 0
    code, out, _ = run("commitments", "edit", str(delivery["id"]), "--no-fulfils", "--no-quantity")
    assert code == 0 and "fulfils_id" in out

    code, out, _ = run("export", "commitments", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[pledge["id"]]["unit"] == "EUR" and by_id[pledge["id"]]["quantity"] == "450000000.0"
    assert by_id[delivery["id"]]["fulfils_id"] == "" and by_id[delivery["id"]]["unit"] == ""
