import { useTranslations } from "next-intl";
import { ErrorPage } from "@/components/error-page";

/**
 * A 404 inside the app (an unknown article, revision or path) keeps the
 * signed-in frame: the nearest not-found boundary of a page in this group is
 * this one, rendered inside (app)/layout.tsx. app/[locale]/not-found.tsx stays
 * for what fails above this layout (an unknown locale).
 */
export default function AppNotFound() {
  const t = useTranslations("NotFound");
  return <ErrorPage code={404} title={t("title")} body={t("body")} />;
}
