/**
 * Characters the artifact service rejects in a name (the list @actions/artifact checks before
 * uploading, kept for NTFS): `"` `:` `<` `>` `|` `*` `?` CR LF `\` `/`. Other control characters
 * are accepted but make poor file names once the artifact is downloaded, so they go too.
 */
// eslint-disable-next-line no-control-regex
const REJECTED = /[":<>|*?\r\n\\/\u0000-\u001f\u007f]+/g;

/**
 * The service allows 1 to 256 characters. The artifact is downloaded as `<name>.zip` or extracted
 * into a folder named after it, and most file systems stop at 255 bytes, so keep to 250 bytes.
 */
export const MAX_ARTIFACT_NAME_BYTES = 250;

/** Used when nothing usable is left of the name. */
export const FALLBACK_ARTIFACT_NAME = 'exbench-report';

/**
 * Turns any text (a benchmark name, a matrix label) into an artifact name the service accepts:
 * each run of whitespace (line breaks included) becomes one space, other rejected characters
 * become `-`, runs of `-` collapse to one, and whitespace, `-` and `.` are trimmed from the ends.
 */
export function safeArtifactName(name: string): string {
  const cleaned = trimEnds(name.replace(/\s+/g, ' ').replace(REJECTED, '-').replace(/-{2,}/g, '-'));
  const cut = trimEnds(truncateUtf8(cleaned, MAX_ARTIFACT_NAME_BYTES));
  return cut === '' ? FALLBACK_ARTIFACT_NAME : cut;
}

function trimEnds(text: string): string {
  return text.replace(/^[\s.-]+|[\s.-]+$/g, '');
}

/** The longest prefix of whole code points that fits in `maxBytes` of UTF-8. */
function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let out = '';
  for (const codePoint of text) {
    bytes += Buffer.byteLength(codePoint, 'utf8');
    if (bytes > maxBytes) break;
    out += codePoint;
  }
  return out;
}
