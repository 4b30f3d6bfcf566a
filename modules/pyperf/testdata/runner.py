# pyperf.Runner with a fake clock, so that every number is deterministic:
# one loop "takes" a millisecond, so calibration to --min-time 0.1 s ends
# at 128 loops.
import json, os, sys, tempfile
import pyperf

calls = []

def fake(loops, step):
    calls.append(loops)
    return loops * step

out = os.path.join(tempfile.mkdtemp(), "res.jsonl")
runner = pyperf.Runner(values=3, processes=2)
runner.metadata["description"] = "fake clock"
runner.argparser.add_argument("--step", type=float, default=0.001)
args = runner.parse_args(["-q", "-o", out, "--step", "0.001"])
runner.bench_time_func("fake", fake, args.step)
runner.bench_time_func("fake2", fake, args.step * 2, inner_loops=4)
print(calls[:9])
print(len(calls), "timer calls")
with open(out) as f:
    recs = [json.loads(line) for line in f]
for r in recs[:1]:
    print(r["benchmark"], r["loops"], r["inner_loops"], len(r["values"]), len(r["warmups"]),
          r["values"][0], r["metadata"]["description"], r["type"])
print(len(recs), "records")
try:
    runner.bench_func("fake2", lambda: None)
except ValueError as e:
    print("ValueError:", e)
try:
    runner.bench_time_func(1, fake, 0.1)
except TypeError as e:
    print("TypeError:", e)
for argv in (["-n", "0"], ["--debug-single-value"], ["--fast"], ["--rigorous"], ["-w", "-1"]):
    r = pyperf.Runner()
    try:
        a = r.parse_args(argv)
        print(argv, a.processes, a.values, a.warmups, a.loops)
    except SystemExit as e:
        print(argv, "exit", e.code)
