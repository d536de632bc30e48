"""Import the shared 9,958-article corpus into a fresh archive and print JSON figures.

Usage: python benchmarks/import_corpus.py [--limit N] [--workers W] [--keep DIR] [--no-recoll]
When Debian's recollindex is installed it indexes the same folder in the same run, and the
ratio of the two wall times is printed. Every likely duplicate is listed (the file, the stored
file it repeats, the similarity) so that new ones can be looked at.

Leave a few minutes between runs on ext4: for a while after many files are deleted (the last
run's archive), creating new files is slow (the allocator skips recently deleted inodes), and
an import creates one file per original where recollindex creates almost none.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

# ARCHIVER_SHARED names the shared folder when the repository is not beside it (a worktree)
SHARED = Path(
    os.environ.get("ARCHIVER_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
CORPUS = SHARED / "corpus" / "ant-jawharafm.tar.gz"


def unpack(target: Path, limit: int | None) -> list[Path]:
    """Unpack the corpus; return the article files (the first ``limit`` by name)."""
    with tarfile.open(CORPUS) as tar:
        tar.extractall(target, filter="data")
    files = sorted(target.rglob("*.txt"))
    if limit:
        for extra in files[limit:]:
            extra.unlink()
        files = files[:limit]
    return files


def folder_size(path: Path) -> int:
    """Bytes under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_recoll(folder: Path, work: Path) -> float | None:
    """Wall seconds of recollindex on the same folder, or None when it is not installed."""
    if shutil.which("recollindex") is None:
        return None
    conf = work / "recoll"
    conf.mkdir()
    (conf / "recoll.conf").write_text(f"topdirs = {folder}\nloglevel = 1\n")
    started = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(conf), "-z"], check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    """Run the benchmark and print its JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="keep the archive in this folder")
    parser.add_argument("--no-recoll", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from archiver.core.archive import Archive

    work = Path(tempfile.mkdtemp(prefix="archiver-bench-"))
    files = unpack(work / "corpus", args.limit)
    archive_dir = args.keep or work / "archive"
    if archive_dir.exists():
        shutil.rmtree(archive_dir)
    mb = sum(f.stat().st_size for f in files) / 1e6
    os.sync()  # both timed runs start with the unpacked files on disk, not in writeback
    cpu0, wall0 = time.process_time(), time.perf_counter()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths([work / "corpus"], recursive=True,
                                      workers_count=args.workers)  # fmt: skip
        wall = time.perf_counter() - wall0
        likely = [
            {"file": Path(d.path).name, "of": archive.document(d.id).file_name,
             "similarity": round(d.similarity, 3)}
            for d in report.duplicates if d.likely
        ]  # fmt: skip
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu0 + (children.ru_utime - children0.ru_utime)
    system = children.ru_stime - children0.ru_stime
    cpu += system
    system += resource.getrusage(resource.RUSAGE_SELF).ru_stime
    os.sync()
    recoll = None if args.no_recoll else run_recoll(work / "corpus", work)
    result = {
        "files": len(files),
        "imported": len(report.imported),
        "duplicates": len(report.duplicates),
        "likely_duplicates": likely,  # near duplicates: the file, the stored one, similarity
        "failed": len(report.failed),
        "failures": [f"{Path(f.path).name}: {f.reason}" for f in report.failed[:10]],
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "system_cpu_s": round(system, 2),  # part of cpu_s spent in the kernel (file system)
        "files_per_s": round(len(files) / wall, 1),
        "mb_per_s": round(mb / wall, 2),
        "input_mb": round(mb, 2),
        "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_mb_worker": round(children.ru_maxrss / 1024, 1),
        "archive_mb": round(folder_size(archive_dir) / 1e6, 2),
        "index_mb": round(folder_size(archive_dir / "index") / 1e6, 2),
        "recollindex_wall_s": round(recoll, 2) if recoll else None,
        "ratio_to_recoll": round(wall / recoll, 2) if recoll else None,
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
