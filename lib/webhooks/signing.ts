/**
 * Webhook signing in the Standard Webhooks format (standardwebhooks.com):
 * HMAC-SHA256 over `${id}.${timestamp}.${body}` with the key that the secret
 * ("whsec_" + base64) encodes, sent as `webhook-signature: v1,<base64>`
 * next to `webhook-id` and `webhook-timestamp` (unix seconds). Pure.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";
/** How far a receiver should accept timestamps from its clock (the spec's suggestion). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** A new signing secret: "whsec_" + base64 of 24 random bytes. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(24).toString("base64");
}

/** The HMAC key a secret encodes (the prefix is optional, as in the spec's libraries). */
export function webhookSecretKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0) throw new Error("Empty webhook secret");
  return key;
}

export type SignInput = { secret: string; id: string; timestamp: number; body: string };

/** The `webhook-signature` value: "v1," + base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`. */
export function signWebhook({ secret, id, timestamp, body }: SignInput): string {
  const mac = createHmac("sha256", webhookSecretKey(secret)).update(`${id}.${timestamp}.${body}`, "utf8").digest("base64");
  return `v1,${mac}`;
}

/** The headers of one delivery attempt (the timestamp is the attempt's, in unix seconds). */
export function webhookHeaders(input: SignInput): Record<string, string> {
  return {
    "content-type": "application/json",
    "webhook-id": input.id,
    "webhook-timestamp": String(input.timestamp),
    "webhook-signature": signWebhook(input),
  };
}

/**
 * Verifies a received webhook as a receiver would: one of the space-separated
 * `v1,` signatures must match (constant-time), and the timestamp must be
 * within the tolerance of `now` (unix seconds).
 */
export function verifyWebhook(
  input: { secret: string; headers: Record<string, string | undefined>; body: string },
  now = Math.floor(Date.now() / 1000),
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): boolean {
  const id = input.headers["webhook-id"];
  const timestamp = Number(input.headers["webhook-timestamp"]);
  const signatures = input.headers["webhook-signature"];
  if (!id || !Number.isInteger(timestamp) || !signatures) return false;
  if (Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook({ secret: input.secret, id, timestamp, body: input.body }));
  return signatures.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
