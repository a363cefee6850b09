class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.push(0)
print(ll, 2 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll.pop(), ll.pop(), ll)
while ll:
    ll.pop()
print(ll, bool(ll))
try:
    ll.pop()
except IndexError as e:
    print('IndexError:', e)
words = LinkedList('hello')
print(words, sorted(words), ''.join(words))
