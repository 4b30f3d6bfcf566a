"""Benchmark: a small recursive ray tracer.

Measures object allocation and method calls on short-lived vector objects:
an N x N image of three spheres over a checkered plane is rendered with a
point light, shadows, Lambert shading and one level of mirror reflection.
Every vector operation returns a new Vec, as in pyperformance's raytrace.

Usage: bm_raytrace.py [THREADS [N]]
  THREADS  threads, each rendering the whole image (default 1).
  N        image width and height in pixels (default 200; test size 6).

Output: per thread "Thread i: checksum C, lit L" (C sums the 0..255
channel values of every pixel with position weights, L counts pixels not in
shadow) and "Duration: X seconds". Only +, -, *, / and sqrt are used, so the
result is bit-identical on any IEEE-754 VM.

Inspired by pyperformance's raytrace benchmark; an independent, smaller
implementation.
"""
import math
import sys
import threading
import time

EPSILON = 0.00001


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin.sub(self.centre)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return p.sub(self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror
        self.up = Vec(0.0, 1.0, 0.0)

    def hit(self, ray):
        dy = ray.direction.y
        if -EPSILON < dy < EPSILON:
            return None
        t = (self.height - ray.origin.y) / dy
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.up

    def colour_at(self, p):
        # A checkerboard: int() truncates toward zero, so shift to keep the
        # squares the same size on both sides of the axes.
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.0),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.2, 0.2, 0.9), 0.5),
            Plane(0.0, 0.2),
        ]
        self.light = Vec(-5.0, 10.0, -2.0)
        self.ambient = 0.1
        self.lit = 0

    def nearest(self, ray):
        best = None
        best_t = 0.0
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best is None or t < best_t):
                best = obj
                best_t = t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.3)
        p = ray.at(t)
        normal = obj.normal_at(p)
        to_light = self.light.sub(p)
        light_dist = to_light.length()
        to_light = to_light.normalized()
        shade = self.ambient
        blocker, bt = self.nearest(Ray(p, to_light))
        if blocker is None or bt > light_dist:
            self.lit += 1
            lambert = normal.dot(to_light)
            if lambert > 0:
                shade += lambert
        colour = obj.colour_at(p).scale(shade)
        if obj.mirror > 0 and depth < 2:
            d = ray.direction
            reflected = d.sub(normal.scale(2 * d.dot(normal)))
            bounce = self.trace(Ray(p, reflected), depth + 1)
            colour = colour.scale(1 - obj.mirror).add(bounce.scale(obj.mirror))
        return colour


def channel(v):
    v = int(v * 255)
    return 0 if v < 0 else (255 if v > 255 else v)


def bench(n):
    scene = Scene()
    eye = Vec(0.0, 1.5, -3.0)
    checksum = 0
    for row in range(n):
        for col in range(n):
            x = (col + 0.5) / n * 2 - 1
            y = 1 - (row + 0.5) / n * 2
            target = Vec(x, y + 1.5, 0.0)
            c = scene.trace(Ray(eye, target.sub(eye)), 0)
            pixel = channel(c.x) * 65536 + channel(c.y) * 256 + channel(c.z)
            checksum = (checksum * 31 + pixel) % 1000000007
    return f"checksum {checksum}, lit {scene.lit}"


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    results = [""] * threads

    def run(index):
        results[index] = bench(n)

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    elapsed = time.perf_counter() - start
    for i, line in enumerate(results):
        print(f"Thread {i}: {line}")
    print(f"Duration: {elapsed} seconds")


if __name__ == "__main__":
    main()
