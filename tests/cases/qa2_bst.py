class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key = key; self.left = self.right = None
    def __init__(self):
        self.root = None; self.count = 0
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.count += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left); yield n.key; yield from walk(n.right)
        return list(walk(self.root))
    def height(self, n=None, top=True):
        if top: n = self.root
        if n is None: return 0
        return 1 + max(self.height(n.left, False), self.height(n.right, False))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key: return True
            n = n.left if key < n.key else n.right
        return False
    def __repr__(self):
        def r(n):
            if n is None: return "."
            if n.left is None and n.right is None: return repr(n.key)
            return f"({r(n.left)} {n.key!r} {r(n.right)})"
        return f"BST{r(self.root)}"

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t, t.count, t.height(), t.inorder())
print(40 in t, 45 in t)
w = BST()
for s in "the quick brown fox".split(): w.insert(s)
print(w, w.inorder())
try:
    t.root.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
