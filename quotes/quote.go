package quotes

// A Span is a half-open byte range [Start, End) into the text given to [Find].
type Span struct{ Start, End int }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether offset i lies in s.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }

// A Kind tells what sort of quotation a [Quote] is.
type Kind uint8

// The kinds of quotation.
const (
	// Direct is a whole utterance: "We will rebuild," the mayor said.
	Direct Kind = iota + 1
	// Partial is a speaker's words embedded in the writer's sentence:
	// relations have been "developing in every dimension".
	Partial
	// Term is a scare quote, nickname, slogan or title:
	// his "America First" foreign policy; also a transcript's stage
	// direction, "(CROSSTALK.)". Package speakers also makes term
	// a partial quotation of a few words that nothing in the article
	// attributes: the "elites" in this country.
	Term
	// Indirect is reported speech without quotation marks: Putin said that
	// sending the troops was Kim's idea. [Find] never returns it; package
	// speakers does, for the reported clause.
	Indirect
)

// String returns the kind's lower-case name: "direct", "partial", "term" or
// "indirect".
func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Partial:
		return "partial"
	case Term:
		return "term"
	case Indirect:
		return "indirect"
	}
	return "unknown"
}

// A Quote is one quotation found by [Find].
type Quote struct {
	// Span is the quotation's content, without its marks and without the
	// white space just inside them.
	Span
	// Text is the content: text[Start:End].
	Text string
	// Marks runs from the opening mark to the end of the closing mark. For a
	// quotation left open at the end of its paragraph it ends with the
	// paragraph's last non-space byte and Closed is false.
	Marks Span
	// Closed reports whether a closing mark ends the quotation.
	Closed bool
	// Kind classifies the quotation.
	Kind Kind
	// Paragraph is the 0-based index of the paragraph holding the quotation,
	// counting non-blank lines.
	Paragraph int
	// Continues reports that this quotation carries on the one before it
	// across a paragraph break: the previous paragraph ended inside a quotation
	// and this one reopened it.
	Continues bool
	// Resumes reports that this quotation carries on the one before it in
	// the same paragraph after a cue that interrupts its sentence: "It was
	// hard," she said, "and it will be harder." The earlier one ends with a
	// comma inside its marks and the cue between them with a comma outside.
	// Such a quotation is Direct, whatever its first letter.
	Resumes bool
	// Nested holds the contents of single-quoted quotations inside this one.
	Nested []Span
}
