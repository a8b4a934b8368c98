# Interface method dispatch: 10^7 method calls (area and scale) over a list holding four classes.
# Prints an integer checksum.
class Rect:
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        return (self.w + self.h) * k


class Square:
    __slots__ = ("side",)

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def scale(self, k):
        return self.side * 4 * k


class Tri:
    __slots__ = ("base", "height")

    def __init__(self, base, height):
        self.base, self.height = base, height

    def area(self):
        return self.base * self.height // 2

    def scale(self, k):
        return (self.base + self.height) * k


class Circle:
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def scale(self, k):
        return 6 * self.r * k


def main():
    shapes = []
    for i in range(1000):
        m = i % 4
        if m == 0:
            shapes.append(Rect(i % 13, i % 7))
        elif m == 1:
            shapes.append(Square(i % 11))
        elif m == 2:
            shapes.append(Tri(i % 17, i % 5))
        else:
            shapes.append(Circle(i % 9))
    total = 0
    for r in range(5000):
        for s in shapes:
            total += s.area() + s.scale(r & 3)
    print(total)


main()
