/**
 * Bidirectional isolates for hovers: VS Code renders a hover left to right, so an Arabic
 * phrase inside an English line (٦ شوال ١٤٣٨ هـ) is reordered with its neighbours unless
 * it is isolated, and so is an ISO value inside an Arabic line.
 */

/** Right-to-left isolate (U+2067 … U+2069) around Arabic text. */
export function rtl(text: string): string {
  return `\u2067${text}\u2069`;
}

/** Left-to-right isolate (U+2066 … U+2069) around Latin text and digits. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}
