// Whosaid finds the quotations in news articles and who said them.
//
// Usage:
//
//	whosaid [flags] [FILE|DIR|-]...
//
// Run whosaid --help for the output fields, formats and exit codes.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
