import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { CreateTokenForm, CreateUserForm, RevokeTokenButton, UserActions } from "@/components/admin-forms";
import { AdminSection } from "@/components/admin-section";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadAdminPage } from "@/lib/loaders/admin";
import { titledBy } from "@/lib/loaders/metadata";

export const generateMetadata = titledBy("Admin");

export default async function AdminPage({ params }: { params: LocaleParams }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/admin`);
  if (!policy.administer(actor)) forbidden();
  const [t, r, format, audit, webhooks, settings, { users, tokens }] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("Roles"),
    getFormatter(),
    getTranslations("Audit"),
    getTranslations("Webhooks"),
    getTranslations("Settings"),
    loadAdminPage(db),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("never"));

  return (
    <main className="page admin-grid">
      <PageHeader
        flush
        title={t("title")}
        actions={
          <div className="row">
            <Link className="button" href="/admin/audit" title={audit("linkFromAdminHint")}>{audit("linkFromAdmin")}</Link>
            <Link className="button" href="/admin/webhooks">{webhooks("linkFromAdmin")}</Link>
            <Link className="button" href="/admin/settings">{settings("linkFromAdmin")}</Link>
          </div>
        }
      />
      <AdminSection id="users-heading" title={t("users")} footer={{ title: t("createUser"), form: <CreateUserForm /> }}>
        <DataTable columns={[t("name"), t("email"), t("role"), t("status"), {}]}>
          {users.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.email}`}>
              <td>{u.name}</td>
              <td className="mono">{u.email}</td>
              <td>{r(u.role)}</td>
              <td>{u.disabled ? <span className="pill pill-changes_requested">{t("disabled")}</span> : <span className="pill pill-approved">{t("active")}</span>}</td>
              <td><UserActions user={u} self={u.id === actor.id} /></td>
            </tr>
          ))}
        </DataTable>
      </AdminSection>

      <AdminSection id="tokens-heading" title={t("tokens")} empty={tokens.length === 0 && t("noTokens")} footer={{ title: t("createToken"), form: <CreateTokenForm /> }}>
        <DataTable columns={[t("tokenName"), t("tokenPrefix"), t("scopes"), t("createdBy"), t("created"), t("lastUsed"), {}]}>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td className="mono">{token.prefix}…</td>
              <td>{token.scopes.map((s) => <span key={s} className="lang-tag" style={{ marginRight: 4 }}>{s}</span>)}</td>
              <td>{token.createdBy.name}</td>
              <td className="small nowrap">{when(token.createdAt)}</td>
              <td className="small nowrap">{when(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? <span className="pill pill-draft">{t("revoked")}</span> : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
            </tr>
          ))}
        </DataTable>
      </AdminSection>
    </main>
  );
}
