class Room:
    def __init__(self, name, desc):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = []
    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self
    def __str__(self):
        return self.name
class Game:
    def __init__(self):
        hall = Room('Hall', 'a dusty hall')
        kitchen = Room('Kitchen', 'smells of bread')
        cellar = Room('Cellar', 'dark and damp')
        garden = Room('Garden', 'full of roses')
        hall.connect('north', kitchen, 'south')
        kitchen.connect('down', cellar, 'up')
        hall.connect('east', garden, 'west')
        kitchen.items.append('lamp')
        garden.items.append('key')
        cellar.items.append('treasure')
        self.room = hall
        self.inventory = []
        self.state = 'playing'
        self.moves = 0
    def do(self, cmd):
        self.moves += 1
        verb, _, arg = cmd.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return "I don't understand %r" % verb
        return handler(arg)
    def cmd_go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return "You can't go %s." % direction
        if nxt.name == 'Cellar' and 'lamp' not in self.inventory:
            return 'It is too dark to go down without a lamp.'
        self.room = nxt
        return 'You are in the %s: %s.' % (nxt, nxt.desc)
    def cmd_take(self, item):
        if item in self.room.items:
            self.room.items.remove(item)
            self.inventory.append(item)
            if item == 'treasure':
                self.state = 'won'
            return 'Taken %s.' % item
        return 'No %s here.' % item
    def cmd_look(self, _):
        exits = ', '.join(sorted(self.room.exits))
        items = ', '.join(self.room.items) or 'nothing'
        return '%s. Exits: %s. You see: %s.' % (self.room.name, exits, items)
    def cmd_inv(self, _):
        return 'Carrying: ' + (', '.join(self.inventory) if self.inventory else 'nothing')
script = ['look', 'go west', 'go east', 'take key', 'take key', 'go west', 'go north', 'go down',
          'take lamp', 'inv', 'dance', 'go down', 'look', 'take treasure', 'go up']
g = Game()
for cmd in script:
    if g.state != 'playing':
        print('(game over, ignoring %r)' % cmd)
        continue
    print('> ' + cmd)
    print(g.do(cmd))
print('state:', g.state, 'moves:', g.moves, 'inventory:', g.inventory)
