package main

import (
	"context"
	"errors"
	"os"

	"vertailu/export"
)

// beforeWriting, when set (tests), runs once a command has decided whether it may replace its
// output: a file can appear there before the command's final step, as another run's would.
var beforeWriting func(out string)

// mayReplace reports whether a command's final step may replace a file at out: with --force, or
// when one was there at the start (report, table --out and chart replace their file as they
// always did). A file that appears while the output is being made is never replaced: of two
// runs writing one name, one says so and fails, and none is lost.
func mayReplace(out string, force bool) bool {
	_, err := os.Lstat(out)
	if beforeWriting != nil {
		beforeWriting(out)
	}
	return force || err == nil
}

// writeOutput writes b whole to out, replacing a file there only when replace is set.
func writeOutput(ctx context.Context, out string, b []byte, replace bool) error {
	if replace {
		return export.WriteFileContext(ctx, out, b)
	}
	return export.WriteNewFileContext(ctx, out, b)
}

// sayWriteError is v.sayError for a writer's failure, in plain words when a file appeared at
// out while the output was being made.
func sayWriteError(v voice, out string, err error) {
	if errors.Is(err, export.ErrAppeared) {
		v.say("cli.appeared", "File", termName(out))
		return
	}
	v.sayError(err)
}
