// Bytes → text for templates: UTF-8 only. NUL bytes or invalid UTF-8 make the file
// "binary", which the engine reports as a parse-error finding instead of guessing.
const decoder = new TextDecoder('utf-8', { fatal: true })

export function decodeText(bytes: Uint8Array): { text: string | null; binary: boolean } {
  if (bytes.includes(0)) return { text: null, binary: true }
  try {
    return { text: decoder.decode(bytes), binary: false }
  } catch {
    return { text: null, binary: true }
  }
}

/** Text to look for include tags in: UTF-8 when it is, else each byte as one character. A
 * loader told another encoding (or one that keeps NULs) still reads the ASCII tags, so a file
 * PromptOps calls binary must not hide the files it includes. */
export function includeScanText(bytes: Uint8Array): string {
  return decodeText(bytes).text ?? Buffer.from(bytes).toString('latin1')
}
