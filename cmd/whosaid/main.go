// Whosaid finds the quotations in news articles and who said them.
//
// Usage:
//
//	whosaid [flags] [FILE|DIR|-]...
//
// Run whosaid --help for the output fields, formats and exit codes.
package main

import (
	"os"
	"runtime/debug"
)

// softMemoryLimit is the heap size beyond which the garbage collector works
// harder, unless GOMEMLIMIT sets another. A batch of news articles needs
// about half of it; an article dense with quotations can need more for a
// moment, and this keeps the process near the limit instead of at twice
// its live heap. It is set here, not in run, as it holds for the process.
const softMemoryLimit = 200 << 20

func main() {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
