import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The body of an error page (403, 404): the code, what happened, and a way back to the articles. */
export function ErrorPage({ code, title, body }: { code: number; title: string; body: string }) {
  const t = useTranslations("NotFound");
  return (
    <main className="error-page">
      <p className="code">{code}</p>
      <h1>{title}</h1>
      <p className="muted">{body}</p>
      <Link className="button" href="/articles">{t("home")}</Link>
    </main>
  );
}
