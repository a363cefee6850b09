class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return '%s: %s' % (self.field, self.msg)
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__('not found: ' + repr(key))
def validate(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if age < 0:
        raise ValidationError('age', 'must be >= 0')
    return age
for v in [5, -1, 'x']:
    try:
        print('valid', validate(v))
    except ValidationError as e:
        print('invalid ->', e, '|', e.field, '|', e.args)
try:
    raise NotFound('bob')
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e))
print(issubclass(ValidationError, Exception), [c.__name__ for c in NotFound.__mro__])
class Plain(Exception):
    pass
print(repr(Plain('x', 1)), str(Plain()), repr(Plain()))
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
try:
    raise WithDefault('custom')
except Exception as e:
    print(e)
