/** Drops control characters (a NUL byte cannot even be stored) from free text; line breaks and tabs stay. */
export const withoutControlCharacters = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/**
 * Whether a name can be shown as it is: no control characters, no
 * bidirectional overrides (they make a name lie about itself), no replacement
 * characters from invalid UTF-8, and no < or > (names also go into badges,
 * PDFs and mails).
 */
export const isShowableName = (value: string) =>
  !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufffd<>]/.test(value);
