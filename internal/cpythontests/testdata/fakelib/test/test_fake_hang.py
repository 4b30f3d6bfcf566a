import time
import unittest


class Hang(unittest.TestCase):
    def test_first(self):
        pass

    def test_hang(self):
        time.sleep(3600)
