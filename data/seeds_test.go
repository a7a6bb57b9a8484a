package data_test

import (
	"context"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
)

// loadSeeds loads the embedded sample folder, through the loader as the app does.
func loadSeeds(t testing.TB) *data.LoadResult {
	t.Helper()
	res, err := load.FS(context.Background(), assets.Samples(), assets.SamplesName, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}
