# Map with int keys: 10^6 inserts, then 4 x 10^6 lookups (half of them misses), then 10^6
# overwrites. Prints a checksum of the values found.
def main():
    n = 1000000
    m = {}
    for i in range(n):
        m[i * 7] = i
    total = 0
    for r in range(4):
        for i in range(n):
            v = m.get(i * 7 + r)
            if v is not None:
                total += v
            else:
                total += 1
    for i in range(n):
        m[i * 7] += i
    for i in range(0, n, 1000):
        total += m[i * 7]
    print(len(m), total)


main()
