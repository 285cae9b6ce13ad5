import { useTranslations } from "next-intl";
import { ErrorPage } from "@/components/error-page";

export default function Forbidden() {
  const t = useTranslations("Admin");
  return <ErrorPage code={403} title={t("forbiddenTitle")} body={t("forbiddenBody")} />;
}
