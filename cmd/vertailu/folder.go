package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/export"
)

// loadFolder loads dir, or the embedded sample folder when dir is "". Progress goes to stderr
// for large folders. Ctrl+C cancels.
func loadFolder(dir string, stderr io.Writer) (*data.LoadResult, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opts := data.LoadOptions{Progress: progressPrinter(stderr, "reading")}
	if dir == "" {
		return data.LoadFS(ctx, assets.Samples(), assets.SamplesName, opts)
	}
	return data.LoadFolder(ctx, dir, opts)
}

// progressPrinter reports done/total on one stderr line for long runs (over 500 items).
func progressPrinter(w io.Writer, what string) func(done, total int) {
	return func(done, total int) {
		if total < 500 {
			return
		}
		if done%100 == 0 || done == total {
			fmt.Fprintf(w, "\r%s %d/%d", what, done, total)
			if done == total {
				fmt.Fprintln(w)
			}
		}
	}
}

// folderArg returns the optional single folder argument.
func folderArg(args []string) (string, error) {
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return args[0], nil
	}
	return "", fmt.Errorf("expected at most one folder, got %d arguments", len(args))
}

// refuseInside returns an error when out lies inside the folder being read: Vertailu never
// writes into the folder it reads.
func refuseInside(out, dir string) error {
	if export.Inside(out, dir) {
		return fmt.Errorf("will not write %s: it is inside the folder being read (%s); choose another place", out, dir)
	}
	return nil
}
