import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "@/components/sign-in-form";
import { currentActor } from "@/lib/auth/session";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === "zh" ? "zh" : "en", namespace: "SignIn" });
  return { title: t("submit") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const next = (await searchParams).next;
  if (await currentActor()) redirect(`/${locale}/articles`);
  const t = await getTranslations("SignIn");
  const c = await getTranslations("Common");
  return (
    <main className="auth-shell">
      <div className="auth-card card">
        <div className="card-body">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">C</span>
            {c("appName")}
          </div>
          <h1>{t("title")}</h1>
          <p className="muted small">{c("tagline")}</p>
          <SignInForm locale={locale} next={typeof next === "string" ? next : ""} />
          <div className="auth-locale">
            <LocaleSwitcher variant="light" />
          </div>
        </div>
      </div>
    </main>
  );
}
