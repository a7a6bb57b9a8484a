//go:build !race

package export

// raceEnabled tells long tests to do less under the race detector.
const raceEnabled = false
