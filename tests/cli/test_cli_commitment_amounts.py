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


def test_a_quantity_with_scale_words_is_stored_at_its_scale(run, doc: int):
    """--quantity "1.5 billion" stores 1500000000, not 1.5; Arabic digits and words too."""
    pledge = _add(run, doc, "--status", "pledged", "--quote-text", "بتقديم 500 مليون يورو",
                  "--quantity", "1.5 billion", "--unit", "GBP")  # fmt: skip
    assert pledge["quantity"] == 1_500_000_000
    arabic = _add(run, doc, "--status", "delivered", "--quote-text", "وسلمت فرنسا",
                  "--quantity", "٢٠٠ مليون", "--unit", "EUR")  # fmt: skip
    assert arabic["quantity"] == 200_000_000
    code, out, err = run("commitments", "add", str(doc), "--actor", "France", "--category",
                         "troops", "--status", "offered", "--what", "x", "--quote-text",
                         "تعهدت فرنسا", "--quantity", "2 thousand", "--unit", "troops")  # fmt: skip
    assert code == 0, err
    assert "(2,000 troops)" in out  # the figure stored, said back
    code, out, _ = run("commitments", "list")
    assert "(1,500,000,000 GBP)" in out and "(200,000,000 EUR)" in out

    code, out, err = run("commitments", "edit", str(pledge["id"]), "--quantity", "٢ ألف", "--json")
    assert code == 0, err
    assert json.loads(out)["quantity"] == 2000


def test_an_unreadable_quantity_is_refused_naming_the_field(run, doc: int):
    """Exit 1 (a domain error, not argparse's usage error), the field and the text named,
    nothing recorded or changed."""
    code, out, err = run("commitments", "add", str(doc), "--actor", "France", "--category",
                         "financial", "--status", "pledged", "--what", "x", "--quote-text",
                         "تعهدت فرنسا", "--quantity", "1.5 bilion", "--unit", "GBP")  # fmt: skip
    assert (code, out) == (1, "")
    assert err.strip() == 'archiver: quantity: cannot read "1.5 bilion" as a number'
    assert run("commitments", "list")[1].strip().endswith("0 commitment(s)")
    pledge = _add(run, doc, "--status", "pledged", "--quote-text", "بتقديم 500 مليون يورو",
                  "--quantity", "500 مليون", "--unit", "EUR")  # fmt: skip
    code, _out, err = run("commitments", "edit", str(pledge["id"]), "--quantity", "5 tn")
    assert code == 1 and 'quantity: cannot read "5 tn"' in err and "tonnes or trillion" in err
    code, out, _ = run("commitments", "list", "--json")
    assert json.loads(out)["commitments"][0]["quantity"] == 500_000_000
