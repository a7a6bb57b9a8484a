package main

import (
	"os"
	"strconv"
	"time"
)

// printDate is the date the PDF commands print on the pages and write into the files: the
// current time (the zero Time, which the export package takes as now), or SOURCE_DATE_EPOCH
// when it is set. That variable (whole seconds since 1970, UTC; the reproducible-builds
// convention) makes two runs write the same bytes: scripts/wine-check.sh compares the
// Windows build's PDFs with the Linux build's so.
func printDate() (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}, problem("cli.source_date_epoch", "Value", strconv.Quote(s))
	}
	return time.Unix(n, 0).UTC(), nil
}
