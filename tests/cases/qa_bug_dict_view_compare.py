d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() != {"a"}, d.items() == {("a", 1), ("b", 2)}, d.keys() <= {"a", "b", "c"})
print(d.keys().isdisjoint({"x"}))
