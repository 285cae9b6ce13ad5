import type { Db } from "@/lib/db/client";
import { getWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints } from "@/lib/read/admin";

/** How many deliveries an endpoint's page lists. */
export const DELIVERY_LIMIT = 50;

/** /admin/webhooks: the endpoints with their deliveries counted by status. */
export async function loadWebhooksPage(db: Db) {
  return { endpoints: await listWebhookEndpoints(db) };
}

/** /admin/webhooks/:id: the endpoint and its latest deliveries. Null when there is no such endpoint. */
export async function loadWebhookEndpointPage(db: Db, options: { id: string }) {
  const endpoint = await getWebhookEndpoint(db, options.id);
  if (!endpoint) return null;
  return { endpoint, deliveries: await listWebhookDeliveries(db, endpoint.id, DELIVERY_LIMIT), deliveryLimit: DELIVERY_LIMIT };
}

export type WebhooksPageData = Awaited<ReturnType<typeof loadWebhooksPage>>;
export type WebhookEndpointPageData = NonNullable<Awaited<ReturnType<typeof loadWebhookEndpointPage>>>;
