class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: dict = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest}")
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())})"

c = LRUCache(2)
c.put(1, 1); c.put(2, 2)
print(c.get(1)); c.put(3, 3)
print(c.get(2)); c.put(4, 4)
print(c.get(1), c.get(3), c.get(4), c)
print(c.hits, c.misses)
def lru_cache(maxsize):
    def deco(fn):
        cache = LRUCache(maxsize)
        def wrapped(*args):
            r = cache.get(args)
            if r == -1:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapped.cache = cache
        return wrapped
    return deco
@lru_cache(3)
def slow(n):
    print(f"  computing slow({n})")
    return n * 10
for n in [1, 2, 1, 3, 4, 1, 2]:
    print(n, slow(n))
print(slow.cache)
