// Package report gathers whosaid's records across a run and gives them
// back grouped: one [Quote] for each distinct quotation, however each
// article split, punctuated or trimmed it; one [Speaker] for each person or
// body quoted; or one self-contained HTML page to browse them both
// ([Report.WriteHTML]).
//
// A [Report] keeps what it is given of each record, copied, never the
// article it came from: memory grows with the number of quotations, not
// with the bytes of text read.
package report
