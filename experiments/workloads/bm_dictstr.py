"""Benchmark: dictionaries and strings (word counting, joins, formatting).

Measures str creation, hashing, dict lookups and updates, str methods and
formatting: N lines of pseudo-random words built from syllables are joined
into a text, split again, counted in a dict, grouped by first letter,
re-cased, and the most frequent words are formatted with %, str.format and
f-strings.

Usage: bm_dictstr.py [THREADS [N]]
  THREADS  threads, each running the whole benchmark (default 1).
  N        number of generated lines, 12 words each (default 30000; test
           size 20).

Output: per thread "Thread i: <distinct words> <checksum> <top words>" and
"Duration: X seconds". Only dict insertion order and sorted() orders are
printed, never set or hash order, so CPython's randomised str hashing does
not show.

Inspired by pyperformance's dict/str-heavy benchmarks (e.g. its
"json"-free text processing and the ftscalingbench dict workloads); an
independent implementation.
"""
import sys
import threading
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el"]
WORDS_PER_LINE = 12


class Lcg:
    """A linear congruential generator (the subset has no random module)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_text(n, rng):
    lines = []
    for _ in range(n):
        words = []
        for _ in range(WORDS_PER_LINE):
            length = 1 + rng.next(3)
            words.append("".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(length)))
        lines.append("  " + " ".join(words) + " ")
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip().split(" "):
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word in counts:
        initial = word[0]
        if initial not in groups:
            groups[initial] = []
        groups[initial].append(word)
    return groups


def bench(n):
    rng = Lcg(2024)
    text = make_text(n, rng)
    counts = count_words(text)
    groups = group_by_initial(counts)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ["%s=%d" % (word, count) for word, count in ranked[:3]]
    shouted = text.upper().replace("KA", "ka")
    checksum = shouted.count("ka") * 7 + shouted.find("ZU") + len(shouted)
    for initial in sorted(groups):
        members = groups[initial]
        longest = max(members, key=len)
        checksum += len(members) * ord(initial) + len(longest)
        summary = "{}:{}:{:>4}".format(initial, longest[:6], len(members))
        checksum += len(summary)
    for word, count in ranked:
        if word.startswith("ka") or word.endswith("zu"):
            checksum += count
        checksum = checksum % 1000000007
    return f"{len(counts)} {checksum} {','.join(top)}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
    results = [""] * threads

    def run(index):
        results[index] = bench(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for i, line in enumerate(results):
        print(f"Thread {i}: {line}")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
