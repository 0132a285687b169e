"""Worker processes fed through pipes: the engine of :func:`~hyvaneuvottelu._pool.map_in_processes`.

Each worker has two pipes of its own: this process writes it batches of
items down one and reads their results back up the other, each a frame of
an 8-byte length and a pickle. This process never blocks on one worker:
it writes without blocking and waits in a single ``select`` for whichever
worker has something to say, so there is no thread, no queue and no future
between it and its workers (the standard library's process pool has three
of each, and their wake-ups cost more than unpickling the results).

A worker that dies is seen as the end of its result pipe. Only its own
batches are lost: each of their items is taken again in a process of its
own, so that only the culprit is reported as such, and a new worker takes
the dead one's place.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import selectors
import signal
import struct
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext

__all__ = ["run", "serve"]

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

#: A frame's length, before its bytes; a length of 0 tells a worker to stop.
_HEADER = struct.Struct("<Q")
#: Bytes read at a time beyond what the frame being read still needs.
_READ = 64 * 1024


def serve(tasks: Connection, results: Connection, function: Callable[[Any], Any]) -> None:
    """A worker's life: a batch in, its results (or the exception) out, until told to stop.

    An interrupt from the keyboard is the parent's to act on: it stops its
    workers, and each would otherwise print a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    source, sink = tasks.fileno(), results.fileno()
    while data := _receive(source):
        batch = pickle.loads(data)  # noqa: S301 - written by the parent process, from its items
        try:
            reply = pickle.dumps(
                (True, [function(item) for item in batch]), pickle.HIGHEST_PROTOCOL
            )
        except Exception as exc:  # noqa: BLE001 - the caller's to handle, raised in the parent
            reply = _failure(exc)
        _send(sink, reply)


def _receive(fd: int) -> bytes:
    """The next frame from ``fd``; empty for the stop frame or the pipe's end."""
    header = _read_exactly(fd, _HEADER.size)
    if len(header) < _HEADER.size:
        return b""
    (size,) = _HEADER.unpack(header)
    return _read_exactly(fd, size)


def _read_exactly(fd: int, size: int) -> bytes:
    chunks, missing = [], size
    while missing:
        chunk = os.read(fd, missing)
        if not chunk:
            break
        chunks.append(chunk)
        missing -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _send(fd: int, data: bytes) -> None:
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _failure(exc: Exception) -> bytes:
    """The reply for an exception: it (or its words, if it cannot be pickled) and its traceback."""
    text = "".join(traceback.format_exception(exc))
    try:
        return pickle.dumps((False, (exc, text)), pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that does not pickle is told in words
        plain = RuntimeError(f"{type(exc).__name__}: {exc}")
        return pickle.dumps((False, (plain, text)), pickle.HIGHEST_PROTOCOL)


class _RemoteTraceback(Exception):  # noqa: N818 - named as the standard library's pool names it
    """The traceback of an exception raised in a worker, as its cause."""

    def __init__(self, text: str) -> None:
        self.text = text  # and in args: BaseException.__new__ keeps the arguments

    def __str__(self) -> str:
        return f'\n"""\n{self.text}"""'


class _Worker:
    """One worker process and this process's ends of its two pipes."""

    def __init__(self, context: BaseContext, function: Callable[[Any], Any]) -> None:
        task_read, task_write = context.Pipe(duplex=False)
        result_read, result_write = context.Pipe(duplex=False)
        self.process = context.Process(  # type: ignore[attr-defined] # every context has Process
            target=serve, args=(task_read, result_write, function), daemon=True
        )
        self.process.start()
        # The worker's ends are its own: closed here, so that a worker that
        # dies leaves its result pipe without a writer, which reads as its end.
        task_read.close()
        result_write.close()
        self.tasks, self.results = task_write, result_read
        self.out_fd, self.in_fd = task_write.fileno(), result_read.fileno()
        os.set_blocking(self.out_fd, False)
        #: The numbers of the batches it was given and has not answered, in order.
        self.pending: deque[int] = deque()
        #: Frames still to be written to it (the first perhaps written in part).
        self.outbox: deque[memoryview] = deque()
        #: What has been read of its next reply.
        self.inbox = bytearray()
        #: Whether the run waits for its task pipe to take more.
        self.writing = False

    def give(self, number: int, batch: list[Any]) -> None:
        self.pending.append(number)
        data = pickle.dumps(batch, pickle.HIGHEST_PROTOCOL)
        self.outbox.append(memoryview(_HEADER.pack(len(data)) + data))

    def write(self) -> None:
        """Write what the pipe takes now, without blocking.

        A worker that died takes nothing more: what was for it is dropped,
        and its end is seen on its result pipe.
        """
        while self.outbox:
            view = self.outbox[0]
            try:
                written = os.write(self.out_fd, view)
            except BlockingIOError:
                return
            except BrokenPipeError:
                self.outbox.clear()
                return
            if written < len(view):
                self.outbox[0] = view[written:]
                return
            self.outbox.popleft()

    def read(self) -> list[bytes] | None:
        """The replies that are whole after reading what is there; None at the pipe's end."""
        inbox = self.inbox
        missing = _HEADER.size - len(inbox)
        if missing <= 0:
            missing = _HEADER.size + _HEADER.unpack_from(inbox)[0] - len(inbox)
        chunk = os.read(self.in_fd, max(missing, _READ))
        if not chunk:
            return None
        inbox += chunk
        replies = []
        while len(inbox) >= _HEADER.size:
            end = _HEADER.size + _HEADER.unpack_from(inbox)[0]
            if len(inbox) < end:
                break
            replies.append(bytes(inbox[_HEADER.size : end]))
            del inbox[:end]
        return replies

    def stop(self, *, at_once: bool) -> None:
        """End the worker: told to, once its work is done, or at once."""
        if at_once:
            self.process.terminate()
        else:
            os.set_blocking(self.out_fd, True)
            try:
                os.write(self.out_fd, _HEADER.pack(0))
            except OSError:
                self.process.terminate()
        self.process.join()
        self.tasks.close()
        self.results.close()


def run(
    batches: Iterator[list[_Item]],
    function: Callable[[_Item], _Result],
    crashed: Callable[[_Item, str], _Result],
    workers: int,
    *,
    in_flight: int,
    alone: Callable[[_Item, Callable[[_Item], _Result], Callable[[_Item, str], _Result]], _Result],
) -> Iterator[_Result]:
    """The results of ``batches``, in order, from ``workers`` processes.

    At most ``in_flight`` batches a worker are given out and not yet given
    back to the caller, answered or not. ``alone(item, function, crashed)``
    takes again each item of a worker that died.
    """
    crew = _Crew(function, lambda item: alone(item, function, crashed))
    finished = False
    try:
        for _ in range(workers):
            crew.hire()
        most = workers * in_flight
        exhausted = False
        while True:
            while not exhausted and crew.given - crew.taken < most:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    crew.give(batch)
            if crew.taken in crew.answered:
                yield from crew.take()
            elif exhausted and crew.taken == crew.given:
                finished = True
                return
            else:
                crew.wait()
    finally:
        crew.close(at_once=not finished)


class _Crew:
    """The workers of one run, the batches they were given and their answers."""

    def __init__(self, function: Callable[[Any], Any], alone: Callable[[Any], Any]) -> None:
        self.function = function
        self.alone = alone
        self.context = multiprocessing.get_context()
        self.selector = selectors.DefaultSelector()
        self.workers: list[_Worker] = []
        #: The batches given out and not yet answered, by number.
        self.sent: dict[int, list[Any]] = {}
        #: Answers not yet given back, by number: (True, results), or
        #: (False, (exception, its traceback)).
        self.answered: dict[int, tuple[bool, Any]] = {}
        #: Batches given out, and given back (the number of the next to give back).
        self.given = self.taken = 0

    def hire(self) -> None:
        worker = _Worker(self.context, self.function)
        self.workers.append(worker)
        self.selector.register(worker.in_fd, selectors.EVENT_READ, worker)

    def give(self, batch: list[Any]) -> None:
        """Give ``batch`` to the worker with the fewest batches."""
        worker = min(self.workers, key=lambda w: len(w.pending))
        self.sent[self.given] = batch
        worker.give(self.given, batch)
        self.given += 1
        if not worker.writing:
            worker.write()
            if worker.outbox:
                worker.writing = True
                self.selector.register(worker.out_fd, selectors.EVENT_WRITE, worker)

    def take(self) -> list[Any]:
        """The results of the next batch in order; raises what it raised."""
        ok, value = self.answered.pop(self.taken)
        self.taken += 1
        if not ok:
            exception, text = value
            exception.__cause__ = _RemoteTraceback(text)
            raise exception
        results: list[Any] = value
        return results

    def wait(self) -> None:
        """Wait until a worker can be written to, answers or dies, and see to it."""
        for key, _ in self.selector.select():
            worker = key.data
            if worker not in self.workers:
                continue  # died and replaced earlier in this round
            if key.fd == worker.out_fd:
                worker.write()
                if not worker.outbox:
                    worker.writing = False
                    self.selector.unregister(worker.out_fd)
                continue
            replies = worker.read()
            if replies is None:
                self.lost(worker)
                continue
            for reply in replies:
                number = worker.pending.popleft()
                del self.sent[number]
                self.answered[number] = pickle.loads(reply)  # noqa: S301 - from our own worker

    def lost(self, worker: _Worker) -> None:
        """A worker died: its batches are taken again, an item at a time, and it is replaced."""
        self.selector.unregister(worker.in_fd)
        if worker.writing:
            self.selector.unregister(worker.out_fd)
        self.workers.remove(worker)
        worker.stop(at_once=True)
        for number in worker.pending:
            self.answered[number] = (True, [self.alone(item) for item in self.sent.pop(number)])
        self.hire()

    def close(self, *, at_once: bool) -> None:
        for worker in self.workers:
            worker.stop(at_once=at_once)
        self.selector.close()
