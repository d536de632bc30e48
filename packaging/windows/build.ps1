# Build the Windows installer: the PyInstaller folder (archiver.spec), then Inno Setup (archiver.iss).
# Needs Python 3.11 (python.org, "py" launcher) and Inno Setup 6.5+ (iscc on PATH or in its
# default folder). Run from anywhere: powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$started = Get-Date
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --disable-pip-version-check -r requirements\app.lock -r requirements\build.lock
& $py -m pip install -q --disable-pip-version-check --no-deps -e .
& $py scripts\translations.py compile | Out-Null              # archiver_<lang>.qm
New-Item -ItemType Directory -Force build\windows | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
& $py packaging\make_icons.py --ico build\windows\archiver.ico
& $py -m PyInstaller --noconfirm --clean --log-level WARN `
  --workpath build\windows\pyinstaller --distpath dist\windows packaging\windows\archiver.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
# The bundle must start on its own before it is packed: the CLI searches an empty archive.
$env:ARCHIVER_HOME = Join-Path $env:TEMP "archiver-build-check"
& dist\windows\archiver\archiver.exe search test
if ($LASTEXITCODE -gt 1) { throw "dist\windows\archiver\archiver.exe does not start" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Q packaging\windows\archiver.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
$size = (Get-ChildItem -Recurse dist\windows\archiver | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("build: {0:N0} s; folder {1:N0} MiB; dist\windows\archiver-0.1.0-windows-setup.exe" -f `
  ((Get-Date) - $started).TotalSeconds, $size)
