//go:build !race

package pdftext

// raceEnabled tells tests that compile PDFium (minutes under the race detector) to skip.
const raceEnabled = false
