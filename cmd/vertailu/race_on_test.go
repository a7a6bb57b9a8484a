//go:build race

package main

// raceEnabled tells long tests to do less under the race detector.
const raceEnabled = true
