package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The focus tint is strong enough to see (Fyne's own is 16 %); every other colour is the
// theme's.
func TestVisibleFocus(t *testing.T) {
	base := theme.DefaultTheme()
	vf := VisibleFocus(base)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		_, _, _, a := color.NRGBAModel.Convert(vf.Color(theme.ColorNameFocus, v)).RGBA()
		_, _, _, a0 := base.Color(theme.ColorNameFocus, v).RGBA()
		if a>>8 < focusAlpha || a <= a0 {
			t.Errorf("variant %d: focus opacity %d (Fyne's %d)", v, a>>8, a0>>8)
		}
		if vf.Color(theme.ColorNameBackground, v) != base.Color(theme.ColorNameBackground, v) {
			t.Errorf("variant %d: the background changed", v)
		}
	}
}
