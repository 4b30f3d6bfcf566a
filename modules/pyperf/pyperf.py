"""rcvm's pyperf: the benchmark harness API that pyperformance's
bm_*/run_benchmark.py scripts call, written for rcvm from pyperf's
documented interface (https://pyperf.readthedocs.io/en/latest/api.html and
runner.html).

What differs from pyperf, and why:

* No worker processes. pyperf's Runner re-executes the script in 20 worker
  processes; rcvm's experiment harness already repeats whole processes
  (interleaved with the other strategies, see experiments/), so here every
  "process" runs in this one: -p/--processes multiplies the values taken in
  process. Calibration of the loop count happens once, as pyperf's first
  worker does it, and every later value uses the same count.
* No pyperf JSON. -o/--output FILE writes JSON Lines, one record per
  benchmark, with the values in seconds per loop (what pyperf stores), the
  warm-up values, the loop counts and the metadata.
* With the environment variable RCVM_PYPERF_DURATION set (rcvm's experiment
  harness sets it, on rcvm and on CPython alike), each benchmark also prints
  ``Duration NAME: X seconds``, X the seconds its timed values took in all
  (every loop of every value, the warm-ups and the calibration left out):
  the harness records the sum over a script's benchmarks as the run's work
  time, the same timed region on every interpreter.
"""

import sys
import time

__all__ = ["Runner", "perf_counter", "python_implementation",
           "python_has_jit", "format_timedelta"]

VERSION = (2, 6, 0)
__version__ = "2.6.0-rcvm"

perf_counter = time.perf_counter


def python_implementation():
    """The implementation's name in lower case ('rcvm', 'cpython', ...)."""
    return sys.implementation.name.lower()


def python_has_jit():
    """Whether the implementation has a JIT compiler (rcvm has none)."""
    return python_implementation() == "pypy"


_UNITS = ((1.0, "sec"), (1e-3, "ms"), (1e-6, "us"), (1e-9, "ns"))


def format_timedelta(seconds):
    """Format a duration with three significant digits, as pyperf does."""
    for factor, unit in _UNITS:
        if abs(seconds) >= factor or factor == 1e-9:
            value = seconds / factor
            break
    if abs(value) >= 100:
        return "%.0f %s" % (value, unit)
    if abs(value) >= 10:
        return "%.1f %s" % (value, unit)
    return "%.2f %s" % (value, unit)


def _format_pair(mean, stdev):
    # Both numbers in the mean's unit, as pyperf prints "1.23 ms +- 0.04 ms".
    for factor, unit in _UNITS:
        if abs(mean) >= factor or factor == 1e-9:
            break
    def fmt(v):
        v /= factor
        if abs(v) >= 100:
            return "%.0f %s" % (v, unit)
        if abs(v) >= 10:
            return "%.1f %s" % (v, unit)
        return "%.2f %s" % (v, unit)
    return "%s +- %s" % (fmt(mean), fmt(stdev))


def _mean(values):
    return sum(values) / len(values)


def _stdev(values):
    if len(values) < 2:
        return 0.0
    m = _mean(values)
    return (sum((v - m) ** 2 for v in values) / (len(values) - 1)) ** 0.5


def _median(values):
    s = sorted(values)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


class Benchmark:
    """The result of one benchmark: values in seconds per loop."""

    def __init__(self, name, values, warmups, loops, inner_loops, metadata):
        self.name = name
        self._values = list(values)
        self._warmups = list(warmups)
        self.loops = loops
        self.inner_loops = inner_loops
        self._metadata = dict(metadata)

    def get_name(self):
        return self.name

    def get_values(self):
        return tuple(self._values)

    def get_nvalue(self):
        return len(self._values)

    def get_metadata(self):
        return dict(self._metadata)

    def mean(self):
        return _mean(self._values)

    def stdev(self):
        return _stdev(self._values)

    def median(self):
        return _median(self._values)

    def get_total_loops(self):
        return self.loops * self.inner_loops

    def format(self):
        return "Mean +- std dev: " + _format_pair(self.mean(), self.stdev())

    def __repr__(self):
        return "<Benchmark %r with %d values>" % (self.name, len(self._values))


class Runner:
    """pyperf.Runner: parses pyperf's command line, calibrates, warms up,
    takes the values and prints them as pyperf does."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, _argparser=None, warmups=1):
        if values is None:
            values = 3
        if processes is None:
            processes = 20
        self._defaults = dict(values=values, processes=processes,
                              loops=loops, min_time=min_time,
                              warmups=warmups)
        self.metadata = dict(metadata or {})
        self._show_name = show_name
        self._program_args = program_args
        self._add_cmdline_args = add_cmdline_args
        self._names = set()
        self._args = None
        self._argparser = _argparser
        self._results = []

    @property
    def argparser(self):
        """The argparse parser; a benchmark adds its own options to it."""
        if self._argparser is None:
            self._argparser = self._make_parser()
        return self._argparser

    def _make_parser(self):
        import argparse
        d = self._defaults
        p = argparse.ArgumentParser(description="Benchmark (rcvm's pyperf)")
        p.add_argument("--rigorous", action="store_true",
                       help="Spend longer running tests to get more accurate results")
        p.add_argument("--fast", action="store_true",
                       help="Get rough answers quickly")
        p.add_argument("--debug-single-value", action="store_true",
                       help="Debug mode, only compute a single value")
        p.add_argument("-p", "--processes", type=strictly_positive, default=d["processes"],
                       help="number of processes; rcvm runs them all in this one "
                            "(default: %s)" % d["processes"])
        p.add_argument("-n", "--values", dest="values", type=strictly_positive,
                       default=d["values"],
                       help="number of values per process (default: %s)" % d["values"])
        p.add_argument("-w", "--warmups", type=positive_or_nul, default=None,
                       help="number of skipped values per run used to warmup "
                            "the benchmark (default: %s)" % d["warmups"])
        p.add_argument("-l", "--loops", type=positive_or_nul, default=d["loops"],
                       help="number of loops per value, 0 means automatic "
                            "calibration (default: %s)" % d["loops"])
        p.add_argument("--min-time", type=float, default=d["min_time"],
                       help="Minimum duration in seconds of a single value, used "
                            "to calibrate the number of loops (default: %s)"
                            % format_timedelta(d["min_time"]))
        p.add_argument("-o", "--output", metavar="FILENAME",
                       help="write the results, as JSON Lines, into FILENAME")
        p.add_argument("--append", metavar="FILENAME",
                       help="append the results to FILENAME")
        p.add_argument("-q", "--quiet", action="store_true",
                       help="enable quiet mode")
        p.add_argument("-v", "--verbose", action="store_true",
                       help="enable verbose mode")
        p.add_argument("--metadata", "-m", action="store_true",
                       help="show metadata")
        p.add_argument("--hook", action="append", default=[],
                       help="accepted for pyperf's command line; rcvm has no hooks")
        p.add_argument("--inherit-environ", metavar="VARS",
                       help="accepted for pyperf's command line (no workers here)")
        p.add_argument("--affinity", metavar="CPU_LIST",
                       help="accepted for pyperf's command line; pin rcvm itself instead")
        return p

    def parse_args(self, args=None):
        """Parse the command line (sys.argv[1:] by default), once."""
        if self._args is not None and args is None:
            return self._args
        parser = self.argparser
        ns = parser.parse_args(args)
        if ns.warmups is None:
            ns.warmups = self._defaults["warmups"]
        if ns.debug_single_value:
            ns.processes, ns.values, ns.warmups = 1, 1, 0
            if not ns.loops:
                ns.loops = 1
        elif ns.rigorous:
            ns.processes = ns.processes * 2
        elif ns.fast:
            # pyperf's --fast keeps at least three processes (three hash seeds).
            ns.processes = max(ns.processes // 2, 3)
            ns.values = max(ns.values * 2 // 3, 2)
        if ns.min_time <= 0:
            parser.error("--min-time must be positive")
        if ns.quiet and ns.verbose:
            parser.error("--quiet and --verbose are mutually exclusive")
        self._args = ns
        return ns

    @property
    def args(self):
        return self._args

    # The benchmark methods.

    def bench_time_func(self, name, time_func, *args, inner_loops=None,
                        metadata=None):
        """time_func(loops, *args) runs the work loops times and returns the
        elapsed seconds."""
        return self._bench(name, lambda loops: time_func(loops, *args),
                           inner_loops, metadata)

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time func(*args), called loops times per value."""
        def timer(loops):
            it = range(loops)
            t0 = perf_counter()
            for _ in it:
                func(*args)
            return perf_counter() - t0
        return self._bench(name, timer, inner_loops, metadata)

    def bench_async_func(self, name, coro_func, *args, inner_loops=None,
                         metadata=None, loop_factory=None):
        """Time await coro_func(*args) in an asyncio event loop."""
        import asyncio
        main = _async_timer(coro_func, args)

        def timer(loops):
            if loop_factory is None:
                loop = asyncio.new_event_loop()
            else:
                loop = loop_factory()
            try:
                return loop.run_until_complete(main(loops))
            finally:
                loop.close()
        return self._bench(name, timer, inner_loops, metadata)

    def timeit(self, name, stmt=None, setup="pass", teardown="pass",
               inner_loops=None, duplicate=None, metadata=None, globals=None):
        """Time stmt as the timeit module does, setup and teardown around it."""
        import timeit as _timeit
        if stmt is None:
            stmt = "pass"
        if duplicate and duplicate > 1:
            if not isinstance(stmt, str):
                raise TypeError("duplicate needs stmt to be a string")
            stmt = "\n".join([stmt] * duplicate)
            inner_loops = (inner_loops or 1) * duplicate
        timer = _timeit.Timer(stmt, setup, globals=globals)

        def run(loops):
            dt = timer.timeit(loops)
            if teardown != "pass":
                exec(teardown, globals if globals is not None else {})
            return dt
        return self._bench(name, run, inner_loops, metadata)

    def bench_command(self, name, command):
        """Time a command run as a child process."""
        try:
            import subprocess
        except ImportError as exc:
            raise RuntimeError("pyperf.Runner.bench_command needs the subprocess "
                               "module: %s" % exc) from None

        def timer(loops):
            t0 = perf_counter()
            for _ in range(loops):
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            return perf_counter() - t0
        return self._bench(name, timer, None, None)

    # The measurement.

    def _bench(self, name, timer, inner_loops, metadata):
        if not isinstance(name, str):
            raise TypeError("benchmark name must be a str, got %s"
                            % type(name).__name__)
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % name)
        if inner_loops is not None:
            if not isinstance(inner_loops, int) or inner_loops < 1:
                raise ValueError("inner_loops must be a positive int")
        else:
            inner_loops = 1
        self._names.add(name)
        args = self.parse_args()
        loops = args.loops or self._calibrate(timer, args)
        warmups, values = [], []
        for _ in range(args.processes):
            for _ in range(args.warmups):
                warmups.append(self._value(timer, loops, inner_loops))
            for _ in range(args.values):
                values.append(self._value(timer, loops, inner_loops))
            if not args.quiet:
                sys.stdout.write(".")
                sys.stdout.flush()
        if not args.quiet:
            sys.stdout.write("\n")
        md = dict(self.metadata)
        if metadata:
            md.update(metadata)
        md.setdefault("name", name)
        md.setdefault("python_implementation", python_implementation())
        bench = Benchmark(name, values, warmups, loops, inner_loops, md)
        self._report(bench, args, sum(values) * loops * inner_loops)
        self._results.append(bench)
        self._write(bench, args)
        return bench

    def _value(self, timer, loops, inner_loops):
        dt = timer(loops)
        if not isinstance(dt, (int, float)):
            raise TypeError("the timer function must return a float, got %s"
                            % type(dt).__name__)
        return dt / (loops * inner_loops)

    def _calibrate(self, timer, args):
        # As pyperf's first worker: double the loop count until one value
        # lasts at least --min-time.
        loops = 1
        while True:
            dt = timer(loops)
            if dt >= args.min_time or loops >= 2 ** 32:
                if args.verbose:
                    print("Calibration: %d loops (%s)" % (loops, format_timedelta(dt)))
                return loops
            loops *= 2

    def _report(self, bench, args, timed):
        if args.metadata:
            for key in sorted(bench.get_metadata()):
                print("- %s: %s" % (key, bench.get_metadata()[key]))
        if args.verbose:
            print("Values (%d): %s" % (bench.get_nvalue(), ", ".join(
                format_timedelta(v) for v in bench.get_values())))
        line = bench.format()
        if self._show_name:
            line = "%s: %s" % (bench.name, line)
        mean = bench.mean()
        if not args.quiet and bench.get_nvalue() >= 2 and mean > 0:
            spread = bench.stdev() / mean
            if spread > 0.10:
                print("WARNING: the benchmark result may be unstable")
                print("* the standard deviation (%s) is %.0f%% of the mean (%s)"
                      % (format_timedelta(bench.stdev()), spread * 100,
                         format_timedelta(mean)))
                print()
        print(line)
        import os
        if os.environ.get("RCVM_PYPERF_DURATION"):
            print("Duration %s: %r seconds" % (bench.name, timed))
        sys.stdout.flush()

    def _write(self, bench, args):
        path = args.output or args.append
        if not path:
            return
        import json
        record = {
            "type": "pyperf",
            "benchmark": bench.name,
            "unit": "second",
            "values": list(bench.get_values()),
            "warmups": list(bench._warmups),
            "loops": bench.loops,
            "inner_loops": bench.inner_loops,
            "mean": bench.mean(),
            "stdev": bench.stdev(),
            "median": bench.median(),
            "metadata": {k: v if isinstance(v, (int, float, str, bool)) or v is None
                         else str(v) for k, v in bench.get_metadata().items()},
        }
        # The first benchmark of an --output run truncates the file; later
        # ones of the same run, and --append, add to it.
        mode = "a" if (args.append or len(self._results) > 1) else "w"
        with open(path, mode) as f:
            f.write(json.dumps(record, sort_keys=True) + "\n")


# The coroutine that times loops awaits, compiled when first needed so
# that importing pyperf does not depend on the VM compiling async def.
_ASYNC_TIMER = """
async def main(loops):
    it = range(loops)
    t0 = perf_counter()
    for _ in it:
        await coro_func(*args)
    return perf_counter() - t0
"""


def _async_timer(coro_func, args):
    ns = {"perf_counter": perf_counter, "coro_func": coro_func, "args": args}
    exec(_ASYNC_TIMER, ns)
    return ns["main"]


def strictly_positive(text):
    value = int(text)
    if value <= 0:
        raise ValueError("value must be > 0")
    return value


def positive_or_nul(text):
    value = int(text)
    if value < 0:
        raise ValueError("value must be >= 0")
    return value
