class Boom(Exception):
    pass
print('boom incoming')
raise Boom
