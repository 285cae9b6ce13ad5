import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import type { AuditInput } from "./index";
import { describeEvent } from "./describe";
import { AUDIT_EVENT_TYPES, auditEventSchema, isAuditEventType } from "./events";
import { KNOWN_AUDIT_ACTIONS } from "./queries";

describe("audit event types", () => {
  it("are listed once each, the webhook events included, and are the filter's list", () => {
    expect(new Set(AUDIT_EVENT_TYPES).size).toBe(AUDIT_EVENT_TYPES.length);
    expect(AUDIT_EVENT_TYPES).toEqual(
      expect.arrayContaining(["article.approved", "webhook.endpoint_created", "webhook.endpoint_enabled", "webhook.endpoint_disabled", "webhook.endpoint_deleted", "webhook.resent"]),
    );
    expect(KNOWN_AUDIT_ACTIONS).toEqual(AUDIT_EVENT_TYPES);
    expect(isAuditEventType("article.approved")).toBe(true);
    expect(isAuditEventType("something.new")).toBe(false);
  });

  it("each has a filter label in both languages", () => {
    for (const messages of [en, zh]) {
      const labels = messages.Audit.actions as Record<string, string>;
      for (const type of AUDIT_EVENT_TYPES) expect(labels[type.replaceAll(".", "_")], type).toBeTruthy();
    }
  });

  it("each is described by its own message, not the generic line", () => {
    for (const type of AUDIT_EVENT_TYPES) {
      expect(describeEvent({ action: type, actorType: "user", actorName: "Ana", subjectId: "s", details: {} }).key, type).not.toBe("generic");
    }
  });
});

describe("auditEventSchema", () => {
  it("accepts an event whose data matches its type", () => {
    const ok = auditEventSchema.safeParse({ type: "article.published", subjectType: "article", data: { revisionNumber: 3, version: 1 } });
    expect(ok.success).toBe(true);
  });

  it("refuses another type's data, a wrong subject type, extra fields and non-integer counts", () => {
    const bad = [
      { type: "article.published", subjectType: "article", data: { revisionNumber: 3 } },
      { type: "article.published", subjectType: "revision", data: { revisionNumber: 3, version: 1 } },
      { type: "article.unpublished", subjectType: "article", data: { version: 1, extra: true } },
      { type: "revision.saved", subjectType: "revision", data: { number: 1.5, baseNumber: 0, words: 1, wordsChanged: 1 } },
      { type: "no.such", subjectType: "article", data: {} },
    ];
    for (const event of bad) expect(auditEventSchema.safeParse(event).success, JSON.stringify(event)).toBe(false);
  });

  it("makes a wrong details shape a type error", () => {
    const input: AuditInput = {
      actor: { type: "system" },
      type: "article.unpublished",
      subjectType: "article",
      subjectId: "a1",
      // @ts-expect-error: article.unpublished records the version, not a revision number
      data: { revisionNumber: 1 },
    };
    expect(auditEventSchema.safeParse(input).success).toBe(false);
  });
});
