"""threading for rcvm: the part of CPython's threading module the subset
needs, written in Python over the low-level _thread module (as CPython's
own threading.py is)."""

import _thread

Lock = _thread.allocate_lock


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name is None:
            name = "Thread-" + str(_thread._next_number())
            if target is not None:
                name = name + " (" + target.__name__ + ")"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._started = False
        self._running = _thread.allocate_lock()
        self._ident = None
        self.daemon = False if daemon is None else daemon

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    def getName(self):
        return self._name

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._running.acquire()
        self._ident = _thread.start_new_thread(self._bootstrap, ())

    def _bootstrap(self):
        _thread._set_current(self)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _thread._report_exception(self._name, exc)
        finally:
            self._target = None
            self._args = None
            self._kwargs = None
            self._running.release()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._running.acquire()
            self._running.release()
        elif self._running.acquire(True, timeout):
            self._running.release()

    def is_alive(self):
        return self._started and self._running.locked()

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        return "<" + type(self).__name__ + "(" + self._name + ", " + status + ")>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True


def current_thread():
    t = _thread._get_current()
    if t is None:
        t = _MainThread()
        _thread._set_current(t)
    return t


def main_thread():
    return _thread._main_thread()


def active_count():
    return _thread._count()


def get_ident():
    return _thread.get_ident()
