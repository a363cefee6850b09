try:
    from mod_util import no_such_name
except ImportError as e:
    print('ImportError caught', type(e).__name__)
try:
    import mod_missing_module_xyz
except ImportError as e:
    print('ModuleNotFoundError' if isinstance(e, ModuleNotFoundError) else 'other', e)
from mod_util import double
print(double(4))
