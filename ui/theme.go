package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// visibleFocus is a theme whose focus colour can be seen: Fyne's is a 16 % tint of the
// primary colour, and an officer moving through the window with Tab could not find where the
// focus was. Every other colour, size and font is the theme's own.
type visibleFocus struct{ fyne.Theme }

// VisibleFocus wraps t so that the focused control stands out (cmd sets it on the app).
func VisibleFocus(t fyne.Theme) fyne.Theme { return visibleFocus{t} }

// focusAlpha is the focus tint's opacity: strong enough to see at a glance, light enough that
// a focused button's or box's text stays readable.
const focusAlpha = 0x66

func (t visibleFocus) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	c := t.Theme.Color(n, v)
	if n != theme.ColorNameFocus {
		return c
	}
	r, g, b, a := c.RGBA()
	if a == 0 {
		return c
	}
	// Un-premultiply, then give the colour the stronger opacity.
	return color.NRGBA{R: uint8(r * 0xff / a), G: uint8(g * 0xff / a), B: uint8(b * 0xff / a), A: focusAlpha}
}
