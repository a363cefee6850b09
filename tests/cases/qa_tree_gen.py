class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, val):
        self.size += 1
        if self.root is None:
            self.root = Node(val)
            return
        cur = self.root
        while True:
            if val < cur.val:
                if cur.left is None:
                    cur.left = Node(val); return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(val); return
                cur = cur.right
    def __contains__(self, val):
        cur = self.root
        while cur:
            if val == cur.val: return True
            cur = cur.left if val < cur.val else cur.right
        return False
    def __iter__(self):
        yield from self._inorder(self.root)
    def _inorder(self, node):
        if node:
            yield from self._inorder(node.left)
            yield node.val
            yield from self._inorder(node.right)
    def preorder(self, node="start"):
        if node == "start": node = self.root
        if node is None: return
        yield node.val
        yield from self.preorder(node.left)
        yield from self.preorder(node.right)
    def height(self, node="start"):
        if node == "start": node = self.root
        if node is None: return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def levels(self):
        if not self.root: return []
        out, q = [], [self.root]
        while q:
            out.append([n.val for n in q])
            q = [c for n in q for c in (n.left, n.right) if c]
        return out
    def __len__(self): return self.size

t = BST()
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(v)
print(list(t))
print(list(t.preorder()))
print(t.height(), len(t), 45 in t, 99 in t)
print(t.levels())
def paths(node, acc=()):
    if node is None:
        return
    acc = acc + (node.val,)
    if not node.left and not node.right:
        yield acc
    yield from paths(node.left, acc)
    yield from paths(node.right, acc)
for p in paths(t.root):
    print(" -> ".join(map(str, p)), "sum", sum(p))
def tree_str(node, indent=0):
    if node is None:
        return ""
    return tree_str(node.right, indent + 4) + " " * indent + str(node.val) + "\n" + tree_str(node.left, indent + 4)
print(tree_str(t.root), end="")
