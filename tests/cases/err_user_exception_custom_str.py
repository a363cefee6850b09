class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return 'error code %d' % self.code
raise MyErr(42)
