import { useTranslations } from "next-intl";
import { ErrorPage } from "@/components/error-page";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return <ErrorPage code={404} title={t("title")} body={t("body")} />;
}
