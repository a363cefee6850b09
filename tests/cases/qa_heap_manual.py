class MinHeap:
    def __init__(self, key=lambda x: x):
        self.data = []
        self.key = key
    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.key(self.data[i]) < self.key(self.data[parent]):
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break
    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i, n = 0, len(self.data)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and self.key(self.data[l]) < self.key(self.data[smallest]): smallest = l
                if r < n and self.key(self.data[r]) < self.key(self.data[smallest]): smallest = r
                if smallest == i: break
                self.data[i], self.data[smallest] = self.data[smallest], self.data[i]
                i = smallest
        return top
    def __len__(self): return len(self.data)

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap(key=lambda t: (t[0], t[1]))
for t in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push(t)
while tasks:
    print(tasks.pop())
def heapsort(xs):
    h = MinHeap()
    for x in xs: h.push(x)
    return [h.pop() for _ in xs]
import random
random.seed(42)
xs = [random.randint(-50, 50) for _ in range(20)]
print(xs)
print(heapsort(xs) == sorted(xs), heapsort(xs)[:5])
def kth_largest(nums, k):
    h = MinHeap()
    for n in nums:
        h.push(n)
        if len(h) > k:
            h.pop()
    return h.pop()
print(kth_largest(xs, 3), sorted(xs)[-3])
MinHeap().pop()
