//go:build !linux

package export

import "context"

// placeUnnamed is not possible here: files always have a name (see placeNamed).
func placeUnnamed(context.Context, string, content, bool) error { return errNoUnnamed }
