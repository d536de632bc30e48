"""What the PyInstaller bundles hold and leave out (read by the Linux and the Windows spec).

The app uses QtCore, QtGui, QtWidgets, QtSvg, QtNetwork, QtPdf and QtPdfWidgets; every other
Qt module, QML, and every Qt translation but Qt's own Arabic one are left out.
"""

from __future__ import annotations

# Python modules the analysis could reach but the app never imports (or that pull in large parts
# of Qt): left out so their libraries are not collected.
EXCLUDES = [
    "tkinter",
    "PyInstaller",
    "pytest",
    "mypy",
    "IPython",
    *(
        f"PySide6.{name}"
        for name in (
            "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
            "QtBluetooth", "QtCharts", "QtDataVisualization", "QtDesigner", "QtGraphs",
            "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
            "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning",
            "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
            "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
            "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets",
            "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
            "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
            "QtConcurrent", "QtAxContainer",
        )
    ),
]  # fmt: skip

# Libraries, plugins and data the app does not need, by a piece of their path in the bundle.
DROPPED_PIECES = (
    "/qml/",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6VirtualKeyboard",
    "Qt6Designer",
    "/plugins/wayland-graphics-integration-server/",
    "/plugins/qmltooling/",
    "/plugins/designer/",
    # Platforms for kiosks and embedded screens (xcb, wayland, offscreen and minimal stay).
    "Qt6EglF",  # EglFSDeviceIntegration, EglFsKmsSupport
    "/plugins/platforms/libqeglfs",
    "/plugins/platforms/libqlinuxfb",
    "/plugins/platforms/libqminimalegl",
    "/plugins/platforms/libqvnc",
    "/plugins/platforms/libqvkkhrdisplay",
    "/plugins/egldeviceintegrations/",
    "/plugins/generic/",  # evdev and TUIO input, for screens without a window system
    "/plugins/networkinformation/",  # the app only uses local sockets
    "/plugins/platforminputcontexts/libqtvirtualkeyboard",
    # The GTK 3 theme (the xdg-desktop-portal theme gives native file dialogs on GNOME and KDE)
    # and the GTK stack only it needs: the build machine's GTK would not match the user's.
    "/plugins/platformthemes/libqgtk3",
    *(
        f"/lib{name}"
        for name in (
            "gtk-3",
            "gdk-3",
            "gdk_pixbuf",
            "atk-",
            "atk-bridge",
            "atspi",
            "cairo",
            "pango",
            "epoxy",
            "pixman",
            "thai",
            "datrie",
        )
    ),
)
# babel's locale data (30 MiB) serves courlan's URL language filter, which the app never uses.
BABEL_LOCALES_KEPT = ("root", "en", "ar")

# Qt's own translations: only the Arabic one of qtbase (the file chooser, message boxes' buttons);
# archiver_*.qm ship under archiver/resources/translations.
QT_TRANSLATIONS_KEPT = ("qtbase_ar.qm",)

# Packages that read data files of their own at run time.
DATA_PACKAGES_NAMES = ("trafilatura", "justext", "courlan", "htmldate", "tld", "dateparser",
                       "hijridate", "docx", "certifi")  # fmt: skip


def hidden_imports() -> list[str]:
    """Modules imported by name at run time: the format readers, Whoosh's codec, the GUI."""
    from PyInstaller.utils.hooks import collect_submodules

    return [*collect_submodules("archiver"), "whoosh.codec.whoosh3"]


def keep(dest: str) -> bool:
    """Whether the file that lands at ``dest`` in the bundle belongs there."""
    path = "/" + dest.replace("\\", "/")
    if "/Qt/translations/" in path:
        return path.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    if "/babel/locale-data/" in path:
        return path.rsplit("/", 1)[-1].split(".")[0].split("_")[0] in BABEL_LOCALES_KEPT
    if "/archiver/resources/translations/" in path and path.endswith(".ts"):
        return False  # the sources of the compiled archiver_<lang>.qm
    return not any(piece in path for piece in DROPPED_PIECES)


# Libraries that `strip` breaks: numpy's vendored OpenBLAS has load segments that are not
# page-aligned once stripped ("ELF load command address/offset not page-aligned").
NOT_STRIPPED_PIECES = ("numpy.libs/",)


def copied_verbatim(binaries: list, datas: list) -> tuple[list, list]:
    """The binaries that must not be stripped moved to the data files, which are copied as
    they are (PyInstaller strips every binary of a stripped COLLECT)."""
    verbatim = [
        e for e in binaries if any(p in e[0].replace("\\", "/") for p in NOT_STRIPPED_PIECES)
    ]
    kept = [e for e in binaries if e not in verbatim]
    return kept, datas + [(dest, src, "DATA") for dest, src, _ in verbatim]


def data_files(root: str) -> list[tuple[str, str]]:
    """The data files to copy: resources/ (from the checkout at ``root``) and the packages' own."""
    from PyInstaller.utils.hooks import collect_data_files

    found = [(f"{root}/resources", "archiver/resources")]
    for name in DATA_PACKAGES_NAMES:
        found.extend(collect_data_files(name))
    return found
