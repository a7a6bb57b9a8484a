package data

import (
	"context"
	"errors"
)

// What the loader and a reader of PDFs agree on. The reader itself (data/pdftext, over PDFium) is
// wired in by the commands only: nothing else carries the PDF engine.

// PDFReader reads the text of each page of a PDF, up to a number of pages; total is how many
// the PDF has. It must be safe for concurrent use, and give up soon once ctx is done.
type PDFReader interface {
	PageTexts(ctx context.Context, pdf []byte) (pages []string, total int, err error)
}

// The errors of a PDFReader that say why a PDF cannot be read. ErrPDFReader is the reader's
// own failure (it could not start); the error wrapping it says why.
var (
	ErrPDFPassword = errors.New("the PDF is protected by a password")
	ErrPDFBroken   = errors.New("the PDF is damaged")
	ErrPDFTimeout  = errors.New("the PDF's text took too long to read")
	ErrPDFMemory   = errors.New("the PDF needs too much memory to read")
	ErrPDFReader   = errors.New("the PDF reader could not start")
)

// PreparingKey is the context key under which a load gives PreparingPDF its Preparing callback.
type PreparingKey struct{}

// PreparingPDF is what a PDFReader calls when the load reading with ctx waits for the reader
// to prepare itself, which takes seconds (LoadOptions.Preparing hears it).
func PreparingPDF(ctx context.Context) {
	if f, ok := ctx.Value(PreparingKey{}).(func()); ok {
		f()
	}
}
