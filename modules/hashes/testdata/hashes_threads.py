# Threads updating one hash object at once (small and large updates)
# never tear its state: the digest is that of all the data, in whichever
# order the equal chunks went in.
import _thread, _md5, _sha256, _blake2, _sha3

N, ROUNDS = 4, 50
for ctor in (_md5.md5, _sha256.sha256, _blake2.blake2b, _sha3.sha3_256):
    for size in (100, 3000):
        chunk = b'z' * size
        h = ctor()
        done = _thread.allocate_lock()
        left = [N]
        count = _thread.allocate_lock()
        done.acquire()

        def work():
            for _ in range(ROUNDS):
                h.update(chunk)
                h.copy().digest()
            with count:
                left[0] -= 1
                if left[0] == 0:
                    done.release()

        for _ in range(N):
            _thread.start_new_thread(work, ())
        done.acquire()
        print(h.name, size, h.hexdigest() == ctor(chunk * (N * ROUNDS)).hexdigest())
