from functools import reduce, lru_cache, partial, wraps, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
print(reduce(lambda acc, x: acc if acc > x else x, [3, 9, 2, 7]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square.func.__name__, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), list(map(partial(round, ndigits=1), [1.26, 2.71])))

def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=lambda w: (-len(w), w)))

def traced(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        return fn(*args, **kwargs)
    return inner
@traced
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented(1), documented(1, b=5))
print(list(map(lambda t: t[1], [(1, "a"), (2, "b")])))
