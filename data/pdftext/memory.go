package pdftext

import (
	"sync"
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// memoryLimit caps the WebAssembly memory of PDFium, and so what one PDF may take: a printed
// description reads in about 20 MB, while a crafted PDF of a few kilobytes can make PDFium ask
// for all the 4 GB WebAssembly allows (and the process for twice that, with the copies made as
// the memory grows). Past it PDFium's allocations fail, the PDF is skipped as needing too much
// memory (data.ErrPDFMemory) and its instance is thrown away.
const memoryLimit = 512 << 20

// memories is the WebAssembly runtime's memory allocator (experimental.MemoryAllocator): each
// instance's memory is reserved at once at memoryLimit, so it never moves nor is copied as it
// grows, and takes from the system only what PDFium touches (mapped, where the system allows,
// see reserve); a growth past memoryLimit is refused and counted.
type memories struct {
	limit   uint64       // memoryLimit, or less in the tests
	refused atomic.Int64 // growths refused, ever: a read that saw it rise ran out of memory

	mu      sync.Mutex
	running int       // reads in flight (see read and release)
	freed   []*linear // memories of closed instances, to be unmapped once no read runs
}

// Allocate implements experimental.MemoryAllocator.
func (m *memories) Allocate(_, _ uint64) experimental.LinearMemory {
	return &linear{owner: m}
}

// linear is one instance's memory.
type linear struct {
	owner *memories
	buf   []byte // len is the memory's size; cap what is reserved
	res   reservation
}

// Reallocate implements experimental.LinearMemory: the memory grows in place, up to
// memoryLimit.
func (l *linear) Reallocate(size uint64) []byte {
	limit := l.owner.limit
	if size > limit {
		l.owner.refused.Add(1)
		return nil
	}
	if l.buf == nil {
		l.buf, l.res = reserve(int(limit))
	}
	if size > uint64(cap(l.buf)) { // Go memory (see reserve): grown by copying
		b := make([]byte, size, min(limit, max(size, 2*uint64(cap(l.buf)))))
		copy(b, l.buf)
		l.buf = b
	}
	l.buf = l.buf[:size]
	return l.buf
}

// Free implements experimental.LinearMemory. wazero may call it while the instance's code is
// still running (a read stopped from another goroutine closes its instance under it), so the
// memory is emptied at once (given back to the system, still readable) and unmapped only once
// no read runs.
func (l *linear) Free() {
	if l.buf == nil {
		return
	}
	l.res.empty()
	m := l.owner
	m.mu.Lock()
	m.freed = append(m.freed, l)
	m.mu.Unlock()
	m.release()
}

// read marks a read in flight until the returned func is called.
func (m *memories) read() (done func()) {
	m.mu.Lock()
	m.running++
	m.mu.Unlock()
	return func() {
		m.mu.Lock()
		m.running--
		m.mu.Unlock()
		m.release()
	}
}

// release unmaps the freed memories when no read runs.
func (m *memories) release() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.running > 0 {
		return
	}
	for _, l := range m.freed {
		l.res.unmap()
		l.buf = nil
	}
	m.freed = nil
}
