tests = [
    ('iter([1, 2]).__next__()', lambda: iter([1, 2]).__next__()),
    ('map(str, [1]).__next__()', lambda: map(str, [1]).__next__()),
    ('[1].__len__()', lambda: [1].__len__()),
    ("'ab'.__contains__('a')", lambda: 'ab'.__contains__('a')),
    ('(3).__add__(4)', lambda: (3).__add__(4)),
    ('[1,2].__getitem__(0)', lambda: [1,2].__getitem__(0)),
    ('{1:2}.__getitem__(1)', lambda: {1:2}.__getitem__(1)),
    ("'a'.__eq__('a')", lambda: 'a'.__eq__('a')),
    ('int.__add__(1, 2)', lambda: int.__add__(1, 2)),
    ('(1).__lt__(2)', lambda: (1).__lt__(2)),
    ('zip([1],[2]).__next__()', lambda: zip([1],[2]).__next__()),
    ("enumerate('a').__next__()", lambda: enumerate('a').__next__()),
    ('(x for x in [5]).__next__()', lambda: (x for x in [5]).__next__()),
    ("'abc'.__len__()", lambda: 'abc'.__len__()),
    ('[3].__iter__().__next__()', lambda: [3].__iter__().__next__()),
    ('[1].__setitem__(0, 5)', lambda: [1].__setitem__(0, 5)),
    ('{}.__setitem__(1, 2)', lambda: {}.__setitem__(1, 2)),
    ("'a'.__add__('b')", lambda: 'a'.__add__('b')),
    ('(2.5).__round__()', lambda: (2.5).__round__()),
    ('object.__repr__(1)[:5]', lambda: object.__repr__(1)[:5]),
    ("str.__str__('x')", lambda: str.__str__('x')),
    ('(5).__str__()', lambda: (5).__str__()),
    ('[].__class__.__name__', lambda: [].__class__.__name__),
    ('(1).__class__', lambda: (1).__class__),
    ("'x'.__mul__(3)", lambda: 'x'.__mul__(3)),
]
for s, t in tests:
    try:
        print(s, '->', t())
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
