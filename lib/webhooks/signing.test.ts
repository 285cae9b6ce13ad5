import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhook, webhookHeaders, webhookSecretKey } from "./signing";

// The test vector of the Standard Webhooks specification.
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("webhook signing", () => {
  it("matches the specification's test vector", () => {
    expect(signWebhook(VECTOR)).toBe(VECTOR.signature);
  });

  it("generates whsec_ secrets of 24 random bytes", () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(webhookSecretKey(a)).toHaveLength(24);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it("is verified by the standardwebhooks library", () => {
    const secret = generateWebhookSecret();
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ type: "article.published", data: { articleId: "a1", title: "标题" } });
    const headers = webhookHeaders({ secret, id: "msg_1", timestamp, body });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body + " ", headers)).toThrow();
  });

  it("verifies its own signatures, one of several, within the tolerance only", () => {
    const headers = webhookHeaders(VECTOR);
    const input = { secret: VECTOR.secret, headers, body: VECTOR.body };
    expect(verifyWebhook(input, VECTOR.timestamp + 10)).toBe(true);
    expect(verifyWebhook({ ...input, headers: { ...headers, "webhook-signature": `v1,bm9wZQ== ${VECTOR.signature}` } }, VECTOR.timestamp)).toBe(true);
    expect(verifyWebhook(input, VECTOR.timestamp + 301)).toBe(false);
    expect(verifyWebhook({ ...input, body: '{"test": 2432232315}' }, VECTOR.timestamp)).toBe(false);
    expect(verifyWebhook({ ...input, headers: { ...headers, "webhook-id": "msg_other" } }, VECTOR.timestamp)).toBe(false);
    expect(verifyWebhook({ ...input, headers: { ...headers, "webhook-signature": undefined } }, VECTOR.timestamp)).toBe(false);
  });
});
