import { isSpace } from "./chars";

/**
 * The length the alignment model compares: code points that are not
 * whitespace. Spaces and surrogate pairs would otherwise make the same
 * content count differently across scripts; the remaining script difference
 * (a Han character vs a Latin letter) is absorbed by the pair's length ratio.
 */
export function alignmentLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: its pair was counted once
    if (!isSpace(code)) length++;
  }
  return length;
}
