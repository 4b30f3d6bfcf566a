package binascii

import (
	"hash/crc32"

	"github.com/rcvm/rcvm/core"
)

// crc32Func is binascii.crc32(data, crc=0, /): zlib's CRC-32, continuing
// from crc.
func crc32Func(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !positionalOnly(t, "crc32", args, kwnames, 1, 2) {
		return nil
	}
	data, crcArg := args[0], (*core.Object)(nil)
	if len(args) == 2 {
		crcArg = args[1]
	}
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	crc, ok := unsignedMask(t, crcArg)
	if !ok {
		return nil
	}
	return t.NewInt(int64(crc32.Update(crc, crc32.IEEETable, b)))
}

// crcHqxTable is the CRC-CCITT (polynomial 0x1021, no reflection) table
// of binhex, computed once.
var crcHqxTable = func() (tab [256]uint16) {
	for i := range tab {
		c := uint16(i) << 8
		for range 8 {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		tab[i] = c
	}
	return tab
}()

// crcHqx is binascii.crc_hqx(data, crc, /): the 16-bit CRC-CCITT.
func crcHqx(t *core.Thread, args []*core.Object, kwnames []*core.Str) *core.Object {
	if !positionalOnly(t, "crc_hqx", args, kwnames, 2, 2) {
		return nil
	}
	data, crcArg := args[0], args[1]
	b, ok := binaryArg(t, data)
	if !ok {
		return nil
	}
	c32, ok := unsignedMask(t, crcArg)
	if !ok {
		return nil
	}
	crc := uint16(c32)
	for _, c := range b {
		crc = crc<<8 ^ crcHqxTable[byte(crc>>8)^c]
	}
	return t.NewInt(int64(crc))
}
