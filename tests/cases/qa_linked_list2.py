class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push_front(x)
    def push_front(self, val):
        self.head = ListNode(val, self.head)
        self._len += 1
    def append(self, val):
        node = ListNode(val)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self): return self._len
    def __repr__(self): return " -> ".join(map(str, self)) + " -> None"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, val):
        dummy = ListNode(0, self.head)
        cur = dummy
        while cur.next:
            if cur.next.val == val:
                cur.next = cur.next.next
                self._len -= 1
                self.head = dummy.next
                return True
            cur = cur.next
        return False
    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.val if slow else None
    def __getitem__(self, idx):
        if idx < 0: idx += len(self)
        for i, v in enumerate(self):
            if i == idx: return v
        raise IndexError("LinkedList index out of range")

def merge_sorted(a, b):
    dummy = tail = ListNode(None)
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next

ll = LinkedList([1, 2, 3, 4, 5])
print(ll, len(ll), ll.middle())
ll.reverse(); print(ll)
ll.append(0); ll.push_front(6); print(ll, len(ll))
print(ll.remove(3), ll.remove(42), ll, ll[0], ll[-1])
m = LinkedList(); m.head = merge_sorted(LinkedList([1, 4, 7]).head, LinkedList([2, 3, 8, 9]).head)
print(list(m), 4 in ll, 3 in ll)
print(ll[10])
