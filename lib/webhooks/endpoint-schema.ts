/** What an admin may register as a webhook endpoint. Pure. */
import { z } from "zod";

export const webhookUrlSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required", abort: true })
  .max(2000, { error: "too_long", abort: true })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        // Credentials in the URL would end up in logs and on the admin page.
        return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { error: "invalid_url" },
  );

export const createWebhookEndpointSchema = z.strictObject({
  url: webhookUrlSchema,
  description: z
    .string()
    .trim()
    .max(200, { error: "too_long" })
    .optional()
    .transform((v) => (v ? v : null)),
});
