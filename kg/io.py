"""Output files and process hygiene.

Atomic file output: write a temporary file beside the target, fsync, then rename, so a crash
never leaves a half-written output and an existing one is never lost. The file gets the mode a
plain ``open()`` would give it (0666 less the umask), not ``mkstemp``'s 0600.

:func:`check_output` refuses an output that cannot be written before any work is done;
:func:`install_signal_handlers` turns SIGTERM into an exception so that temporary files are
removed on the way out; :func:`worker_init` makes pool workers die with their parent."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import threading
from pathlib import Path

from kg.errors import InputError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# the temporary files this process has made and not yet renamed or removed: whatever a signal
# interrupts (between making a file and the block that would remove it), the command line's
# way out removes these (:func:`remove_temporaries`)
_LIVE: set[str] = set()
_HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def _signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP while the block runs (in the main thread, where Python runs
    its handlers): a signal that comes meanwhile is delivered when the block ends."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _make_temp(path: Path) -> tuple[int, str]:
    """mkstemp beside ``path``, the name recorded before any signal can interrupt."""
    with _signals_held():
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        _LIVE.add(tmp)
    return fd, tmp


def _drop_temp(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
    _LIVE.discard(tmp)


def _renamed(tmp: str, path: Path) -> None:
    os.replace(tmp, path)
    _LIVE.discard(tmp)


def remove_temporaries() -> None:
    """Remove the temporary files this process made and has not yet renamed or removed: called by
    the command line on its way out, after an interruption or an error."""
    for tmp in sorted(_LIVE):
        try:
            _drop_temp(tmp)
        except OSError:
            _LIVE.discard(tmp)


def _new_temp(path: Path) -> tuple[int, str]:
    fd, tmp = _make_temp(path)
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, tmp


# errors of writing that say the output cannot be completed (disk full, quota, file size limit)
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def _write_failed(path: Path, exc: OSError) -> InputError:
    return InputError(str(path), f"cannot write: {exc.strerror or exc}; any previous file was left as it was")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_temp(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _renamed(tmp, path)
    except BaseException as exc:
        _drop_temp(tmp)
        if isinstance(exc, OSError) and exc.errno in _FULL:
            raise _write_failed(path, exc) from None
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


class AtomicWriter:
    """A binary file written in pieces and renamed into place only when complete::

        with AtomicWriter(path) as handle:
            handle.write(b"...")

    ``discard()`` inside the block leaves any existing file as it was."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = _new_temp(self.path)
        self.handle = os.fdopen(fd, "wb")
        self.discarded = False

    def discard(self) -> None:
        self.discarded = True

    def __enter__(self):
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and not self.discarded:
                self.handle.flush()
                os.fsync(self.handle.fileno())
            try:
                self.handle.close()
            except OSError:
                if exc_type is None:
                    raise
            if exc_type is None and not self.discarded:
                _renamed(self.tmp, self.path)
        except OSError as error:
            if error.errno in _FULL:
                raise _write_failed(self.path, error) from None
            raise
        finally:
            _drop_temp(self.tmp)
        if isinstance(exc, OSError) and exc.errno in _FULL:
            raise _write_failed(self.path, exc) from None


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_output(out: Path | str, inputs: list[str] = ()) -> None:
    """Refuse, before any work, an output that is a directory, that is also an input, or whose
    directory cannot be written (made when missing, and probed with a temporary file)."""
    out = Path(out)
    name = str(out)
    if out.is_dir():
        raise InputError(name, "is a directory; give a file name to -o")
    for source in inputs:
        if source != "-" and Path(source).exists() and not Path(source).is_dir() and _same(Path(source), out):
            raise InputError(name, "is also an input; the output would replace it (choose another -o)")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _make_temp(out)
        os.close(fd)
        _drop_temp(tmp)
    except OSError as exc:
        raise InputError(name, f"cannot write here: {exc.strerror or exc}") from None


class Terminated(BaseException):
    """Raised in the main thread on SIGTERM (or SIGHUP), so that ``finally`` blocks run and
    temporary files are removed; the command line exits 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum, frame) -> None:
    raise Terminated(signum)


def install_signal_handlers() -> None:
    """For the command line: SIGTERM and SIGHUP unwind like Ctrl-C does (KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise_terminated)


def _watch_parent(parent: int) -> None:
    import time

    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(1.0)


def worker_init(parent: int) -> None:
    """Initializer of pool worker processes: leave Ctrl-C and SIGTERM handling to the parent
    (which stops the pool), and die with the parent even when it is killed with SIGKILL:
    PR_SET_PDEATHSIG on Linux, and a thread that watches the parent's pid everywhere."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="kg-parent-watch", daemon=True).start()


def stop_pool(pool) -> None:
    """Stop a ProcessPoolExecutor now: cancel what is queued and end the running workers,
    rather than wait for their batches (used when the parent is interrupted)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass
