"""Runs one module of CPython's Lib/test and reports every test's outcome.

Usage: driver.py TEST_NAME REPORT_FILE

It loads test.TEST_NAME as CPython's regrtest does (the module's
test_main if it has one, else unittest's loader), runs it with
test.support's own runner machinery, and appends one line per finished
test to REPORT_FILE ("ok", "fail", "error", "skip", "xfail", "xpass",
then the test's id), flushed at once, so that a run killed by a timeout or
a crash still tells what it got through. The last line is "done" with the
seconds taken, or "import-error" / "crashed" with the reason. The report
goes to a file of its own because tests replace sys.stdout and
sys.stderr.
"""

import sys
import time

name, report_path = sys.argv[1], sys.argv[2]
report = open(report_path, "a", buffering=1, encoding="utf-8", errors="backslashreplace")


def emit(kind, text):
    report.write("%s %s\n" % (kind, " ".join(str(text).split())))
    report.flush()


start = time.perf_counter()
try:
    import unittest
    from test import support
except BaseException as exc:
    emit("import-error", "unittest or test.support: %s: %s" % (type(exc).__name__, exc))
    raise SystemExit(0)


class ReportingResult(unittest.TextTestResult):
    """A TextTestResult that also writes each outcome to the report."""

    def addSuccess(self, test):
        super().addSuccess(test)
        emit("ok", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        emit("fail", test.id())

    def addError(self, test, err):
        super().addError(test, err)
        emit("error", getattr(test, "id", lambda: str(test))())

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        emit("skip", test.id())

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        emit("xfail", test.id())

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        emit("xpass", test.id())

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            emit("fail" if failed else "error", subtest.id())


def run_suite(suite):
    # test.support._run_suite's job, with the reporting result; failures
    # are reported, not raised, so that test_main's later suites still run.
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=0,
                                     resultclass=ReportingResult)
    runner.run(suite)


support._run_suite = run_suite
support.verbose = 0
try:
    module = __import__("test." + name, fromlist=["*"])
except unittest.SkipTest as exc:
    emit("skip-module", exc)
    raise SystemExit(0)
except BaseException as exc:
    emit("import-error", "%s: %s" % (type(exc).__name__, exc))
    raise SystemExit(0)

try:
    test_main = getattr(module, "test_main", None)
    if test_main is not None:
        test_main()
    else:
        loader = unittest.TestLoader()
        suite = loader.loadTestsFromModule(module)
        for error in loader.errors:
            emit("load-error", error.splitlines()[-1] if error else error)
        run_suite(suite)
except unittest.SkipTest as exc:
    emit("skip-module", exc)
except BaseException as exc:
    emit("crashed", "%s: %s" % (type(exc).__name__, exc))
    raise SystemExit(0)
emit("done", "%.2f" % (time.perf_counter() - start))
