import unittest
from test import support


class A(unittest.TestCase):
    def test_a(self):
        pass


class B(unittest.TestCase):
    def test_b(self):
        self.fail("no")


def test_main():
    support.run_unittest(A)
    support.run_unittest(B)
