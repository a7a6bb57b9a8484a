package data

import "unsafe"

// textArena hands out the memory projects keep their text in: blocks shared by the projects one
// loader worker parses, instead of one allocation per project. A block's pages are made ready
// in one go (see populate) rather than one page fault at a time, which on virtual machines
// costs about 11 µs a page: for 10,000 descriptions, half a second of processor time.
//
// The bytes of a block below its length have been handed out and are never written again, so
// the strings made of them (see keep) are immutable like any other.
type textArena struct {
	block []byte
}

const (
	firstBlock = 64 << 10 // a small folder does not pay for large blocks
	maxBlock   = 1 << 20
)

// alloc returns n bytes to write a project's text into. A nil arena allocates on its own.
func (a *textArena) alloc(n int) []byte {
	if a == nil || n > maxBlock/4 {
		return make([]byte, n)
	}
	if cap(a.block)-len(a.block) < n {
		a.block = make([]byte, 0, min(max(2*cap(a.block), firstBlock), maxBlock))
		populate(a.block[:cap(a.block)])
	}
	start := len(a.block)
	a.block = a.block[:start+n]
	return a.block[start : start+n : start+n]
}

// pageOffset returns how many bytes from the start of b the next page boundary is.
func pageOffset(b []byte, pageSize int) int {
	return int(-uintptr(unsafe.Pointer(unsafe.SliceData(b)))) & (pageSize - 1)
}

// immutable returns b as a string without copying; b must never be written again.
func immutable(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
