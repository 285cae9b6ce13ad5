import { AppError } from "@/lib/errors";

// fatal: a byte sequence that is not UTF-8 is refused, never decoded as U+FFFD.
const utf8 = new TextDecoder("utf-8", { fatal: true });

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads a JSON request body of at most `maxBytes`: 415 for another content
 * type, 413 when larger (checked on the header and while reading), 400 when
 * it is not UTF-8 or not JSON (each named in the message).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw new AppError("unsupported_media_type", "Expected JSON");
  const tooLarge = () => new AppError("payload_too_large", "Body too large", { params: { max: formatBytes(maxBytes) } });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();

  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "Body is not UTF-8", { params: { messageKey: "invalid_utf8" } });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "Malformed JSON", { params: { messageKey: "malformed_json" } });
  }
}
