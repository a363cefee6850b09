def load():
    try:
        return {}['config']
    except KeyError as e:
        raise RuntimeError('config missing') from e
load()
