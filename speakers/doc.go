// Package speakers resolves who said each quotation that package quotes finds
// in a news article, using prose/v2 for part-of-speech tags and named
// entities.
//
// It covers the cue patterns of news writing ("…," Putin told Kim; said Kim;
// he added; the North Korean leader added), quotations that continue the
// previous speaker, partial quotations governed by a reporting verb, secondary
// sources (according to a Kremlin readout) and addressees. Names are made
// canonical per article: "Putin" becomes "Vladimir Putin" when the article
// introduced him so. When no rule is sure, the speaker is left empty: a wrong
// speaker is worse than none.
//
// prose gives no offsets; this package tokenizes the text itself, sends prose
// only what needs tagging, one sentence at a time, and aligns prose's tokens
// back to byte offsets.
package speakers
