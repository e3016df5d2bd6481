package markup

import "github.com/annals-tui/annals/internal/textsafe"

// Sanitize makes outside bytes safe to hold and to show, by the one rule of
// internal/textsafe: invalid UTF-8 becomes U+FFFD, CRLF and CR become LF,
// no-break spaces become spaces, and terminal control sequences, controls
// and bidi controls are removed. Tabs and newlines stay.
func Sanitize(src []byte) []byte { return textsafe.Bytes(src) }
