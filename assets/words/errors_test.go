package words

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/data"
)

// TestPlaceErrorsWorded: a folder that cannot be opened reads in Finnish with its cause in
// Finnish, in English likewise, and a system error on a path by its kind.
func TestPlaceErrorsWorded(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "Hankkeet")
	_, statErr := os.Stat(missing)
	err := fmt.Errorf("loading: %w", &data.PlaceError{Path: missing, Problem: data.FolderUnreadable, Err: statErr})
	cases := []struct {
		lang Lang
		err  error
		want string
	}{
		{FI, err, "Kansiota " + missing + " ei voi avata: tiedostoa tai kansiota ei ole"},
		{EN, err, "The folder " + missing + " cannot be opened: no such file or folder"},
		{
			FI, &data.PlaceError{Path: "a.pdf", Problem: data.InsideReadFolder, Place: "/h", Err: errors.New("inside")},
			"a.pdf kirjoitettaisiin luettavan kansion (/h) sisään, eikä Vertailu kirjoita sinne koskaan; valitse toinen paikka",
		},
		{FI, &fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrPermission}, "x.csv: ei käyttöoikeutta"},
		{EN, &fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrPermission}, "x.csv: permission denied"},
		{FI, errors.New("something else"), "something else"},
	}
	for _, c := range cases {
		if got := c.lang.Error(c.err); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "cannot open folder") {
		t.Errorf("the English error of programs: %v", err)
	}
}
