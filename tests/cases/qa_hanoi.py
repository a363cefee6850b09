"""Towers of Hanoi with move counting."""



def hanoi(n: int, src: str, dst: str, via: str, moves: list[tuple]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def main() -> None:
    for n in range(1, 5):
        moves: list[tuple] = []
        hanoi(n, "A", "C", "B", moves)
        print(f"n={n}: {len(moves)} moves (expected {2**n - 1})")
    moves = []
    hanoi(3, "A", "C", "B", moves)
    for i, (disk, s, d) in enumerate(moves, 1):
        print(f"{i:>2}. move disk {disk} from {s} to {d}")
    pegs = {"A": [3, 2, 1], "B": [], "C": []}
    for disk, s, d in moves:
        top = pegs[s].pop()
        assert top == disk, (top, disk)
        if pegs[d]:
            assert pegs[d][-1] > disk
        pegs[d].append(top)
    print(pegs)


if __name__ == "__main__":
    main()
