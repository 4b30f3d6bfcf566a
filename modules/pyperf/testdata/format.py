# Deterministic parts of pyperf: duration formatting and statistics.
import pyperf
for s in (12.5, 1.0, 0.5, 0.0123, 0.00123, 0.000999, 1.5e-6, 2e-9, 0.0, 123.456, 0.1):
    print(repr(s), pyperf.format_timedelta(s))
b = pyperf.Benchmark("demo", [0.010, 0.012, 0.011], [0.02], 4, 1, {"k": 1})
print(b, b.get_name(), b.get_nvalue(), b.get_total_loops())
print(b.format())
print(round(b.mean(), 9), round(b.stdev(), 9), b.median())
