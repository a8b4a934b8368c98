# Binary trees (after the Computer Language Benchmarks Game), max depth 16: allocates and walks
# about 10 million small nodes. Prints the sum of all node counts.
def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    return (bottom_up(depth - 1), bottom_up(depth - 1))


def check(n):
    if n[0] is None:
        return 1
    return 1 + check(n[0]) + check(n[1])


def main():
    min_depth, max_depth = 4, 16
    total = check(bottom_up(max_depth + 1))
    long_lived = bottom_up(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        for _ in range(iterations):
            total += check(bottom_up(depth))
    total += check(long_lived)
    print(total)


main()
