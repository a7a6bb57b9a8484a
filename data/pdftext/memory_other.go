//go:build !unix

package pdftext

// reservation is nothing where memory is not mapped here: the memory is Go's, grown as
// needed (see linear.Reallocate) and collected once dropped.
type reservation struct{}

func reserve(int) ([]byte, reservation) { return make([]byte, 0), reservation{} }

func (reservation) empty() {}

func (reservation) unmap() {}
