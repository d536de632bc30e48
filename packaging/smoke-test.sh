#!/usr/bin/env bash
# Smoke test of the Linux bundle: unpacked into a temporary folder outside the checkout and run
# with a bare environment (env -i, PATH=/usr/bin:/bin), it imports an Arabic article, finds it by
# spelling variants, reads a scan by OCR when the system has ocrmypdf (else it must say how to
# install it), and opens its window offscreen, in English and in Arabic (mirrored).
# Usage: packaging/smoke-test.sh [dist/archiver-linux.tar.gz]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tarball=$(realpath "${1:-$here/dist/archiver-linux.tar.gz}")
work=$(mktemp -d /tmp/archiver-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
# Data only (nothing else of the checkout is read): a scan, and a PDF with an Arabic text layer.
cp "$here/tests/fixtures/ocr/scan-150dpi.png" "$work/scan.png"
cp "$here/tests/fixtures/pdf/chromium_rtl.pdf" "$work/paris.pdf"
cd "$work"
mkdir home
bare() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen \
    ARCHIVER_CONFIG_DIR="$work/config" ARCHIVER_HOME="$work/archive" "$@"
}
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
expect() {  # expect WHAT PATTERN OUTPUT: the pattern is there, and no sign of a crash or a helper
  LC_ALL=C grep -q -- "$2" <<<"$3" || { printf '%s\n' "$3" >&2; fail "$1 (no '$2' in the output above)"; }
  if LC_ALL=C grep -qE -- "Traceback|usage: archiver|died unexpectedly|Error while loading" <<<"$3"; then
    printf '%s\n' "$3" >&2; fail "$1 (a traceback, a usage error or a helper process failed, above)"
  fi
}

cat >article.txt <<'TEXT'
تستضيف بريطانيا اجتماعاً لدعم أوكرانيا

لندن - تستضيف بريطانيا يوم الخميس اجتماعاً لقادة الدول الداعمة لأوكرانيا، بحضور ممثلين عن
ثلاثين دولة. وقال رئيس الوزراء إن الاجتماع سيبحث ضمانات أمنية لكييف بعد وقف إطلاق النار.
TEXT
out=$(bare ./archiver/archiver import article.txt 2>&1) || fail "import: $out"
expect "import" "1 imported" "$out"
# Without hamza, with إ, ta marbuta written as ha, tatweel, tanween dropped.
for query in "اوكرانيا" "إوكرانيا" "دوله" "اوكـرانيا" "اجتماعا"; do
  out=$(bare ./archiver/archiver search "$query" 2>&1) || fail "search $query: $out"
  expect "search $query" "تستضيف بريطانيا اجتماعاً لدعم أوكرانيا" "$out"
done
echo "smoke-test: imported an Arabic article and found it as اوكرانيا, إوكرانيا, دوله, اوكـرانيا, اجتماعا"

# A saved web page (trafilatura, lxml) and a PDF (pypdf): the article without the menus around it.
cat >page.html <<'HTML'
<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>قمة المناخ تختتم أعمالها في الرياض</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/eco">اقتصاد</a></nav>
<article><h1>قمة المناخ تختتم أعمالها في الرياض</h1>
<p>اختتمت قمة المناخ أعمالها في الرياض مساء الأحد بإعلان مشترك يدعو إلى خفض الانبعاثات،
بعد ثلاثة أيام من المفاوضات بين وفود أكثر من أربعين دولة.</p>
<p>وقالت الرئاسة إن الدول المشاركة تعهدت بتمويل مشاريع الطاقة المتجددة في الدول النامية.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>
HTML
out=$(bare ./archiver/archiver import page.html paris.pdf 2>&1) || fail "import page and PDF: $out"
expect "import page and PDF" "2 imported" "$out"
out=$(bare ./archiver/archiver search "الانبعاثات" 2>&1) || fail "search the page: $out"
expect "the web page" "قمة المناخ تختتم أعمالها في الرياض" "$out"
out=$(bare ./archiver/archiver search "ماكرون" 2>&1) || fail "search the PDF: $out"
expect "the PDF" "اجتماع وزاري في باريس" "$out"
echo "smoke-test: imported a saved web page and a PDF and found them"

if bare sh -c 'command -v ocrmypdf && command -v tesseract' >/dev/null; then
  out=$(bare ./archiver/archiver import scan.png 2>&1) || fail "OCR import: $out"
  out=$(bare ./archiver/archiver search "المياه" 2>&1) || fail "search the scan: $out"
  expect "OCR" "المجلس البلدي" "$out"
  echo "smoke-test: read a scan by OCR with the system's ocrmypdf and tesseract"
else
  out=$(bare ./archiver/archiver import scan.png 2>&1) && fail "a scan imported without OCR: $out"
  expect "no OCR" "apt install" "$out"
  echo "smoke-test: without ocrmypdf the scan is refused with the command to install it"
fi

out=$(bare ./archiver/archiver gui --smoke 2>&1) || fail "gui --smoke: $out"
expect "the window" "painted" "$out"
expect "the window" "left-to-right" "$out"
out=$(bare ARCHIVER_LANGUAGE=ar ./archiver/archiver gui --smoke 2>&1) || fail "gui --smoke (ar): $out"
expect "the Arabic window" "right-to-left" "$out"
[ -s archiver/_internal/archiver/resources/translations/archiver_ar.qm ] || fail "no archiver_ar.qm"
expect "the Arabic menus (archiver_ar.qm)" $'menus: .*[\xd8-\xdb]' "$out"  # Arabic letters' lead bytes
expect "Qt's Arabic translation (qtbase_ar.qm)" "qt buttons: ألغ" "$out"
printf '%s\n' "$out" | grep '^smoke:' >&2
echo "smoke-test: the window opened offscreen and painted, in English and in Arabic (mirrored)"
