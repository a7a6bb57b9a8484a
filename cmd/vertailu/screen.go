package main

import (
	"math"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// screenRoom is the work area of the primary screen (where a new window opens) in Fyne's
// units, zero when unknown. Fyne offers no screen size, so it asks GLFW, which Fyne has
// started by the time the first window exists; call it on the main goroutine after NewWindow.
// The scale follows Fyne's own (glfw driver, scale.go): the user's scale times one detected
// from the screen's DPI against a baseline of 120, never below 1.
func screenRoom(a fyne.App) fyne.Size {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	_, _, w, h := m.GetWorkarea()
	if w <= 0 || h <= 0 {
		return fyne.Size{}
	}
	scale := float64(detectedScale(m))
	if user := a.Settings().Scale(); user > 0 {
		scale *= float64(user)
	}
	scale = math.Round(scale*10) / 10
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(float64(w)/scale), float32(float64(h)/scale))
}

// detectedScale is the scale Fyne derives from the screen's size in millimetres
// (1 when FYNE_DISABLE_DPI_DETECTION is set).
func detectedScale(m *glfw.Monitor) float32 {
	if isTrue(os.Getenv("FYNE_DISABLE_DPI_DETECTION")) {
		return 1
	}
	mode := m.GetVideoMode()
	mm, _ := m.GetPhysicalSize()
	if mode == nil || mm <= 0 {
		return 1
	}
	const baselineDPI = 120.0
	dpi := float64(mode.Width) / (float64(mm) / 25.4)
	if dpi > 1000 || dpi < 10 {
		dpi = baselineDPI
	}
	return float32(max(1, dpi/baselineDPI))
}

func isTrue(s string) bool {
	return strings.EqualFold(s, "true") || strings.EqualFold(s, "t") || s == "1"
}
