import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { forbidden } from "next/navigation";
import { CreateTokenForm, CreateUserForm, RevokeTokenButton, UserActions } from "@/components/admin-forms";
import { Link } from "@/i18n/navigation";
import { parseScopes } from "@/lib/auth/api-tokens";
import { can } from "@/lib/auth/policy";
import { parseRole } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("title") };
}

export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/admin`);
  if (!can(actor, "admin.users")) forbidden();
  const [t, r, format, audit, webhooks, settings] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("Roles"),
    getFormatter(),
    getTranslations("Audit"),
    getTranslations("Webhooks"),
    getTranslations("Settings"),
  ]);
  const [users, tokens] = await Promise.all([
    db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, disabled: true } }),
    db.apiToken.findMany({
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("never"));

  return (
    <main className="page admin-grid">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t("title")}</h1>
        <div className="row">
          <Link className="button" href="/admin/audit" title={audit("linkFromAdminHint")}>{audit("linkFromAdmin")}</Link>
          <Link className="button" href="/admin/webhooks">{webhooks("linkFromAdmin")}</Link>
          <Link className="button" href="/admin/settings">{settings("linkFromAdmin")}</Link>
        </div>
      </div>
      <section className="card" aria-labelledby="users-heading">
        <div className="card-body"><h2 id="users-heading">{t("users")}</h2></div>
        <table className="table">
          <thead>
            <tr><th scope="col">{t("name")}</th><th scope="col">{t("email")}</th><th scope="col">{t("role")}</th><th scope="col">{t("status")}</th><th scope="col" /></tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.email}`}>
                <td>{u.name}</td>
                <td className="mono">{u.email}</td>
                <td>{r(parseRole(u.role))}</td>
                <td>{u.disabled ? <span className="pill pill-changes_requested">{t("disabled")}</span> : <span className="pill pill-approved">{t("active")}</span>}</td>
                <td><UserActions user={u} self={u.id === actor.id} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="card-body" style={{ borderTop: "1px solid var(--line)" }}>
          <h3>{t("createUser")}</h3>
          <CreateUserForm />
        </div>
      </section>

      <section className="card" aria-labelledby="tokens-heading">
        <div className="card-body"><h2 id="tokens-heading">{t("tokens")}</h2></div>
        {tokens.length === 0 ? (
          <p className="empty">{t("noTokens")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr><th scope="col">{t("tokenName")}</th><th scope="col">{t("tokenPrefix")}</th><th scope="col">{t("scopes")}</th><th scope="col">{t("createdBy")}</th><th scope="col">{t("created")}</th><th scope="col">{t("lastUsed")}</th><th scope="col" /></tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td className="mono">{token.prefix}…</td>
                  <td>{parseScopes(token.scopes).map((s) => <span key={s} className="lang-tag" style={{ marginRight: 4 }}>{s}</span>)}</td>
                  <td>{token.createdBy.name}</td>
                  <td className="small nowrap">{when(token.createdAt)}</td>
                  <td className="small nowrap">{when(token.lastUsedAt)}</td>
                  <td>{token.revokedAt ? <span className="pill pill-draft">{t("revoked")}</span> : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="card-body" style={{ borderTop: "1px solid var(--line)" }}>
          <h3>{t("createToken")}</h3>
          <CreateTokenForm />
        </div>
      </section>
    </main>
  );
}
