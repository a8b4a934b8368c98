# Sieve of Eratosthenes over a list of 10^7 booleans, repeated 3 times; prints the prime count.
def sieve(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if not composite[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                composite[j] = True
    return count


def main():
    total = 0
    for _ in range(3):
        total += sieve(10000000)
    print(total)


main()
