"""One window per archive: files opened from the desktop ("Open with Archiver") while the app
already runs on that archive are handed to it to import, instead of a second process that
could only read (the first holds the writer lock)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from archiver import APP_ID

TIMEOUT_MS = 3000


def server_name(archive: Path) -> str:
    """The local socket's name for an archive folder (one per folder and user)."""
    digest = hashlib.sha256(str(archive.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{APP_ID}-{digest}"


def hand_over(archive: Path, files: Sequence[str]) -> bool:
    """Give ``files`` to the app already running on ``archive``; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(archive))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps([str(Path(f).resolve()) for f in files]).encode("utf-8") + b"\n")
    socket.flush()  # may write it all at once: then there is nothing left to wait for
    sent = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(TIMEOUT_MS)
    # The reply only confirms: a busy app may answer late, and it has the files already.
    socket.waitForReadyRead(TIMEOUT_MS)
    socket.disconnectFromServer()
    return bool(sent)


def _answered(name: str) -> bool:
    """True when an app listens under ``name`` (its socket is not a dead one's)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(TIMEOUT_MS)
    probe.abort()
    return alive


class InstanceServer(QObject):
    """Listens for files another launch hands over and passes them to ``on_files``."""

    def __init__(self, archive: Path, on_files: Callable[[list[str]], None]) -> None:
        super().__init__()
        self.on_files = on_files
        self.server = QLocalServer(self)
        name = server_name(archive)
        if not self.server.listen(name) and not _answered(name):
            QLocalServer.removeServer(name)  # a dead app's socket file: take it over
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            files = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
        except ValueError:
            files = []
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if isinstance(files, list) and all(isinstance(f, str) for f in files) and files:
            self.on_files(files)
