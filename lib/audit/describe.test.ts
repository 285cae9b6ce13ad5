import { describe, expect, it } from "vitest";
import { describeEvent, parseDetails, referencedIds, type DescribableEvent } from "./describe";

const event = (action: string, details: Record<string, unknown> = {}, extra: Partial<DescribableEvent> = {}): DescribableEvent => ({
  action,
  actorType: "user",
  actorName: "Ana",
  subjectId: "subject-1",
  details,
  ...extra,
});

describe("describeEvent", () => {
  it("names the revision a save made and the words it changed", () => {
    expect(describeEvent(event("revision.saved", { number: 5, baseNumber: 4, words: 300, wordsChanged: 12 }))).toEqual({
      key: "saved",
      values: { actor: "Ana", number: "5" },
      wordsChanged: 12,
    });
  });

  it("says what a restore restored", () => {
    expect(describeEvent(event("revision.restored", { number: 6, restoredFrom: 2 })).values).toEqual({ actor: "Ana", number: "6", from: "2" });
  });

  it("names the reviewer of a submission and quotes the note", () => {
    const names = new Map([["rui", "Rui"]]);
    expect(describeEvent(event("article.submitted", { revisionNumber: 3, reviewerId: "rui", note: "  check the quotes " }), names)).toEqual({
      key: "submitted",
      values: { actor: "Ana", number: "3", reviewer: "Rui" },
      quote: "check the quotes",
    });
  });

  it("submits to nobody in particular without a reviewer, and drops an empty note", () => {
    const d = describeEvent(event("article.submitted", { revisionNumber: 3, reviewerId: null, note: null }));
    expect(d.values.reviewer).toBe("none");
    expect(d.quote).toBeUndefined();
  });

  it("lists the reasons of a change request, ignoring unknown ones, and quotes the comment", () => {
    const d = describeEvent(event("article.changes_requested", { revisionNumber: 4, categories: ["awkward_phrasing", "bogus", "grammar"], comment: "Para 2 reads oddly." }));
    expect(d).toMatchObject({ key: "changesRequested", values: { number: "4" }, categories: ["awkward_phrasing", "grammar"], quote: "Para 2 reads oddly." });
  });

  it("tolerates missing fields: numbers become 'none'", () => {
    expect(describeEvent(event("article.approved")).values.number).toBe("none");
    expect(describeEvent(event("article.published", { version: "x" })).values).toEqual({ actor: "Ana", version: "none", number: "none" });
    expect(describeEvent(event("article.changes_requested", { categories: "grammar" })).categories).toEqual([]);
  });

  it("covers publishing, withdrawal and comments", () => {
    expect(describeEvent(event("article.published", { revisionNumber: 7, version: 2 })).values).toEqual({ actor: "Ana", version: "2", number: "7" });
    expect(describeEvent(event("article.unpublished", { version: 2 })).key).toBe("unpublished");
    expect(describeEvent(event("article.withdrawn", { revisionNumber: 3 })).key).toBe("withdrawn");
    expect(["comment.thread_created", "comment.replied", "comment.resolved", "comment.reopened"].map((a) => describeEvent(event(a)).key)).toEqual([
      "threadCreated",
      "replied",
      "resolved",
      "reopened",
    ]);
    expect(describeEvent(event("article.imported")).key).toBe("imported");
  });

  it("describes admin actions with the subject's name and localizable roles", () => {
    const names = new Map([["subject-1", "Bo"]]);
    expect(describeEvent(event("user.role_changed", { from: "editor", to: "reviewer" }), names).values).toEqual({
      actor: "Ana",
      subject: "Bo",
      from: { kind: "role", role: "editor" },
      to: { kind: "role", role: "reviewer" },
    });
    expect(describeEvent(event("user.created", { email: "x@y.z", role: "admin" })).values.subject).toBe("x@y.z");
    expect(describeEvent(event("user.disabled"), names).key).toBe("userDisabled");
    expect(describeEvent(event("user.enabled"), names).key).toBe("userEnabled");
    expect(describeEvent(event("api_token.created", { name: "CMS" })).values.name).toBe("CMS");
    expect(describeEvent(event("api_token.revoked"), new Map([["subject-1", "CMS"]])).values.name).toBe("CMS");
    expect(describeEvent(event("setting.changed", { key: "feeds.public" })).values.key).toBe("feeds.public");
  });

  it("describes sign-in security events with the account and address, resolving the account's name", () => {
    const names = new Map([["u1", "Ana Admin"]]);
    const system = { actorType: "system", actorName: null, subjectId: "u1" };
    expect(describeEvent(event("auth.sign_in_succeeded", { email: "ana@x.test", address: "203.0.113.9" }), names)).toEqual({
      key: "signInSucceeded",
      values: { actor: "Ana", address: "203.0.113.9" },
    });
    expect(describeEvent(event("auth.sign_in_failed", { email: "ana@x.test", address: "203.0.113.9", reason: "invalid" }, system), names)).toEqual({
      key: "signInFailed",
      values: { subject: "Ana Admin", address: "203.0.113.9", reason: "invalid" },
    });
    // An email nobody has is named as typed.
    expect(describeEvent(event("auth.sign_in_throttled", { email: "ghost@x.test", address: "::1", scope: "address" }, { ...system, subjectId: "ghost@x.test" })).values).toEqual({
      subject: "ghost@x.test",
      address: "::1",
      scope: "address",
    });
    expect(describeEvent(event("auth.locked_out", { email: "ana@x.test", address: "203.0.113.9", scope: "account_address", failures: 5 }, system), names)).toEqual({
      key: "lockedOut",
      values: { subject: "Ana Admin", address: "203.0.113.9", scope: "account_address", failures: "5" },
    });
    expect(describeEvent(event("auth.account_slowed", { email: "ana@x.test", failures: 10 }, system), names)).toEqual({
      key: "accountSlowed",
      values: { subject: "Ana Admin", failures: "10" },
    });
    expect(referencedIds({ action: "auth.sign_in_failed", subjectId: "u1", details: {} })).toEqual(["u1"]);
  });

  it("renders every sign-in security message in both languages", async () => {
    const { createTranslator } = await import("next-intl");
    const values = { actor: "Ana", subject: "Ana Admin", address: "2001:db8::1", reason: "disabled", scope: "address", failures: "5" };
    for (const locale of ["en", "zh"] as const) {
      const messages = (await import(`@/messages/${locale}.json`)).default;
      const t = createTranslator({ locale, messages, namespace: "Timeline.event" });
      for (const key of ["signInSucceeded", "signInFailed", "signInThrottled", "lockedOut", "accountSlowed"] as const) {
        const line = t(key, values);
        expect(line, `${locale} ${key}`).not.toMatch(/[{}]|Timeline/);
      }
      expect(t("lockedOut", values)).toContain("2001:db8::1");
      expect(t("signInFailed", { ...values, address: "none", reason: "invalid" })).not.toContain("none");
    }
  });

  it("renders webhook and unknown actions generically", () => {
    expect(describeEvent(event("webhook.endpoint_created"))).toEqual({ key: "webhook", values: { actor: "Ana", action: "webhook.endpoint_created" } });
    expect(describeEvent(event("something.new"))).toEqual({ key: "generic", values: { actor: "Ana", action: "something.new" } });
  });

  it("says who acted when no user did", () => {
    expect(describeEvent(event("article.imported", {}, { actorType: "system", actorName: null })).values.actor).toEqual({ kind: "system" });
    expect(describeEvent(event("article.imported", {}, { actorType: "token", actorName: "Ana" })).values.actor).toEqual({ kind: "token", name: "Ana" });
    expect(describeEvent(event("article.imported", {}, { actorName: null })).values.actor).toEqual({ kind: "unknownUser" });
  });
});

describe("parseDetails", () => {
  it("keeps objects and turns anything else into {}", () => {
    expect(parseDetails('{"a":1}')).toEqual({ a: 1 });
    expect(parseDetails("[1]")).toEqual({});
    expect(parseDetails("not json")).toEqual({});
    expect(parseDetails(null)).toEqual({});
  });
});

describe("referencedIds", () => {
  it("asks for the reviewer of a submission and the subject of admin events", () => {
    expect(referencedIds({ action: "article.submitted", subjectId: "a", details: { reviewerId: "r" } })).toEqual(["r"]);
    expect(referencedIds({ action: "user.disabled", subjectId: "u", details: {} })).toEqual(["u"]);
    expect(referencedIds({ action: "revision.saved", subjectId: "rev", details: {} })).toEqual([]);
  });
});
