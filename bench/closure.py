# Closure calls: 2 x 10^7 calls through function values that capture and update variables.
# Prints the final accumulator.
def make_counter(step):
    count = 0

    def nxt():
        nonlocal count
        count += step
        return count

    def mix(x):
        return (x * 31 + count) & 0xFFFF

    return nxt, mix


def apply(f, x):
    return f(x)


def main():
    nxt, mix = make_counter(3)
    acc = 0
    for _ in range(10000000):
        acc += apply(mix, nxt())
    print(acc)


main()
