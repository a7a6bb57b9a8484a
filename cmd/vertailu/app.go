package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strconv"

	"fyne.io/fyne/v2/app"

	"vertailu/data"
	"vertailu/data/pdftext"
	"vertailu/ui"
)

func init() { register("", "open the desktop app", runApp) }

// appID is the app's unique ID: preferences and storage live under it.
const appID = "fi.vertailu.app"

// screenshotMarks reads VERTAILU_SCREENSHOT_MARK: how many rows to mark at start.
func screenshotMarks() int {
	n, err := strconv.Atoi(os.Getenv("VERTAILU_SCREENSHOT_MARK"))
	if err != nil || n < 0 {
		return 0
	}
	return min(n, 6)
}

// runApp opens the desktop app on DIR, or on the folder used last (the sample folder at
// first start). For scripts/screenshots.sh, VERTAILU_SCREENSHOT_VIEW names a tab to show
// after loading and VERTAILU_SCREENSHOT_MARK marks that many rows.
func runApp(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vertailu", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "", "language: fi or en (default: the one chosen last, else the system's)")
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err != nil {
		sayError(stderr, "", err)
		return 2
	}
	if *langFlag != "" && *langFlag != ui.LangFinnish && *langFlag != ui.LangEnglish {
		fmt.Fprintf(stderr, "vertailu: -lang must be fi or en, not %q\n", *langFlag)
		return 2
	}
	log.SetOutput(&fyneEOFFilter{w: os.Stderr}) // see fyneEOFFilter
	ui.PrepareLocale()                          // before Fyne reads the locale: a C locale would log an error
	prepareUserCache()
	guardFyneFiles()
	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.VisibleFocus(a.Settings().Theme())) // a focus one can find with Tab
	nb, problem := openAppNotebook(stderr)
	if nb != nil {
		defer nb.Close()
	}
	v := ui.New(a, data.NewStore(), ui.Options{
		Dir:   dir,
		Lang:  *langFlag,
		Watch: true,
		View:  os.Getenv("VERTAILU_SCREENSHOT_VIEW"),
		Mark:  screenshotMarks(),

		SettingsFile: ui.SettingsPath(a),
		Own:          ownFolders(),
		PDF:          pdftext.Reader(),

		Notebook:        notebookOrNil(nb),
		NotebookProblem: problem,
		Author:          authorName(),
	})
	v.FitScreen(screenRoom(a)) // on the main goroutine, GLFW started by New's window
	endOnSignal(stderr)
	v.Window().ShowAndRun()
	return 0
}

// prepareUserCache makes the user's cache folder (~/.cache on Linux) when it is missing, as on
// a fresh account: Fyne creates only its own folder inside it and logs errors otherwise.
func prepareUserCache() {
	if dir, err := os.UserCacheDir(); err == nil {
		_ = os.MkdirAll(dir, 0o700) // best effort: Fyne reports what still fails
	}
}
