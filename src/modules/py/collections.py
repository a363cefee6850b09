"""collections for gilsim, written in Python on top of the core types.

deque, defaultdict, Counter, OrderedDict and namedtuple behave like CPython's for the
common operations. They are classes of their own rather than subclasses of list/dict
(gilsim cannot subclass built-in types yet), so isinstance(Counter(), dict) is False.
"""


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        self._items.remove(x)

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self.maxlen)

    def index(self, x, *args):
        return self._items.index(x, *args)

    def insert(self, i, x):
        self._items.insert(i, x)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, x):
        self._items[i] = x

    def __delitem__(self, i):
        del self._items[i]

    def __bool__(self):
        return bool(self._items)

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self.maxlen)


class _DictLike:
    """Shared mapping behaviour over an internal dict."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            return self._data == other._data
        return self._data == other

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        self._data.update(*args, **kwargs)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class defaultdict(_DictLike):
    def __init__(self, default_factory=None, *args, **kwargs):
        self.default_factory = default_factory
        self._data = dict(*args, **kwargs)

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    def __repr__(self):
        if self.default_factory is None:
            factory = "None"
        elif isinstance(self.default_factory, type):
            factory = "<class '%s'>" % self.default_factory.__name__
        else:
            factory = repr(self.default_factory)
        return "defaultdict(%s, %r)" % (factory, self._data)


class OrderedDict(_DictLike):
    def __init__(self, *args, **kwargs):
        self._data = dict(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key]

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            for k, v in rest:
                self._data[k] = v

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        key = list(self._data)[-1 if last else 0]
        return key, self._data.pop(key)

    def copy(self):
        return OrderedDict(self._data)

    def __eq__(self, other):
        # Between two OrderedDicts, equality is order-sensitive.
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictLike.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._data.items()),)


class Counter(_DictLike):
    def __init__(self, iterable=None, **kwargs):
        self._data = {}
        self.update(iterable, **kwargs)

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictLike)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) + count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) + 1
        for key, count in kwargs.items():
            self._data[key] = self._data.get(key, 0) + count

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictLike)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) - count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) - 1
        for key, count in kwargs.items():
            self._data[key] = self._data.get(key, 0) - count

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for key, count in self._data.items():
            for _ in range(count):
                yield key

    def total(self):
        return sum(self._data.values())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def copy(self):
        return Counter(self._data)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key in list(self._data) + [k for k in other._data if k not in self._data]:
            count = self[key] + other[key]
            if count > 0:
                result._data[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key in self._data:
            count = self[key] - other[key]
            if count > 0:
                result._data[key] = count
        for key, count in other._data.items():
            if key not in self._data and count < 0:
                result._data[key] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self._data.items():
            other_count = other[key]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result._data[key] = newcount
        for key, count in other._data.items():
            if key not in self._data and count > 0:
                result._data[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self._data.items():
            other_count = other[key]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result._data[key] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for key, count in self._data.items():
            if count > 0:
                result._data[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in self._data.items():
            if count < 0:
                result._data[key] = 0 - count
        return result

    def __eq__(self, other):
        # Missing elements count as zero (Python 3.10+).
        if not isinstance(other, Counter):
            return _DictLike.__eq__(self, other)
        return all(self[k] == other[k] for c in (self, other) for k in c._data)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self._data:
            return "Counter()"
        items = ", ".join("%r: %r" % kv for kv in self.most_common())
        return "Counter({%s})" % items


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
))


class _tuplegetter:
    """A namedtuple field: item `index` of the tuple, read-only."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


class _NamedTuple(tuple):
    """The base of namedtuple classes. gilsim's type(name, bases, dict) does not turn a
    __new__ in the dict into the constructor, but an inherited one is used."""

    __slots__ = ()

    def __new__(_cls, *args, **kwargs):
        return _cls._nt_new(_cls, args, kwargs)

    # Fields are read-only and the generated classes have no instance __dict__ (a
    # subclass without __slots__ has one); gilsim enforces neither for classes built by
    # type(), so these do.
    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        if not _has_instance_dict(type(self)):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in type(self)._fields:
            raise AttributeError("can't delete attribute")
        if not _has_instance_dict(type(self)):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        object.__delattr__(self, name)


def _has_instance_dict(cls):
    for klass in cls.__mro__:
        if klass is _NamedTuple:
            return False
        if "__slots__" not in klass.__dict__:
            return True
    return False


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass with named fields, as CPython's collections.namedtuple."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    fields = tuple(field_names)
    for name in (typename,) + fields:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in fields:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))
    num_fields = len(fields)
    arg_list = ", ".join(fields)
    if num_fields == 1:
        arg_list += ","

    def _nt_new(_cls, args, kwargs):
        if len(args) > num_fields:
            raise TypeError("%s.__new__() takes %d positional argument%s but %d were given" % (
                typename, num_fields + 1, "" if num_fields == 0 else "s", len(args) + 1))
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, name))
            if fields.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, name))
        values = list(args)
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError("%s.__new__() missing 1 required positional argument: %r" % (typename, missing[0]))
                names = ", ".join(repr(n) for n in missing[:-1]) + " and " + repr(missing[-1])
                raise TypeError("%s.__new__() missing %d required positional arguments: %s" % (typename, len(missing), names))
        return tuple.__new__(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else self[i] for i, name in enumerate(fields)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_nt_new": staticmethod(_nt_new),
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)
    result = type(typename, (_NamedTuple,), namespace)
    return result
