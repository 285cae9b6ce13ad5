import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <main className="error-page">
      <p className="code">404</p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("body")}</p>
      <Link className="button" href="/articles">{t("home")}</Link>
    </main>
  );
}
