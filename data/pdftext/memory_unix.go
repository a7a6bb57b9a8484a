//go:build unix

package pdftext

import "golang.org/x/sys/unix"

// reservation is memory mapped from the system: untouched pages take nothing.
type reservation []byte

// reserve maps n bytes of address space; the system gives pages as they are first touched.
// When it cannot, Go memory is used, grown as needed (see linear.Reallocate).
func reserve(n int) ([]byte, reservation) {
	b, err := unix.Mmap(-1, 0, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return make([]byte, 0), nil
	}
	return b[:0], b
}

// empty gives the pages back to the system; they read as zeros and can be touched again.
func (r reservation) empty() {
	if r != nil {
		unix.Madvise(r, unix.MADV_DONTNEED)
	}
}

func (r reservation) unmap() {
	if r != nil {
		unix.Munmap(r)
	}
}
