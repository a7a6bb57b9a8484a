package load

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"vertailu/data/synth"
)

// A worker keeps its scratch from file to file: what one file left in it never reaches the
// next. Read one after another, in both orders, every file gives the project a worker of its
// own gives (the samples, synthetic descriptions, and a sample cut short, lacking the later
// sections that the others fill).
func TestWorkerKeepsNothingBetweenFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatal("no samples", err)
	}
	var files [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, b)
	}
	files = append(files, files[0][:len(files[0])/3], synth.Description(1, 7), synth.Description(2, 7))
	alone := make([]string, len(files))
	for i, b := range files {
		alone[i] = projectJSON(t, (&worker{}).read("x.txt", bytes.Clone(b)))
	}
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	for range 2 {
		w := &worker{}
		for _, i := range order {
			if got := projectJSON(t, w.read("x.txt", bytes.Clone(files[i]))); got != alone[i] {
				t.Errorf("file %d after others:\n%s\nalone:\n%s", i, got, alone[i])
			}
		}
		slices.Reverse(order)
	}
}

func projectJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
