"""Drawing without windows: SVG to PNG with Qt's renderer (QtGui and QtSvg, never QtWidgets).

Below the CLI and the GUI, above core (docs/architecture.md): the CLI imports it only when
a PNG is asked for, so no other command loads Qt.
"""
