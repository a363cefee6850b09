from itertools import count, cycle, repeat, accumulate, chain, islice, product, permutations, combinations, zip_longest, groupby, takewhile, dropwhile, starmap, pairwise, combinations_with_replacement
from functools import reduce, lru_cache, wraps, partial, total_ordering, cmp_to_key

print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(chain([1, 2], (3,), "xy")), list(chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=2))))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)), list(pairwise([1, 2, 3])))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
for key, group in groupby("aaabccdd"):
    print(key, list(group))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(islice(range(10), 2, 8, 3)))
print(reduce(lambda a, b: a + b, range(10)), reduce(lambda a, b: a * b, [1, 2, 3], 10))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return "hello " + name
print(greet("x"), greet.__name__, greet.__doc__)
double = partial(lambda a, b: a * b, 2)
print(double(21))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
