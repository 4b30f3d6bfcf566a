package random

// The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded as
// CPython's Modules/_randommodule.c seeds it (init_genrand, init_by_array),
// so that the same seed gives CPython's sequence.

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	arraySeed   = 19650218
	initMult    = 1812433253
	arrayMult1  = 1664525
	arrayMult2  = 1566083941
	mtStateSize = mtN + 1 // getstate(): the words and the index
)

// mt is the generator's state.
type mt struct {
	state [mtN]uint32
	index int
}

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = initMult*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from a key of 32-bit words (least significant first).
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(arraySeed)
	s := &m.state
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * arrayMult1)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s[i-1]
		s[i] = (s[i] ^ ((prev ^ (prev >> 30)) * arrayMult2)) - uint32(i)
		i++
		if i >= mtN {
			s[0] = s[mtN-1]
			i = 1
		}
	}
	s[0] = 0x80000000
}

// uint32 is genrand_uint32: the next 32 random bits.
func (m *mt) uint32() uint32 {
	s := &m.state
	if m.index >= mtN {
		mag := [2]uint32{0, matrixA}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
			s[kk] = s[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (s[kk] & upperMask) | (s[kk+1] & lowerMask)
			s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (s[mtN-1] & upperMask) | (s[0] & lowerMask)
		s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ mag[y&1]
		m.index = 0
	}
	y := s[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is random_random: a float in [0, 1) with 53 random bits.
func (m *mt) random() float64 {
	a, b := m.uint32()>>5, m.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
