// Package quotes finds quoted spans in English news text: straight, curly and
// guillemet double quotes, single quotes nested inside them, quotations of
// several sentences, and quotations that run over several paragraphs by the
// news convention (a paragraph opens a mark, leaves it open, and the next
// paragraph opens one again).
//
// It tells a direct quotation (a whole utterance) from a partial one (a
// speaker's words embedded in the writer's sentence) and from a term (a scare
// quote, nickname, slogan or title). Paragraphs that are not prose, such as
// page code or CSS left in scraped text, yield no quotations.
//
// Offsets are byte offsets into the text given to [Find], half-open. The
// package uses only the standard library and does no I/O.
package quotes
