import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function Forbidden() {
  const t = useTranslations("Admin");
  const n = useTranslations("NotFound");
  return (
    <main className="error-page">
      <p className="code">403</p>
      <h1>{t("forbiddenTitle")}</h1>
      <p className="muted">{t("forbiddenBody")}</p>
      <Link className="button" href="/articles">{n("home")}</Link>
    </main>
  );
}
