# Nested integer loops: 10,000 x 10,000 iterations of integer arithmetic.
def main():
    total = 0
    for i in range(10000):
        for j in range(10000):
            total += (i ^ j) & 7
    print(total)


main()
