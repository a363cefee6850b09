def risky(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][3]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('xyz')
    return 'ok'
for kind in ['zero', 'key', 'index', 'type', 'value', 'none']:
    try:
        r = risky(kind)
    except ZeroDivisionError as e:
        print('zde', e)
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except TypeError as e:
        print('type', e)
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('else', r)
    finally:
        print('finally', kind)
try:
    try:
        raise KeyError('inner')
    except ValueError:
        print('wrong handler')
except LookupError as e:
    print('outer caught', repr(e))
try:
    raise ValueError
except ValueError as e:
    print('class raised', repr(e), e.args)
e = 'before'
try:
    raise RuntimeError('x')
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('e was deleted after except:', ne)
