"""A loopback TCP proxy the soak controls: forward, reset every connection, or stall them.

followup's config points at the proxy's port, so the soak can break the network between the daemon
and Dovecot the ways real networks break: a reset (NAT table flushed, Wi-Fi roam) or a stall (a
congested or half-dead link that stops moving bytes for a while, then resumes, possibly after the
client has given up and reconnected, so a late command can still reach the server).

    proxy = FaultProxy(target_port=143)
    proxy.start()            # proxy.port is where clients connect
    proxy.reset_all()        # RST on both sides of every open connection
    proxy.stall(5.0)         # stop forwarding for 5 s (connections stay open)
    proxy.stop()
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import struct
import threading
import time

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def _rst_close(sock: socket.socket) -> None:
    """Close with SO_LINGER 0, so the peer sees a reset (ECONNRESET), not a clean FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class _Pair:
    """One proxied connection: the client side and the upstream side, pumped by one thread."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.closed = threading.Event()
        self._lock = threading.Lock()

    def close(self, reset: bool = False) -> None:
        with self._lock:
            if self.closed.is_set():
                return
            self.closed.set()
            for sock in (self.client, self.upstream):
                if reset:
                    _rst_close(sock)
                else:
                    with contextlib.suppress(OSError):
                        sock.close()


class FaultProxy:
    """Threaded TCP proxy on 127.0.0.1 with reset and stall controls. Traffic never leaves loopback."""

    def __init__(self, target_port: int, target_host: str = LOOPBACK, listen_port: int = 0) -> None:
        if target_host != LOOPBACK:
            raise ValueError("the soak proxy only forwards to 127.0.0.1")
        self.target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((LOOPBACK, listen_port))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._pairs: set[_Pair] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._stalled_until = 0.0
        self._thread: threading.Thread | None = None
        self.accepted = 0
        self.resets = 0
        self.stalls = 0

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._accept_loop, name="proxy-accept", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            pairs = list(self._pairs)
        for pair in pairs:
            pair.close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults ----------------------------------------------------------------------------------
    def reset_all(self) -> int:
        """Reset every open connection (both sides); returns how many were cut."""
        with self._lock:
            pairs = list(self._pairs)
        for pair in pairs:
            pair.close(reset=True)
        self.resets += 1
        return len(pairs)

    def stall(self, seconds: float) -> None:
        """Stop moving bytes in both directions for `seconds`; new connections are accepted but wait too."""
        self._stalled_until = max(self._stalled_until, time.monotonic() + seconds)
        self.stalls += 1

    @property
    def stalled(self) -> bool:
        return time.monotonic() < self._stalled_until

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    # -- forwarding ------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._serve, args=(client,), name="proxy-pair", daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            # Server down (restarting): the client sees a reset, as it would from a dead server.
            _rst_close(client)
            return
        for sock in (client, upstream):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setblocking(False)
        pair = _Pair(client, upstream)
        with self._lock:
            self._pairs.add(pair)
        try:
            self._pump(pair)
        finally:
            pair.close()
            with self._lock:
                self._pairs.discard(pair)

    def _pump(self, pair: _Pair) -> None:
        peer = {pair.client: pair.upstream, pair.upstream: pair.client}
        # outgoing[s]: bytes waiting to be written to socket s
        outgoing: dict[socket.socket, bytearray] = {pair.client: bytearray(), pair.upstream: bytearray()}
        eof: set[socket.socket] = set()
        with selectors.DefaultSelector() as sel:
            registered: dict[socket.socket, int] = {}
            while not pair.closed.is_set() and not self._stopping.is_set():
                if self.stalled:
                    time.sleep(0.05)  # bytes stay in the kernel buffers until the stall ends
                    continue
                if eof and not any(outgoing.values()):
                    return  # one side finished and everything it sent was delivered
                for sock in (pair.client, pair.upstream):
                    mask = (0 if sock in eof else selectors.EVENT_READ) | (
                        selectors.EVENT_WRITE if outgoing[sock] else 0
                    )
                    if registered.get(sock) == mask:
                        continue
                    if sock in registered:
                        sel.unregister(sock)
                        del registered[sock]
                    if mask:
                        sel.register(sock, mask)
                        registered[sock] = mask
                try:
                    events = sel.select(timeout=0.1)
                except (OSError, ValueError):
                    return
                for key, mask in events:
                    ready = key.fileobj
                    assert isinstance(ready, socket.socket)
                    try:
                        if mask & selectors.EVENT_WRITE and outgoing[ready]:
                            sent = ready.send(outgoing[ready])
                            del outgoing[ready][:sent]
                        if mask & selectors.EVENT_READ:
                            data = ready.recv(65536)
                            if data:
                                outgoing[peer[ready]] += data
                            else:
                                eof.add(ready)
                    except BlockingIOError:
                        continue
                    except OSError:
                        return


__all__ = ["FaultProxy"]
