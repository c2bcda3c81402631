package quotes

// Find returns the quotations in text, in order of position.
// It does not retain text and is safe for concurrent use.
func Find(text string) []Quote {
	return nil
}
