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
