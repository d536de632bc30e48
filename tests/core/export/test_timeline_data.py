"""The timeline: rows of source actors from the commitments view, the layout, the SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from archiver.core.annotations.filters import CommitmentFilter
from archiver.core.annotations.model import Actor, Commitment
from archiver.core.annotations.names import Script
from archiver.core.annotations.status_colors import STATUS_COLORS
from archiver.core.archive import Archive
from archiver.core.export.timeline import day_of, layout, timeline, timeline_of, title_of
from archiver.core.export.timeline_svg import Words, svg
from commitment_sample import import_document, participant_ids, record_sample

SVG = "{http://www.w3.org/2000/svg}"


def commitment(cid: int, day: str | None, *actors: tuple[int, str], **fields) -> Commitment:
    people = [Actor(pid, name, fields.pop("role", "source"), "") for pid, name in actors]
    return Commitment(cid, 1, "pledge", fields.pop("category", "military"),
                      fields.pop("status", "pledged"), fields.pop("what", ""), people,
                      statement_date=day, **fields)  # fmt: skip


def test_rows_are_source_actors_by_name_with_their_marks_oldest_first():
    items = [
        commitment(1, "2025-07-09", (2, "France"), (3, "australia")),
        commitment(2, "2025-03", (2, "France"), target_date="2025-12-31"),
        commitment(3, None, (2, "France")),
        commitment(4, "2025-05-01", (5, "Ukraine"), role="recipient"),
    ]
    tl = timeline_of(items)
    assert [r.name for r in tl.rows] == ["australia", "France"]
    france = tl.rows[1]
    assert [m.commitment_id for m in france.marks] == [2, 1]
    assert france.marks[0].day == day_of("2025-03-01") and france.marks[0].target == day_of(
        "2025-12-31"
    )
    assert tl.undated == 1 and tl.commitments == 2
    only = timeline_of(items, actors={3})
    assert [r.name for r in only.rows] == ["australia"] and only.undated == 0


def test_marks_that_would_touch_go_to_lanes_of_their_own_and_dates_run_left_to_right():
    items = [commitment(i, "2025-07-09", (1, "France"), what="مراقبة وقف إطلاق النار")
             for i in (1, 2, 3)] + [commitment(4, "2026-01-01", (1, "France"))]  # fmt: skip
    lay = layout(timeline_of(items))
    first_day = [p for p in lay.marks if p.mark.commitment_id in (1, 2, 3)]
    assert len({p.y for p in first_day}) == 3 and len({p.x for p in first_day}) == 1
    later = next(p for p in lay.marks if p.mark.commitment_id == 4)
    assert later.x > first_day[0].x and lay.rows[0].height >= 3 * 24
    assert [t.text for t in lay.ticks][:2] == ["2025-07", "2025-08"]
    assert all(0 < t.x < lay.width for t in lay.ticks)


def test_the_latest_marks_keep_their_labels_inside_the_page():
    long = "Britain and France pledged to deploy troops to Ukraine after a ceasefire"
    items = [commitment(1, "2025-07-10", (1, "France"), what="Monitoring"),
             commitment(2, "2026-01-06", (1, "France"), what=long),
             commitment(3, "2026-01-06", (2, "Netherlands"), what="مراقبة وقف إطلاق النار في أوكرانيا")]  # fmt: skip
    for width in (1100, 700):
        lay = layout(timeline_of(items), width)
        for p in lay.marks:
            left, right = p.label_span()
            assert left >= 250 and right <= lay.width, (width, p.label, left, right)
        latest = next(p for p in lay.marks if p.mark.commitment_id == 2)
        assert latest.flipped and latest.label.startswith("Britain and France")
        first = next(p for p in lay.marks if p.mark.commitment_id == 1)
        assert not first.flipped  # room on its right: the label reads from the dot
        group = next(g for g in ET.fromstring(svg(lay)).iter(f"{SVG}g") if g.get("id") == "c2-r0")
        assert group.find(f"{SVG}text").get("text-anchor") == "end"  # it ends at its dot


def test_the_svg_is_well_formed_with_one_group_per_mark_in_its_status_colour():
    items = [
        commitment(1, "2025-07-09", (1, "France"), status="considering", what="قوة حفظ سلام…\x01"),
        commitment(2, "2025-08-01", (1, "France"), status="partly_delivered", what="Shells",
                   target_date="2025-11"),
    ]  # fmt: skip
    lay = layout(timeline_of(items))
    page = svg(lay, title="T <&>")
    root = ET.fromstring(page)
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    assert set(groups) == {"c1-r0", "c2-r0"}
    dots = {gid: g.find(f"{SVG}circle").get("fill") for gid, g in groups.items()}
    assert dots == {
        "c1-r0": STATUS_COLORS["considering"],
        "c2-r0": STATUS_COLORS["partly_delivered"],
    }
    assert groups["c2-r0"].find(f"{SVG}line") is not None  # statement to target
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    # Arabic isolated with its own direction, a control character dropped, markup escaped
    assert "\u2068قوة حفظ سلام…\u2069" in texts and "Shells" in texts and "T <&>" in texts
    assert "partly delivered" in texts  # the legend


def test_the_timeline_follows_the_commitments_filter(archive: Archive, tmp_path: Path):
    doc = import_document(archive, tmp_path)
    record_sample(archive, doc)
    france, us = participant_ids(archive, "France", "US")
    everything = timeline(archive.commitments)
    assert len(everything.rows) == 7 and everything.commitments == 3
    halted = timeline(archive.commitments, CommitmentFilter(statuses=("suspended",)))
    assert [r.participant_id for r in halted.rows] == [us]
    one = timeline(archive.commitments, CommitmentFilter(actors=(france,)))
    assert [r.name for r in one.rows] == ["France"] and one.rows[0].marks[0].quote
    assert not timeline(archive.commitments, CommitmentFilter(text="لا يوجد")).rows
    assert title_of(CommitmentFilter(statuses=("partly_delivered",)), ["France"]) == (
        "Commitments over time — France · partly delivered"
    )


@pytest.mark.parametrize(
    ("days", "first_tick"),
    [
        (("2024-12-20", "2025-06-01"), "2025-01"),  # the page starts in December
        (("2024-12-20", "2024-12-30"), "2024-12-16"),  # weeks
        (("2019-05", "2025-02-03"), "2020"),  # years
        (("2025-07-09",), "2025-06-30"),  # one day: a few weeks around it
    ],
)
def test_axis_ticks_at_every_span(days: tuple[str, ...], first_tick: str):
    lay = layout(timeline_of([commitment(i, d, (1, "France")) for i, d in enumerate(days)]))
    assert lay.ticks and lay.ticks[0].text == first_tick
    assert all(a.x < b.x for a, b in zip(lay.ticks, lay.ticks[1:], strict=False))


def test_an_empty_timeline_is_still_a_page():
    lay = layout(timeline_of([]))
    root = ET.fromstring(svg(lay))
    assert "No dated commitments to show." in "".join(root.itertext())


def test_a_mirrored_page_runs_time_leftwards_with_the_names_on_the_right():
    long = "Britain and France pledged to deploy troops to Ukraine after a ceasefire"
    items = [commitment(1, "2025-07-10", (1, "France"), what="مراقبة"),
             commitment(2, "2026-01-06", (1, "France"), what=long)]  # fmt: skip
    plain, mirror = layout(timeline_of(items), 900), layout(timeline_of(items), 900, mirror=True)
    assert mirror.mirrored and not plain.mirrored
    for a, b in zip(plain.marks, mirror.marks, strict=True):
        assert b.x == pytest.approx(900 - a.x) and b.flipped != a.flipped
        left, right = b.label_span()
        assert left >= 0 and right <= 900 - 250  # clear of the names' column, on the right
    older, newer = mirror.marks
    assert older.x > newer.x  # the older mark further right: time reads right to left
    assert [t.x for t in mirror.ticks] == sorted((t.x for t in mirror.ticks), reverse=True)
    root = ET.fromstring(svg(mirror, title="Commitments"))
    texts = {"".join(t.itertext()): t for t in root.iter(f"{SVG}text")}
    title, name = texts["Commitments"], texts["France"]
    assert title.get("text-anchor") == "end" and float(title.get("x")) == 900 - 16
    assert name.get("text-anchor") == "end" and float(name.get("x")) > 900 - 250


def test_a_row_shows_the_name_in_the_readers_script_first():
    people = [Actor(1, "France", "source", "فرنسا", "France")]
    item = Commitment(1, 1, "pledge", "military", "pledged", "", people, statement_date="2025-03")
    lay = layout(timeline_of([item]), mirror=True)
    root = ET.fromstring(svg(lay, words=Words(names=Script.ARABIC)))
    bold = [t for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert "".join(bold[-1].itertext()) == "\u2068فرنسا\u2069"  # the row's name, then France
    assert any("".join(t.itertext()) == "France" for t in root.iter(f"{SVG}text"))


def test_a_page_with_only_undated_commitments_says_how_many_it_leaves_out():
    lay = layout(timeline_of([commitment(1, None, (1, "France"))]))
    texts = ["".join(t.itertext()) for t in ET.fromstring(svg(lay)).iter(f"{SVG}text")]
    assert "No dated commitments to show (1 without a statement date)." in texts
