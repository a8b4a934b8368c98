# String building: 20 rounds of writing 100,000 numbers and separators into an io.StringIO
# (about 600 KB per round). Prints the total length and the count of '7' characters.
import io


def build(rnd):
    b = io.StringIO()
    for i in range(100000):
        b.write(str(i * rnd))
        if i % 10 == 9:
            b.write("\n")
        else:
            b.write(", ")
    return b.getvalue()


def main():
    length, sevens = 0, 0
    for rnd in range(1, 21):
        s = build(rnd)
        length += len(s)
        sevens += s.count("7")
    print(length, sevens)


main()
