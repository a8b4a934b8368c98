# Map with string keys: 300,000 distinct keys, 10^6 inserts/updates, then 2 x 10^6 lookups
# (a quarter of them misses). Prints the map size and a checksum.
def main():
    n = 300000
    keys = ["key" + str(i * 31) for i in range(n)]
    m = {}
    for i in range(1000000):
        k = keys[i % n]
        m[k] = m.get(k, 0) + i
    misses = ["key1", "key2", "nokey", "key-7"]
    total = 0
    for i in range(2000000):
        k = keys[(i * 7) % n]
        if i % 4 == 3:
            k = misses[(i // 4) % 4]
        v = m.get(k)
        if v is not None:
            total += v % 1000
        else:
            total += 3
    print(len(m), total)


main()
