package pdftext

import (
	"time"

	"vertailu/data"
)

// SetReadTimeout sets how long one PDF may take, for the tests; it returns the old value.
func SetReadTimeout(d time.Duration) time.Duration {
	old := readTimeout
	readTimeout = d
	return old
}

// MemoryLimit is memoryLimit, for the tests.
const MemoryLimit = memoryLimit

// NewReader returns a reader of its own, with its compiled-module cache in cache ("" for
// none), PDFium in wasm (nil for the bundled one) and memory capped at limit.
func NewReader(cache string, wasm []byte, limit uint64) data.PDFReader {
	return newReader(cache, wasm, limit)
}

// CacheFolder is the process's cache folder of the compiled PDFium.
func CacheFolder() string { return cacheFolder() }

// RaceEnabled tells the slow tests to do less under the race detector.
const RaceEnabled = raceEnabled
