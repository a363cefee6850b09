ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["lamp"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["knife", "bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "study"}, "items": ["key"]},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.commands = {"go": self.go, "take": self.take, "drop": self.drop, "look": self.look, "inv": self.inv}

    def go(self, direction=None):
        if direction is None:
            return "Go where?"
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"You can't go {direction}. Exits: {', '.join(sorted(exits))}"
        if exits[direction] == "cellar" and "lamp" not in self.inventory:
            return "Too dark to go down without a lamp."
        self.room = exits[direction]
        return self.look()

    def take(self, item=None):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"No {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}"

    def drop(self, item=None):
        try:
            self.inventory.remove(item)
        except ValueError:
            return f"You don't have {item}."
        ROOMS[self.room]["items"].append(item)
        return f"Dropped {item}"

    def look(self):
        r = ROOMS[self.room]
        s = f"[{self.room.upper()}] {r['desc']}"
        if r["items"]:
            s += " You see: " + ", ".join(r["items"]) + "."
        return s

    def inv(self):
        return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")

    def handle(self, line):
        self.moves += 1
        verb, *args = line.lower().split() or [""]
        fn = self.commands.get(verb)
        if fn is None:
            return f"I don't understand {verb!r}."
        try:
            return fn(*args)
        except TypeError:
            return "Too many words."

script = ["look", "go east", "go down", "go west", "take lamp", "take sword", "go east",
          "go down", "take key", "inv", "drop lamp", "drop lamp", "look", "dance", "go up up", "", "go", "go nowhere"]
g = Game()
for cmd in script:
    print(f"> {cmd}")
    print(g.handle(cmd))
print(f"Finished in {g.moves} moves with {g.inv().lower()}")
