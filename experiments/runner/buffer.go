package runner

import "sync"

// limitedBuffer keeps at most max bytes of what is written to it: the head,
// or with tail set the most recent bytes (for stderr, where the error is at
// the end). Writes never fail, so a chatty child is never blocked.
type limitedBuffer struct {
	mu   sync.Mutex
	buf  []byte
	max  int
	tail bool
}

// Write implements io.Writer.
func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := len(p)
	if !b.tail {
		if room := b.max - len(b.buf); room > 0 {
			b.buf = append(b.buf, p[:min(room, len(p))]...)
		}
		return n, nil
	}
	b.buf = append(b.buf, p...)
	if over := len(b.buf) - b.max; over > 0 {
		b.buf = append(b.buf[:0], b.buf[over:]...)
	}
	return n, nil
}

// Bytes returns what was kept.
func (b *limitedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte(nil), b.buf...)
}

// String returns what was kept.
func (b *limitedBuffer) String() string { return string(b.Bytes()) }
