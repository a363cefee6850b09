# Helper module with a __main__ guard (no .expected).
NAME = __name__


def value():
    return 'mod_guard.value'


if __name__ == '__main__':
    print('mod_guard run directly (should not happen)')
else:
    print('mod_guard imported as', __name__)
