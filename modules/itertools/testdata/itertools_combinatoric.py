# Every r for the combinatoric iterators, empty pools, and exhaustion.
from itertools import *
for r in range(0, 5):
    print(list(combinations('abc', r)), list(combinations_with_replacement('ab', r)), list(permutations('abc', r)))
print(list(permutations([])), list(permutations([], 0)), list(combinations([], 0)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(list(product()), list(product('ab', [])), list(product('ab', 'c', repeat=2)), list(product(repeat=0)), list(product('ab', repeat=0)))
p = permutations(range(4)); print(len(list(p)), next(p, 'done'))
