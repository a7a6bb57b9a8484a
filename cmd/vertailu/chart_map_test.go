package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestChartMap(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--group-by", "region", "--out", filepath.Join(dir, "r.png")},
		{"--group-by", "municipality", "--figure", "cost_per_participant", "--lang", "en", "--out", filepath.Join(dir, "m.svg")},
		{"--figure", "utilisation", "--out", filepath.Join(dir, "r.pdf")},
	} {
		out, errs, code := runCLI(t, append([]string{"chart", "--kind", "map"}, args...)...)
		if code != 0 || !strings.Contains(out, "wrote") {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "r.png"))
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 800 || cfg.Height != 666 {
		t.Errorf("map PNG: %v %+v", err, cfg)
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "m.svg"))
	if !bytes.Contains(svg, []byte("€ per planned participant by municipality")) || !bytes.Contains(svg, []byte("National Land Survey of Finland")) {
		t.Error("the SVG lacks its title or the attribution")
	}
	pdf, _ := os.ReadFile(filepath.Join(dir, "r.pdf"))
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Error("not a PDF")
	}
	for _, bad := range [][]string{
		{"--group-by", "status"}, {"--figure", "money"}, {"--group-by", "nowhere"},
	} {
		args := append([]string{"chart", "--kind", "map", "--out", filepath.Join(dir, "x.png")}, bad...)
		if _, errs, code := runCLI(t, args...); code != 2 || !strings.Contains(errs, "Usage") {
			t.Errorf("%v: exit %d %q", bad, code, errs)
		}
	}
	if _, errs, code := runCLI(t, "chart", "--kind", "groups", "--out", filepath.Join(dir, "g.png")); code != 0 {
		t.Errorf("groups without --group-by: exit %d %s", code, errs)
	}
}
